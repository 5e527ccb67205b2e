import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import {
  BriefingDeliveriesRepository,
  BriefingProjectsRepository,
  EscalationsRepository,
  NotificationEventsRepository,
  ProjectReadModelRepository,
} from '@handover/database';
import { instantToCalendarDate } from '@handover/domain';
import { ReportingActivities } from '../../worker/src/activities/reporting.activities';
import { TimelineActivities } from '../../worker/src/activities/timeline.activities';
import { ChatApiFake, type ReceivedCall } from '../../../test/fakes/chat-api-fake';
import { tag } from '../../../test/factories';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

/** The launcher's Mailpit (scripts/lib/mailpit.js), as this test uses it. */
interface Mailpit {
  url: string;
  smtpUrl: string;
  stop(): Promise<void>;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { startMailpit } = require('../../../scripts/lib/mailpit') as {
  startMailpit(options: { smtpPort: number; httpPort: number; dataDir: string }): Promise<Mailpit>;
};
const { freePort } = require('../../../scripts/lib/free-port') as { freePort(): Promise<number> };
/* eslint-enable @typescript-eslint/no-require-imports */

interface MailpitMessage {
  To: { Address: string }[];
  Subject: string;
  Snippet: string;
}

/**
 * Notifications reach people: an escalation goes to every HQ user in the app, and by 企业微信, 钉钉 and e-mail to
 * those with an address there — against local fakes of both chat APIs and the Mailpit mail catcher, sent by the
 * worker's dispatcher workflow on the real Temporal server.
 */
describe('notification delivery (通知送达)', () => {
  let stack: E2eStack;
  let mailpit: Mailpit;
  let mailDir: string;
  const wecom = new ChatApiFake(['/cgi-bin/message/send'], (body) => String(body.touser));
  const dingtalk = new ChatApiFake(['/topapi/message/corpconversation/asyncsend_v2'], (body) =>
    String(body.userid_list),
  );
  const run = tag();
  // Other e2e files raise escalations for every HQ user at the same time: this file counts only its project's.
  const projectName = `送达测试-${run}`;
  const ours = (calls: ReceivedCall[]) => calls.filter((call) => JSON.stringify(call.body).includes(projectName));
  const hqAddress = { wecom: `hq-${run}`, dingtalk: `ding-${run}`, email: `hq-${run}@example.com` };
  let lead: TestUser;
  let hq: TestUser;
  let admin: TestUser;
  let projectId: string;
  let customerService: TestUser;
  const saved = { ...process.env };

  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'handover-mailpit-'));
    mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort(), dataDir: mailDir });
    Object.assign(process.env, {
      WECOM_CORP_ID: 'ww-e2e',
      WECOM_CORP_SECRET: 'e2e-secret',
      WECOM_AGENT_ID: '1000002',
      WECOM_API_BASE: await wecom.start(),
      DINGTALK_APP_KEY: 'ding-e2e',
      DINGTALK_APP_SECRET: 'e2e-secret',
      DINGTALK_AGENT_ID: '2000003',
      DINGTALK_API_BASE: await dingtalk.start(),
      SMTP_URL: mailpit.smtpUrl,
      PUBLIC_BASE_URL: 'http://handover.test',
      NOTIFICATION_RETRY_BASE_MS: '200',
    });
    stack = await E2eStack.start({ notificationDispatcher: true });
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    admin = await stack.user('admin');
    customerService = await stack.user('department_head', 'customer_service');
    // No quiet hours (start = end), so the test does not depend on the time of day.
    await stack
      .http()
      .put(`/users/${hq.id}/contacts`)
      .set(bearer(hq))
      .send({
        email: hqAddress.email,
        wecomUserId: hqAddress.wecom,
        dingtalkUserId: hqAddress.dingtalk,
        quietHours: { start: '00:00', end: '00:00' },
      })
      .expect(200);
    projectId = await stack.launchProject(
      lead,
      launchRequest({ name: projectName, departmentHeadIds: [customerService.id] }),
    );
  });
  afterAll(async () => {
    await stack?.stop();
    await Promise.all([wecom.stop(), dingtalk.stop(), mailpit?.stop()]);
    rmSync(mailDir, { recursive: true, force: true });
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  });

  const raiseMajorComplaint = async (subject: string) => {
    const created = await stack
      .http()
      .post(`/projects/${projectId}/complaints`)
      .set(bearer(lead))
      .send({ subject, description: '业主在交付现场提出异议', receivedAt: new Date().toISOString(), severity: 'major' })
      .expect(201);
    return created.body.id as string;
  };

  const mailsTo = async (address: string): Promise<MailpitMessage[]> => {
    const response = await fetch(`${mailpit.url}/api/v1/search?query=${encodeURIComponent(`to:${address}`)}`);
    const { messages } = (await response.json()) as { messages: MailpitMessage[] };
    return messages.filter((message) => message.Subject.includes(projectName));
  };

  const deliveriesOf = async (status: string) => {
    const response = await stack
      .http()
      .get('/notification-deliveries')
      .query({ pageSize: 100, status })
      .set(bearer(admin))
      .expect(200);
    return response.body.items as {
      userId: string;
      channel: string;
      status: string;
      attempts: number;
      lastError: string | null;
      title: string;
    }[];
  };

  it('a major complaint reaches HQ in the app, by 企业微信, 钉钉 and e-mail within seconds, each once', async () => {
    const started = Date.now();
    await raiseMajorComplaint(`车位纠纷-${run}`);
    await eventually(async () => {
      const inbox = await stack.http().get('/notifications').query({ pageSize: 100 }).set(bearer(hq)).expect(200);
      const mine = inbox.body.items.filter((item: { title: string }) => item.title.includes(projectName));
      expect(mine).toEqual([
        expect.objectContaining({
          topic: 'escalation',
          code: 'MAJOR_COMPLAINT',
          link: '/hq/escalations',
          readAt: null,
        }),
      ]);
      expect(mine[0].title).toBe(`【升级】${projectName}`);
      expect(ours(wecom.sendsTo(hqAddress.wecom).accepted)).toHaveLength(1);
      expect(ours(dingtalk.sendsTo(hqAddress.dingtalk).accepted)).toHaveLength(1);
      expect(await mailsTo(hqAddress.email)).toHaveLength(1);
    });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(30); // eventually's own deadline; the figure is in the log below
    const [card] = ours(wecom.sendsTo(hqAddress.wecom).accepted);
    expect(card.body).toMatchObject({
      msgtype: 'textcard',
      agentid: 1000002,
      textcard: { url: 'http://handover.test/console/hq/escalations' },
      enable_duplicate_check: 1,
    });
    const [mail] = await mailsTo(hqAddress.email);
    expect(mail.Subject).toBe(`【升级】${projectName}`);
    expect(mail.Snippet).toContain('已即时通报集团');
    // Printed for the closing note: what was received, as sent.
    process.stdout.write(
      `[notification-delivery] reached HQ on every channel in ${seconds.toFixed(1)} s\n` +
        `  企业微信 textcard: ${JSON.stringify((card.body as { textcard: unknown }).textcard)}\n` +
        `  e-mail: ${mail.Subject} — ${mail.Snippet}\n`,
    );
  });

  it('refreshes a 企业微信 token the API calls expired (42001) and still delivers once', async () => {
    const tokensBefore = wecom.tokensIssued;
    const sendsBefore = {
      all: ours(wecom.sendsTo(hqAddress.wecom).all),
      accepted: ours(wecom.sendsTo(hqAddress.wecom).accepted),
    };
    const subject = `漏水-${run}`;
    wecom.answerNext(subject, { kind: 'errcode', errcode: 42001, errmsg: 'access_token expired' });
    await raiseMajorComplaint(subject);
    await eventually(() =>
      expect(ours(wecom.sendsTo(hqAddress.wecom).accepted)).toHaveLength(sendsBefore.accepted.length + 1),
    );
    // A send of another file's escalation in the same moment may also find the token refused and ask again.
    expect(wecom.tokensIssued).toBeGreaterThanOrEqual(tokensBefore + 1);
    expect(ours(wecom.sendsTo(hqAddress.wecom).all)).toHaveLength(sendsBefore.all.length + 2);
  });

  it('retries a 钉钉 5xx with backoff and delivers once', async () => {
    const before = {
      all: ours(dingtalk.sendsTo(hqAddress.dingtalk).all),
      accepted: ours(dingtalk.sendsTo(hqAddress.dingtalk).accepted),
    };
    dingtalk.answerNext(`门窗-${run}`, { kind: 'http', status: 502 });
    await raiseMajorComplaint(`门窗-${run}`);
    await eventually(async () => {
      expect(ours(dingtalk.sendsTo(hqAddress.dingtalk).accepted)).toHaveLength(before.accepted.length + 1);
      const retried = (await deliveriesOf('sent')).find(
        (delivery) =>
          delivery.userId === hq.id &&
          delivery.channel === 'dingtalk' &&
          delivery.attempts === 2 &&
          delivery.title.includes(projectName),
      );
      expect(retried).toBeDefined();
    });
    expect(ours(dingtalk.sendsTo(hqAddress.dingtalk).all)).toHaveLength(before.all.length + 2);
    const sent = (await deliveriesOf('sent')).filter(
      (d) => d.userId === hq.id && d.channel === 'dingtalk' && d.title.includes(projectName),
    );
    expect(sent.map((d) => d.attempts).sort()).toEqual([1, 1, 2]);
  });

  it('records an unknown 企业微信 userid as a permanent failure for the admin, without retrying it', async () => {
    const ghost = await stack.user('hq');
    const ghostId = `ghost-${run}`;
    wecom.doesNotKnow(ghostId);
    await stack
      .http()
      .put(`/users/${ghost.id}/contacts`)
      .set(bearer(ghost))
      .send({ wecomUserId: ghostId, quietHours: { start: '00:00', end: '00:00' } })
      .expect(200);
    await raiseMajorComplaint(`空鼓-${run}`);
    await eventually(async () => {
      const failed = (await deliveriesOf('failed')).filter((delivery) => delivery.userId === ghost.id);
      expect(failed).toEqual([
        expect.objectContaining({
          channel: 'wecom',
          status: 'failed',
          attempts: 1,
          lastError: `企业微信 does not know userid ${ghostId}`,
        }),
      ]);
    });
    expect(ours(wecom.sendsTo(ghostId).all)).toHaveLength(1);
  });

  it("the ladder's city step reaches the city company's responsible person and the lead, in the app", async () => {
    const city = await stack.user('hq');
    await stack
      .http()
      .put(`/projects/${projectId}/city-responsible`)
      .set(bearer(lead))
      .send({ userId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    const named = await stack
      .http()
      .put(`/projects/${projectId}/city-responsible`)
      .set(bearer(lead))
      .send({ userId: city.id })
      .expect(200);
    expect(named.body).toEqual({ cityResponsibleUserId: city.id });
    const detail = await stack.http().get(`/projects/${projectId}`).set(bearer(lead)).expect(200);
    expect(detail.body.cityResponsibleUserId).toBe(city.id);

    // The workflow's climb, as the timeline sends it two days after a gate's due date.
    const db = stack.app.get(DataSource);
    const activities = new TimelineActivities(
      db,
      new ProjectReadModelRepository(db),
      new NotificationEventsRepository(db),
      new EscalationsRepository(db),
    );
    const climb = {
      key: `openDay:climb-city:2030-01-10-${run}`,
      milestoneKey: 'openDay' as const,
      step: 'city' as const,
      dueDate: '2030-01-10',
      at: new Date().toISOString(),
      codedMessage: {
        code: 'MILESTONE_OVERDUE' as const,
        params: { milestoneKey: 'openDay' as const, projectName, dueDate: '2030-01-10' },
      },
    };
    await activities.climbEscalation(projectId, climb);
    await activities.climbEscalation(projectId, climb); // a retried activity
    const inbox = async (user: TestUser) =>
      (await stack.http().get('/notifications').query({ pageSize: 100 }).set(bearer(user, null)).expect(200)).body
        .items as { body: string; code: string }[];
    await eventually(async () => {
      const cityItems = (await inbox(city)).filter((item) => item.body.includes(projectName));
      expect(cityItems).toEqual([
        expect.objectContaining({
          code: 'MILESTONE_OVERDUE',
          body: `${projectName}的「业主开放日」节点应于 2030-01-10 关闭，至今未关闭。`,
        }),
      ]);
      expect((await inbox(lead)).filter((item) => item.body.includes('2030-01-10'))).toHaveLength(1);
    });
    expect((await inbox(hq)).filter((item) => item.body.includes('2030-01-10'))).toEqual([]);
  });

  const inboxOf = async (user: TestUser) =>
    (await stack.http().get('/notifications').query({ pageSize: 100 }).set(bearer(user, null)).expect(200)).body
      .items as { code: string; title: string; body: string; link: string; projectId: string }[];

  it('tells a signer that a gate waits for their approval, and the lead when it is rejected, with the reason', async () => {
    await eventually(async () => {
      const waiting = (await inboxOf(customerService)).filter(
        (item) => item.projectId === projectId && item.code === 'APPROVAL_WAITING',
      );
      expect(waiting.map((item) => item.title)).toContain(`【待审批】${projectName}：「交付风险自查」`);
      expect(waiting[0].link).toBe('/approvals');
    });
    await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/reject`)
      .set(bearer(customerService))
      .send({ reason: '车位划线未完成' })
      .expect(200);
    await eventually(async () => {
      const rejected = (await inboxOf(lead)).filter(
        (item) => item.projectId === projectId && item.code === 'GATE_REJECTED',
      );
      expect(rejected).toEqual([
        expect.objectContaining({
          title: `【驳回】${projectName}：「交付风险自查」`,
          body: `客服负责人驳回了${projectName}的「交付风险自查」节点，理由：车位划线未完成`,
        }),
      ]);
    });
  });

  it('sends the daily briefing to the HQ users who subscribed to it, and only to them', async () => {
    await stack
      .http()
      .put(`/users/${hq.id}/contacts`)
      .set(bearer(hq))
      .send({
        email: hqAddress.email,
        wecomUserId: hqAddress.wecom,
        dingtalkUserId: hqAddress.dingtalk,
        quietHours: { start: '00:00', end: '00:00' },
        preferences: { daily_briefing: ['email'] },
      })
      .expect(200);
    const other = await stack.user('hq');
    const db = stack.app.get(DataSource);
    const reporting = new ReportingActivities(
      db,
      new BriefingProjectsRepository(db),
      new BriefingDeliveriesRepository(db),
      stack.app.get(Environment),
      new NotificationEventsRepository(db),
    );
    const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
    await reporting.generateDailyBriefing(projectId, today);
    await reporting.generateDailyBriefing(projectId, today); // a regeneration tells nobody again
    await eventually(async () => {
      const briefings = (await inboxOf(hq)).filter(
        (item) => item.projectId === projectId && item.code === 'DAILY_BRIEFING',
      );
      expect(briefings).toEqual([
        expect.objectContaining({
          title: `【交付简报】${projectName} ${today}`,
          link: `/projects/${projectId}/briefings`,
        }),
      ]);
      expect((await mailsTo(hqAddress.email)).filter((mail) => mail.Subject.startsWith('【交付简报】'))).toHaveLength(
        1,
      );
    });
    expect((await inboxOf(other)).filter((item) => item.code === 'DAILY_BRIEFING')).toEqual([]);
  });

  it("gathers a person's reminders that fall due together into one digest per channel; each stays in the app", async () => {
    const db = stack.app.get(DataSource);
    const events = new NotificationEventsRepository(db);
    const before = ours(wecom.sendsTo(hqAddress.wecom).accepted).length;
    await db.transaction(async (manager) => {
      for (const milestoneKey of ['rehearsal', 'handoverReadiness'])
        await events.emit(
          {
            projectId,
            kind: 'reminder',
            key: `digest-${milestoneKey}-${run}`,
            recipients: [`user:${hq.id}`],
            payload: { milestoneKey, dueDate: '2030-01-20', daysBefore: 1 },
          },
          manager,
        );
    });
    await eventually(async () => {
      const reminders = (await inboxOf(hq)).filter(
        (item) => item.projectId === projectId && item.code === 'GATE_REMINDER',
      );
      expect(reminders).toHaveLength(2);
      const sent = ours(wecom.sendsTo(hqAddress.wecom).accepted).slice(before);
      expect(sent).toHaveLength(1);
      const card = (sent[0].body as { textcard: { title: string; description: string } }).textcard;
      expect(card.title).toBe('【提醒】您有 2 个节点即将到期');
      expect(card.description.split('\n')).toEqual([
        `· 【提醒】${projectName}：「现场演练」1 天后（2030-01-20）到期`,
        `· 【提醒】${projectName}：「交付准备就绪」1 天后（2030-01-20）到期`,
      ]);
    });
    // The provider answers before the sender marks the deliveries sent: wait for that write too.
    await eventually(async () => {
      const sentDeliveries = (await deliveriesOf('sent')).filter(
        (delivery) =>
          delivery.userId === hq.id && delivery.channel === 'wecom' && delivery.title.startsWith('【提醒】'),
      );
      expect(sentDeliveries).toHaveLength(2);
    });
  });
});
