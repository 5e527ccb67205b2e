import {
  NotificationDeliveriesRepository,
  NotificationDispatchRepository,
  NotificationsRepository,
} from '@handover/database';
import { insertEscalation, insertNotification, insertProject, insertUser, tag } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('NotificationDispatchRepository (通知分发)', () => {
  const db = useRepositoryDatabase();
  let dispatch: NotificationDispatchRepository;
  let notifications: NotificationsRepository;
  let deliveries: NotificationDeliveriesRepository;
  beforeAll(() => {
    dispatch = new NotificationDispatchRepository();
    notifications = new NotificationsRepository(db.dataSource);
    deliveries = new NotificationDeliveriesRepository(db.dataSource);
  });

  // Other tests of this file leave undispatched events too: drain them first so each test sees its own.
  const drain = () =>
    db.dataSource.query(`UPDATE notification_events SET dispatched_at = now() WHERE dispatched_at IS NULL`);

  it('locks the oldest undispatched event with its project and escalation; a second transaction skips it', async () => {
    await drain();
    const project = await insertProject(db.dataSource, { name: `分发-${tag()}` });
    const key = `openDay:escalation:2030-01-01:-1-${tag()}`;
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
      key,
      message: '业主开放日逾期',
    });
    await insertNotification(db.dataSource, { projectId: project.id, kind: 'escalation', key });
    const holder = db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      // other test files share this database and may add events after drain(): those are passed over here
      let event = await dispatch.lockNextUndispatched(holder.manager);
      while (event && event.key !== key) {
        await dispatch.markDispatched(holder.manager, event.id);
        event = await dispatch.lockNextUndispatched(holder.manager);
      }
      expect(event).toMatchObject({
        projectId: project.id,
        projectName: project.name,
        kind: 'escalation',
        key,
        escalation: { kind: 'milestone_overdue', message: '业主开放日逾期' },
      });
      const other = await db.dataSource.transaction((manager) => dispatch.lockNextUndispatched(manager));
      // skipped while locked: the second transaction never gets this event (at most one added since)
      expect(other?.key).not.toBe(key);
      await dispatch.markDispatched(holder.manager, event!.id);
      await holder.commitTransaction();
    } finally {
      await holder.release();
    }
    expect(await db.dataSource.transaction((manager) => dispatch.lockNextUndispatched(manager))).toBeNull();
  });

  it('names each user once for user: and role: markers', async () => {
    const hq = await insertUser(db.dataSource, { role: 'hq' });
    const lead = await insertUser(db.dataSource);
    const ids = await db.dataSource.transaction((manager) =>
      dispatch.resolveRecipients(manager, [`user:${lead.id}`, `user:${hq.id}`, 'role:hq']),
    );
    expect(ids).toEqual(expect.arrayContaining([lead.id, hq.id]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(undefined);
  });

  it('lists the deliveries due now and how long until the next later one', async () => {
    const user = await insertUser(db.dataSource, { role: 'hq' });
    const soon = new Date(Date.now() + 60_000);
    const [due] = await notifications.create({
      userId: user.id,
      projectId: null,
      topic: 'escalation',
      sourceKey: `test:${tag()}`,
      code: 'X',
      params: {},
      title: 't',
      body: 'b',
      link: '/',
      deliveries: [{ channel: 'email', address: 'a@example.com', notBefore: new Date(Date.now() - 1000) }],
    });
    const [later] = await notifications.create({
      userId: user.id,
      projectId: null,
      topic: 'escalation',
      sourceKey: `test:${tag()}`,
      code: 'X',
      params: {},
      title: 't',
      body: 'b',
      link: '/',
      deliveries: [{ channel: 'wecom', address: 'u1', notBefore: soon }],
    });
    const round = await deliveries.due(1000);
    expect(round.ids).toContain(due);
    expect(round.ids).not.toContain(later);
    expect(round.nextDueInMs).not.toBeNull();
    expect(round.nextDueInMs!).toBeLessThanOrEqual(60_000);
  });
});
