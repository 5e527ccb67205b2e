import { DataSource } from 'typeorm';
import { NotificationsRepository } from '@handover/database';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

describe('notifications: contacts and preferences, the notification centre, the delivery list', () => {
  let stack: E2eStack;
  let admin: TestUser;
  let lead: TestUser;
  let hq: TestUser;
  let notifications: NotificationsRepository;
  let db: DataSource;

  beforeAll(async () => {
    stack = await E2eStack.start();
    admin = await stack.user('admin');
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    notifications = stack.app.get(NotificationsRepository);
    db = stack.app.get(DataSource);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const notify = (user: TestUser, sourceKey: string, title: string) =>
    notifications.create({
      userId: user.id,
      projectId: null,
      topic: 'escalation',
      sourceKey,
      code: 'MILESTONE_OVERDUE',
      params: { projectName: '滨江一期' },
      title,
      body: `${title}（正文）`,
      link: '/escalations',
      deliveries: [],
    });

  describe('contacts', () => {
    it('starts from the defaults: no addresses, zh-CN, Asia/Shanghai, quiet 21:00–08:00', async () => {
      const response = await stack.http().get(`/users/${lead.id}/contacts`).set(bearer(lead)).expect(200);
      expect(response.body).toEqual({
        userId: lead.id,
        email: null,
        wecomUserId: null,
        dingtalkUserId: null,
        mobile: null,
        language: 'zh-CN',
        timeZone: 'Asia/Shanghai',
        quietHours: { start: '21:00', end: '08:00' },
        preferences: {
          reminder: ['wecom', 'dingtalk'],
          escalation: ['wecom', 'dingtalk', 'email'],
          approval_waiting: ['wecom', 'dingtalk'],
          decision_made: ['wecom', 'dingtalk'],
          daily_briefing: [],
        },
      });
    });

    it('lets a person replace their own, keeps what was set, and audits which fields changed (not the values)', async () => {
      const body = {
        email: 'lead@example.com',
        wecomUserId: 'ZhangSan',
        language: 'en',
        timeZone: 'Asia/Urumqi',
        quietHours: { start: '22:00', end: '07:30' },
        preferences: { escalation: ['email'], daily_briefing: ['email'] },
      };
      const put = await stack.http().put(`/users/${lead.id}/contacts`).set(bearer(lead)).send(body).expect(200);
      expect(put.body).toMatchObject({
        email: 'lead@example.com',
        wecomUserId: 'ZhangSan',
        dingtalkUserId: null,
        language: 'en',
        timeZone: 'Asia/Urumqi',
        quietHours: { start: '22:00', end: '07:30' },
        preferences: { escalation: ['email'], daily_briefing: ['email'], reminder: ['wecom', 'dingtalk'] },
      });
      const read = await stack.http().get(`/users/${lead.id}/contacts`).set(bearer(lead)).expect(200);
      expect(read.body).toEqual(put.body);
      const [audit] = await db.query(
        `SELECT actor_id, after FROM audit_log WHERE action = 'user.contacts' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [lead.id],
      );
      expect(audit.actor_id).toBe(lead.id);
      expect(audit.after.changed).toEqual(
        expect.arrayContaining(['email', 'wecomUserId', 'language', 'timeZone', 'quietHours', 'preferences']),
      );
      expect(JSON.stringify(audit.after)).not.toContain('lead@example.com');
    });

    it("lets an admin change anyone's; refuses another person with a coded 403 in Chinese by default", async () => {
      await stack
        .http()
        .put(`/users/${hq.id}/contacts`)
        .set(bearer(admin))
        .send({ dingtalkUserId: 'hq-001' })
        .expect(200);
      const refused = await stack.http().get(`/users/${hq.id}/contacts`).set(bearer(lead, null)).expect(403);
      expect(refused.body).toMatchObject({ code: 'CONTACTS_FORBIDDEN' });
      expect(refused.body.message).toBe('只能查看或修改自己的联系方式；系统管理员可以修改任何人的。');
      const english = await stack.http().put(`/users/${hq.id}/contacts`).set(bearer(lead)).send({}).expect(403);
      expect(english.body.message).toBe(
        'You may read and change only your own contacts; an admin may change anyone’s.',
      );
      const unchanged = await stack.http().get(`/users/${hq.id}/contacts`).set(bearer(hq)).expect(200);
      expect(unchanged.body.dingtalkUserId).toBe('hq-001');
    });

    it('refuses bad addresses, zones, times, channels and unknown fields with 400, changing nothing', async () => {
      const before = await stack.http().get(`/users/${lead.id}/contacts`).set(bearer(lead)).expect(200);
      for (const body of [
        { email: 'not-an-address' },
        { wecomUserId: '张 三' },
        { mobile: '12345' },
        { timeZone: 'Mars/Olympus' },
        { quietHours: { start: '25:00', end: '08:00' } },
        { preferences: { escalation: ['sms'] } },
        { preferences: { escalation: ['email', 'email'] } },
        { preferences: { gossip: ['email'] } },
        { language: 'fr' },
        { owner: true },
      ]) {
        const response = await stack.http().put(`/users/${lead.id}/contacts`).set(bearer(lead)).send(body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
      }
      const after = await stack.http().get(`/users/${lead.id}/contacts`).set(bearer(lead)).expect(200);
      expect(after.body).toEqual(before.body);
      await stack.http().get(`/users/00000000-0000-4000-8000-000000000000/contacts`).set(bearer(admin)).expect(404);
    });
  });

  describe('the notification centre', () => {
    it("lists the caller's own notifications newest first with the unread count, and nobody else's", async () => {
      await notify(hq, 'test:centre-1', '第一条');
      await notify(hq, 'test:centre-2', '第二条');
      await notify(lead, 'test:centre-other', '别人的');
      const page = await stack.http().get('/notifications').set(bearer(hq)).expect(200);
      expect(page.body).toMatchObject({ page: 1, pageSize: 20, total: 2, unread: 2 });
      expect(page.body.items.map((item: { title: string }) => item.title)).toEqual(['第二条', '第一条']);
      expect(page.body.items[0]).toMatchObject({
        topic: 'escalation',
        code: 'MILESTONE_OVERDUE',
        link: '/escalations',
      });
    });

    it('a second fan-out of the same source adds nothing', async () => {
      await notify(hq, 'test:centre-1', '第一条');
      const page = await stack.http().get('/notifications').set(bearer(hq)).expect(200);
      expect(page.body.total).toBe(2);
    });

    it('marks one read, then all; another person cannot mark it (404)', async () => {
      const page = await stack.http().get('/notifications').set(bearer(hq)).expect(200);
      const first = page.body.items[1];
      const foreign = await stack.http().post(`/notifications/${first.id}/read`).set(bearer(lead)).expect(404);
      expect(foreign.body.code).toBe('NOTIFICATION_NOT_FOUND');
      const read = await stack.http().post(`/notifications/${first.id}/read`).set(bearer(hq)).expect(200);
      expect(read.body.readAt).not.toBeNull();
      const unread = await stack.http().get('/notifications').query({ unread: true }).set(bearer(hq)).expect(200);
      expect(unread.body).toMatchObject({ total: 1, unread: 1 });
      const all = await stack.http().post('/notifications/read-all').set(bearer(hq)).expect(200);
      expect(all.body).toEqual({ marked: 1, unread: 0 });
      const leadPage = await stack.http().get('/notifications').set(bearer(lead)).expect(200);
      expect(leadPage.body.unread).toBe(1);
    });

    it('refuses an id that is not a notification number and a bad filter with 400', async () => {
      await stack.http().post('/notifications/abc/read').set(bearer(hq)).expect(400);
      await stack.http().post('/notifications/99999999999999999999/read').set(bearer(hq)).expect(400);
      await stack.http().get('/notifications').query({ unread: 'maybe' }).set(bearer(hq)).expect(400);
    });
  });

  describe('the delivery list', () => {
    it('is for admins only', async () => {
      const refused = await stack.http().get('/notification-deliveries').set(bearer(hq)).expect(403);
      expect(refused.body.code).toBeDefined();
      const listed = await stack
        .http()
        .get('/notification-deliveries')
        .query({ channel: 'email', status: 'failed' })
        .set(bearer(admin))
        .expect(200);
      expect(listed.body).toMatchObject({ page: 1, pageSize: 20 });
      await stack.http().get('/notification-deliveries').query({ channel: 'pigeon' }).set(bearer(admin)).expect(400);
    });
  });

  describe("a project's own notification schedule", () => {
    it('launches with its reminders and ladder, and refuses a ladder out of order without launching', async () => {
      const name = `提醒设置-${Date.now()}`;
      const refused = await stack
        .http()
        .post('/projects')
        .set(bearer(lead, null))
        .send(launchRequest({ name, notifications: { cityAfterDays: 5, hqAfterDays: 3 } }))
        .expect(400);
      expect(refused.body).toMatchObject({ code: 'ESCALATION_LADDER_ORDER' });
      expect(refused.body.message).toBe('升级到集团的天数（3）须晚于升级到城市公司的天数（5）。');
      expect(await db.query(`SELECT id FROM projects WHERE name = $1`, [name])).toEqual([]);
      const id = await stack.launchProject(
        lead,
        launchRequest({ name, notifications: { reminderDaysBefore: [7, 2], reminderTime: '08:30', hqAfterDays: 6 } }),
      );
      const [stored] = await db.query(`SELECT launch_request FROM projects WHERE id = $1`, [id]);
      expect(stored.launch_request).toMatchObject({
        notificationSettings: { reminderDaysBefore: [7, 2], reminderTime: '08:30' },
        escalationLadder: { cityAfterDays: 2, hqAfterDays: 6, time: '08:30' },
      });
    });
  });
});
