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

  it('lists overdue first, then escalated, then the rest, each newest received first, across pages', async () => {
    const project = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id] }));
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const record = async (subject: string, severity: string, receivedHoursAgo: number) =>
      (
        await stack
          .http()
          .post(`/projects/${project}/complaints`)
          .set(bearer(customerService))
          .send({ subject, description: '排序', receivedAt: hoursAgo(receivedHoursAgo), severity })
          .expect(201)
      ).body.id as string;
    const step = (id: string, path: string, body: object) =>
      stack
        .http()
        .post(`/projects/${project}/complaints/${id}/${path}`)
        .set(bearer(customerService))
        .send(body)
        .expect(200);
    const ids: Record<string, string> = {};
    // Recorded in an order unlike the expected one, so the list cannot pass by the order of insertion.
    ids.quietOld = await record('普通未受理（早）', 'normal', 5);
    ids.overdueNew = await record('答复超时（近）', 'normal', 4);
    await step(ids.overdueNew, 'accept', { replyDeadline: hoursAgo(1) });
    ids.majorOld = await record('重大未答复（早）', 'major', 3);
    ids.quietNew = await record('普通未受理（近）', 'normal', 2);
    ids.groupNew = await record('群诉已受理（近）', 'group', 1);
    await step(ids.groupNew, 'accept', { replyDeadline: new Date(Date.now() + 86_400_000).toISOString() });
    ids.majorReplied = await record('重大已答复', 'major', 0.5);
    await step(ids.majorReplied, 'accept', { replyDeadline: new Date(Date.now() + 86_400_000).toISOString() });
    await step(ids.majorReplied, 'investigate', { facts: '已核实' });
    await step(ids.majorReplied, 'determine-responsibility', { responsibleParty: '总包', responsibility: '施工' });
    await step(ids.majorReplied, 'reply', { content: '已答复' });
    ids.overdueOld = await record('答复超时（早）', 'normal', 6);
    await step(ids.overdueOld, 'accept', { replyDeadline: hoursAgo(2) });

    const page = async (n: number) =>
      (
        await stack
          .http()
          .get(`/projects/${project}/complaints`)
          .query({ page: n, pageSize: 3 })
          .set(bearer(lead))
          .expect(200)
      ).body as { items: { id: string }[]; total: number };
    const pages = [await page(1), await page(2), await page(3)];
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    const name = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    expect(pages.map((p) => p.items.map((c) => name[c.id]))).toEqual([
      ['overdueNew', 'overdueOld', 'groupNew'],
      ['majorOld', 'majorReplied', 'quietNew'],
      ['quietOld'],
    ]);
    // Filters keep the order: the normal ones, overdue first.
    const normal = await stack
      .http()
      .get(`/projects/${project}/complaints`)
      .query({ severity: 'normal' })
      .set(bearer(lead))
      .expect(200);
    expect(normal.body.items.map((c: { id: string }) => name[c.id])).toEqual([
      'overdueNew',
      'overdueOld',
      'quietNew',
      'quietOld',
    ]);
  });
});
