import { BriefingDeliveriesRepository, BriefingWebhookEntity, type BriefingWebhookKind } from '@handover/database';
import { insertProject, tag } from '../../../../test/factories';
import { until } from '../../../../test/harness/eventually';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('BriefingDeliveriesRepository (快报推送)', () => {
  const db = useRepositoryDatabase();
  let deliveries: BriefingDeliveriesRepository;
  beforeAll(() => {
    deliveries = new BriefingDeliveriesRepository(db.dataSource);
  });

  const addWebhook = async (projectId: string, kind: BriefingWebhookKind, createdAt: Date) => {
    const { identifiers } = await db.dataSource.manager.insert(BriefingWebhookEntity, {
      projectId,
      kind,
      url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${tag()}`,
      createdAt,
    });
    return identifiers[0].id as string;
  };
  const deliveryRow = (webhookId: string) =>
    db.dataSource
      .query(`SELECT status, attempts, last_error, delivered_at FROM briefing_deliveries WHERE webhook_id = $1`, [
        webhookId,
      ])
      .then((rows: unknown[]) => rows);

  it('lists the project’s webhooks in the order they were added', async () => {
    const project = await insertProject(db.dataSource);
    const second = await addWebhook(project.id, 'dingtalk', new Date('2030-01-02T00:00:00Z'));
    const first = await addWebhook(project.id, 'wecom', new Date('2030-01-01T00:00:00Z'));
    await addWebhook((await insertProject(db.dataSource)).id, 'wecom', new Date('2030-01-01T00:00:00Z'));
    expect((await deliveries.webhooksOf(project.id)).map(({ id, kind }) => ({ id, kind }))).toEqual([
      { id: first, kind: 'wecom' },
      { id: second, kind: 'dingtalk' },
    ]);
  });

  it('counts a failed push with its error, then pushes again, and never pushes a delivered briefing again', async () => {
    const project = await insertProject(db.dataSource);
    const webhookId = await addWebhook(project.id, 'wecom', new Date());
    const key = { projectId: project.id, date: '2030-01-10', webhookId };
    const refused = new Error('errcode 310000');
    expect(await deliveries.deliverOnce(key, () => Promise.reject(refused))).toEqual({
      outcome: 'failed',
      error: refused,
    });
    expect(await deliveryRow(webhookId)).toEqual([
      { status: 'pending', attempts: 1, last_error: 'errcode 310000', delivered_at: null },
    ]);

    const push = jest.fn(() => Promise.resolve());
    expect(await deliveries.deliverOnce(key, push)).toEqual({ outcome: 'delivered' });
    expect(await deliveries.deliverOnce(key, push)).toEqual({ outcome: 'already_delivered' });
    expect(push).toHaveBeenCalledTimes(1);
    expect(await deliveryRow(webhookId)).toEqual([
      { status: 'delivered', attempts: 2, last_error: null, delivered_at: expect.any(Date) },
    ]);
    // another date is another delivery
    expect(await deliveries.deliverOnce({ ...key, date: '2030-01-11' }, push)).toEqual({ outcome: 'delivered' });
  });

  it('pushes once when two deliveries of the same briefing run at the same time', async () => {
    const project = await insertProject(db.dataSource);
    const webhookId = await addWebhook(project.id, 'dingtalk', new Date());
    const key = { projectId: project.id, date: '2030-01-10', webhookId };
    let release!: () => void;
    const slowPush = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const first = deliveries.deliverOnce(key, slowPush);
    // the first holds the delivery row while pushing; the second waits for it and then finds it delivered
    await until(() => slowPush.mock.calls.length === 1, { what: 'the first push to start', timeoutMs: 10_000 });
    const second = deliveries.deliverOnce(key, slowPush);
    release();
    expect(await Promise.all([first, second])).toEqual([{ outcome: 'delivered' }, { outcome: 'already_delivered' }]);
    expect(slowPush).toHaveBeenCalledTimes(1);
  });
});
