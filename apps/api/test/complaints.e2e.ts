import { DataSource } from 'typeorm';
import { deadlineWatcherStatusQuery, deadlineWatcherWorkflowId } from '@handover/contracts';
import { TemporalClientService } from '../src/temporal/temporal-client.service';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

describe('complaints and objections (交付异议/投诉)', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let hq: TestUser;
  let customerService: TestUser;
  let engineering: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    customerService = await stack.user('department_head', 'customer_service');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [customerService.id, engineering.id] }),
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const complaint = (severity: string) => ({
    subject: severity === 'group' ? '多户业主拒收: 车位' : '客厅地面空鼓',
    description: '业主在交付现场提出异议',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    severity,
  });

  it('shows a major complaint in GET /escalations at once', async () => {
    const created = await stack
      .http()
      .post(`/projects/${projectId}/complaints`)
      .set(bearer(customerService))
      .send(complaint('major'))
      .expect(201);
    const escalations = await stack.http().get('/escalations').query({ projectId }).set(bearer(hq)).expect(200);
    expect(escalations.body.items).toEqual([
      expect.objectContaining({
        kind: 'major_complaint',
        milestoneKey: null,
        message: expect.stringContaining('客厅地面空鼓'),
      }),
    ]);
    const events = await stack.app
      .get(DataSource)
      .query(`SELECT kind, recipients FROM notification_events WHERE key = $1`, [`complaint-${created.body.id}-major`]);
    expect(events).toEqual([{ kind: 'escalation', recipients: ['role:hq'] }]);

    await stack
      .http()
      .post(`/projects/${projectId}/complaints`)
      .set(bearer(lead))
      .send(complaint('normal'))
      .expect(201);
    expect((await stack.http().get('/escalations').query({ projectId }).set(bearer(hq)).expect(200)).body.total).toBe(
      1,
    );
  });

  it('runs accept → investigate → determine responsibility → reply, tracking the committed reply time durably', async () => {
    const id = (
      await stack
        .http()
        .post(`/projects/${projectId}/complaints`)
        .set(bearer(customerService))
        .send(complaint('normal'))
        .expect(201)
    ).body.id;
    const step = (path: string, body: object, user: TestUser = customerService) =>
      stack.http().post(`/projects/${projectId}/complaints/${id}/${path}`).set(bearer(user)).send(body);

    await step('accept', { replyDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString() }, engineering).expect(
      403,
    );
    await step('accept', {}).expect(400);
    await step('reply', { content: '已安排维修' }).expect(409);
    const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const accepted = await step('accept', { replyDeadline: deadline }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', replyDeadline: deadline });

    // The project's deadline watcher was woken for it and sleeps towards it (never longer than its longest sleep).
    const temporal = stack.app.get(TemporalClientService).client;
    const watcher = temporal.workflow.getHandle(deadlineWatcherWorkflowId(projectId));
    await eventually(async () => {
      const sleepingUntil = (await watcher.query(deadlineWatcherStatusQuery)).sleepingUntil;
      expect(sleepingUntil).not.toBeNull();
      expect(Date.parse(sleepingUntil!)).toBeLessThanOrEqual(Date.parse(deadline));
    });
    const watchMark = async () =>
      (
        await stack.app
          .get(DataSource)
          .query(`SELECT deadline_watch_next_at AS at FROM projects WHERE id = $1`, [projectId])
      )[0].at?.toISOString();
    expect(await watchMark()).toBe(deadline);
    // A later deadline needs no wake-up: the watcher finds it when it wakes for the earlier one.
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await step('reply-deadline', { replyDeadline: later }).expect(200);
    expect(await watchMark()).toBe(deadline);
    expect((await watcher.query(deadlineWatcherStatusQuery)).rounds).toBe(1);

    await step('investigate', { facts: '地面找平层空鼓 2 处' }).expect(200);
    await step('determine-responsibility', { responsibleParty: '总包', responsibility: '施工质量问题' }).expect(200);
    const replied = await step('reply', { content: '三日内维修完成' }).expect(200);
    expect(replied.body.status).toBe('replied');
    await step('follow-up', { followUpOwner: '客服李' }).expect(200);

    const list = await stack
      .http()
      .get(`/projects/${projectId}/complaints`)
      .query({ status: 'replied' })
      .set(bearer(engineering))
      .expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });
});
