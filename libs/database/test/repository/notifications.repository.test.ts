import {
  NotificationDeliveriesRepository,
  NotificationsRepository,
  UserContactsRepository,
  type NewNotification,
} from '@handover/database';
import { insertProject, insertUser, tag } from '../../../../test/factories';
import { expectViolation, useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('notification repositories (通知)', () => {
  const db = useRepositoryDatabase();
  let contacts: UserContactsRepository;
  let notifications: NotificationsRepository;
  let deliveries: NotificationDeliveriesRepository;
  beforeAll(() => {
    contacts = new UserContactsRepository(db.dataSource);
    notifications = new NotificationsRepository(db.dataSource);
    deliveries = new NotificationDeliveriesRepository(db.dataSource);
  });

  const notification = async (fields: Partial<NewNotification> = {}): Promise<NewNotification> => ({
    userId: (await insertUser(db.dataSource, { role: 'hq' })).id,
    projectId: (await insertProject(db.dataSource)).id,
    topic: 'escalation',
    sourceKey: `event:${tag()}`,
    code: 'MILESTONE_OVERDUE',
    params: { projectName: '滨江一期' },
    title: '节点逾期',
    body: '业主开放日节点已逾期。',
    link: '/escalations',
    deliveries: [
      { channel: 'wecom', address: 'LiLei', notBefore: new Date('2030-01-02T00:00:00Z') },
      { channel: 'email', address: 'li@example.com', notBefore: new Date('2030-01-02T00:00:00Z') },
    ],
    ...fields,
  });

  describe('UserContactsRepository', () => {
    it('answers the defaults for a person without a row, and the stored values after a replace', async () => {
      const user = await insertUser(db.dataSource);
      const defaults = await contacts.find(user.id);
      expect(defaults).toMatchObject({ email: null, language: 'zh-CN', quietHours: { start: '21:00', end: '08:00' } });
      const replaced = await contacts.replace(user.id, {
        ...defaults,
        email: 'a@example.com',
        quietHours: { start: '22:00', end: '06:00' },
        preferences: { ...defaults.preferences, reminder: ['email'] },
      });
      expect(replaced).toMatchObject({ email: 'a@example.com', quietHours: { start: '22:00', end: '06:00' } });
      expect(replaced.preferences.reminder).toEqual(['email']);
      const [many] = await contacts.findMany([user.id]);
      expect(many).toEqual(replaced);
    });

    it('refuses a quiet-hours time that is not HH:mm and a language it does not know', async () => {
      const user = await insertUser(db.dataSource);
      await expectViolation(
        db.dataSource.query(`INSERT INTO user_contacts (user_id, quiet_start) VALUES ($1, '9:00')`, [user.id]),
        'user_contacts_quiet_start_time',
      );
      await expectViolation(
        db.dataSource.query(`INSERT INTO user_contacts (user_id, language) VALUES ($1, 'fr')`, [user.id]),
        'user_contacts_language_known',
      );
    });
  });

  describe('NotificationsRepository', () => {
    it('creates a notification with one delivery per channel, once per person and source', async () => {
      const input = await notification();
      const first = await notifications.create(input);
      const again = await notifications.create({ ...input, title: 'changed' });
      expect(first).toHaveLength(2);
      expect(again).toEqual(first);
      const rows = await db.dataSource.query(`SELECT title FROM notifications WHERE user_id = $1`, [input.userId]);
      expect(rows).toEqual([{ title: '节点逾期' }]);
    });

    it('pages the inbox newest first with the unread count, and marks read only the own ones', async () => {
      const input = await notification({ deliveries: [] });
      await notifications.create(input);
      await notifications.create({ ...input, sourceKey: `event:${tag()}`, title: 'second' });
      const page = await notifications.inbox(input.userId, { unreadOnly: false, limit: 1, offset: 0 });
      expect(page).toMatchObject({ total: 2, unread: 2 });
      expect(page.items.map((item) => item.title)).toEqual(['second']);
      const other = await insertUser(db.dataSource);
      expect(await notifications.markRead(other.id, page.items[0].id)).toBeNull();
      expect((await notifications.markRead(input.userId, page.items[0].id))?.readAt).toBeInstanceOf(Date);
      expect(await notifications.markAllRead(input.userId)).toBe(1);
      expect(await notifications.unreadCount(input.userId)).toBe(0);
    });
  });

  describe('NotificationDeliveriesRepository', () => {
    it('postpones a retryable failure, ends a permanent one as failed, and a sent delivery stays sent', async () => {
      const [wecom, email] = await notifications.create(await notification());
      await deliveries.postpone(wecom, 60_000, 'HTTP 502');
      await deliveries.recordPermanentFailure(email, 'errcode 60111: userid not found');
      await db.dataSource.transaction(async (manager) => {
        const locked = await deliveries.lockForSending(manager, wecom);
        expect(locked).toMatchObject({ channel: 'wecom', address: 'LiLei', status: 'pending', attempts: 1 });
        expect(locked!.notBefore.getTime()).toBeGreaterThan(Date.now() + 50_000);
        await deliveries.markSent(manager, wecom);
      });
      await deliveries.recordPermanentFailure(wecom, 'late failure');
      expect(await deliveries.statusOf(wecom)).toBe('sent');
      expect(await deliveries.statusOf(email)).toBe('failed');
      const failed = await deliveries.list({ status: 'failed', channel: 'email', limit: 100, offset: 0 });
      expect(failed.items.find((row) => row.id === email)).toMatchObject({
        attempts: 1,
        lastError: 'errcode 60111: userid not found',
      });
    });

    it('refuses a second delivery on the same channel and an unknown channel', async () => {
      const [wecom] = await notifications.create(await notification());
      const [{ notification_id: notificationId }] = await db.dataSource.query(
        `SELECT notification_id FROM notification_deliveries WHERE id = $1`,
        [wecom],
      );
      await expectViolation(
        db.dataSource.query(
          `INSERT INTO notification_deliveries (notification_id, channel, address, not_before) VALUES ($1, 'wecom', 'x', now())`,
          [notificationId],
        ),
        'notification_deliveries_once_per_channel',
      );
      await expectViolation(
        db.dataSource.query(
          `INSERT INTO notification_deliveries (notification_id, channel, address, not_before) VALUES ($1, 'sms', 'x', now())`,
          [notificationId],
        ),
        'notification_deliveries_channel_known',
      );
    });
  });
});
