import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import {
  BriefingDeliveriesRepository,
  NotificationEventsRepository,
  BriefingProjectsRepository,
  type ComplaintSeverity,
  type DefectStatus,
  type PaymentKind,
} from '@handover/database';
import { projectReportingStatusQuery, projectReportingWorkflowId } from '@handover/contracts';
import { Environment } from '@handover/config';
import { zonedTimeToInstant } from '@handover/domain';
import { ReportingActivities } from '../../worker/src/activities/reporting.activities';
import { TemporalClientService } from '../src/temporal/temporal-client.service';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import {
  insertComplaint,
  insertDefect,
  insertHandoverEvent,
  insertInspectionItem,
  insertPayment,
  insertUnit,
  launchRequest,
} from '../../../test/factories';

/** The fixture date X and its neighbours; the project is in Asia/Shanghai (+08, no daylight saving). */
const X = '2025-03-10';
const BEFORE = '2025-03-09';
const AFTER = '2025-03-11';
const local = (date: string, time: string) => `${date}T${time}+08:00`;

/** The records of this project, through the fixture factories; each states only what the figures depend on. */
class Fixture {
  constructor(
    private readonly db: DataSource,
    readonly projectId: string,
  ) {}

  async unit(handoverState = 'not_started'): Promise<string> {
    return (await insertUnit(this.db, { projectId: this.projectId, fitOut: 'fitted', handoverState })).id;
  }

  async event(unitId: string, step: string, at: string, payload: Record<string, unknown> = {}): Promise<void> {
    await insertHandoverEvent(this.db, { projectId: this.projectId, unitId, step, at, payload });
  }

  async inspectionItem(unitId: string, simple: boolean, at: string): Promise<void> {
    await insertInspectionItem(this.db, { projectId: this.projectId, unitId, simple, createdAt: at });
  }

  async defect(createdAt: string, status: DefectStatus, closedAt: string | null): Promise<void> {
    await insertDefect(this.db, {
      projectId: this.projectId,
      source: 'handover_inspection',
      status,
      createdAt,
      closedAt,
    });
  }

  async complaint(
    receivedAt: string,
    severity: ComplaintSeverity,
    replyDeadline: string | null,
    repliedAt: string | null,
  ): Promise<void> {
    await insertComplaint(this.db, { projectId: this.projectId, receivedAt, severity, replyDeadline, repliedAt });
  }

  async payment(unitId: string, kind: PaymentKind, amountFen: number, at: string): Promise<void> {
    await insertPayment(this.db, { projectId: this.projectId, unitId, kind, amountFen, createdAt: at });
  }
}

describe('daily handover briefings (集中交付快报)', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let hq: TestUser;
  let engineering: TestUser;
  let outsider: TestUser;
  let projectId: string;
  let db: DataSource;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    engineering = await stack.user('department_head', 'engineering');
    outsider = await stack.user('project_lead');
    const launched = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ departmentHeadIds: [engineering.id] }))
      .expect(201);
    projectId = launched.body.id;

    const f = new Fixture(db, projectId);
    const [u1, u2, u3, u4, u5, u6, u7, u8] = [
      await f.unit('handed_over'),
      await f.unit('handed_over'),
      await f.unit('handed_over'),
      await f.unit('inspected'),
      await f.unit('objected'),
      await f.unit('objected'),
      await f.unit('handed_over'),
      await f.unit('checked_in'),
    ];
    // u1 handed over the day before; u2 and u3 on X (u3 just after midnight and late in the evening, local time).
    await f.event(u1, 'checked_in', local(BEFORE, '10:00:00'));
    await f.event(u1, 'handed_over', local(BEFORE, '16:00:00'));
    await f.event(u2, 'checked_in', local(X, '09:00:00'));
    await f.event(u2, 'inspected', local(X, '10:00:00'));
    await f.event(u2, 'handed_over', local(X, '11:00:00'));
    await f.event(u3, 'checked_in', local(X, '00:10:00'));
    await f.event(u3, 'inspected', local(X, '01:00:00'));
    await f.event(u3, 'handed_over', local(X, '23:30:00'));
    await f.event(u4, 'checked_in', local(X, '14:00:00'));
    await f.event(u4, 'inspected', local(X, '15:00:00'));
    // u5: objection on X whose reply was due at 18:00 (overdue); u6: objection the day before, reply due later.
    await f.event(u5, 'checked_in', local(X, '13:00:00'));
    await f.event(u5, 'objected', local(X, '14:00:00'), { replyDueAt: new Date(local(X, '18:00:00')).toISOString() });
    await f.event(u6, 'checked_in', local(BEFORE, '09:00:00'));
    await f.event(u6, 'objected', local(BEFORE, '10:00:00'), {
      replyDueAt: new Date(local('2025-03-12', '18:00:00')).toISOString(),
    });
    // u7: objection raised and resolved on X, handed over five minutes into the next day.
    await f.event(u7, 'checked_in', local(X, '08:00:00'));
    await f.event(u7, 'objected', local(X, '08:30:00'), {
      replyDueAt: new Date(local(AFTER, '12:00:00')).toISOString(),
    });
    await f.event(u7, 'objection_resolved', local(X, '12:00:00'));
    await f.event(u7, 'handed_over', local(AFTER, '00:05:00'));
    // u8 checks in at midnight starting the next day: not on X.
    await f.event(u8, 'checked_in', local(AFTER, '00:00:00'));

    await f.inspectionItem(u1, true, local(BEFORE, '23:00:00'));
    await f.inspectionItem(u2, true, local(X, '10:00:00'));
    await f.inspectionItem(u2, true, local(X, '10:00:00'));
    await f.inspectionItem(u3, true, local(X, '01:00:00'));
    await f.inspectionItem(u3, false, local(X, '01:00:00'));

    await f.defect(local(X, '10:30:00'), 'open', null); // raised on X, open
    await f.defect(local('2025-03-05', '10:00:00'), 'verified', local(BEFORE, '12:00:00')); // closed before X
    await f.defect(local('2025-03-07', '10:00:00'), 'fixed', null); // fixed, not yet verified: open
    await f.defect(local(X, '12:00:00'), 'verified', local(X, '18:00:00')); // raised and closed on X
    await f.defect(local('2025-03-08', '10:00:00'), 'verified', local(AFTER, '09:00:00')); // closed after X: open at the end of X
    await f.defect(local(AFTER, '08:00:00'), 'open', null); // after X

    await f.complaint(local(X, '10:00:00'), 'major', local('2025-03-12', '10:00:00'), null); // incident, open
    await f.complaint(local(X, '11:00:00'), 'group', local(AFTER, '10:00:00'), local(X, '15:00:00')); // incident, replied
    await f.complaint(local('2025-03-08', '10:00:00'), 'normal', local(X, '12:00:00'), null); // open, overdue on X
    await f.complaint(local('2025-03-07', '10:00:00'), 'normal', local(BEFORE, '12:00:00'), local(AFTER, '10:00:00')); // overdue, replied after X
    await f.complaint(local(BEFORE, '10:00:00'), 'major', null, null); // received, no deadline yet
    await f.complaint(local(AFTER, '01:00:00'), 'group', null, null); // after X

    await f.payment(u2, 'area_difference', -27_500, local(X, '10:20:00'));
    await f.payment(u2, 'property_fee', 150_000, local(X, '10:25:00'));
    await f.payment(u3, 'area_difference', 88_800, local(X, '00:30:00'));
    await f.payment(u3, 'property_fee', 123_456, local(X, '00:40:00'));
    await f.payment(u1, 'property_fee', 99_999, local(BEFORE, '15:00:00'));
    await f.payment(u4, 'area_difference', -1_000, local(AFTER, '00:01:00'));
    await f.payment(u5, 'deed_tax', 0, local(X, '13:30:00'));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const regenerate = (date: string, user: TestUser = lead) =>
    stack.http().post(`/projects/${projectId}/briefings/${date}/regenerate`).set(bearer(user));

  it('computes every figure of the day from the records, in the project time zone', async () => {
    const before = (await regenerate(BEFORE).expect(200)).body;
    expect(before.figures).toEqual({
      totalUnits: 8,
      handedOverToday: 1,
      handedOverCumulative: 1,
      handoverRateBp: 1250,
      ownersReceivedToday: 2,
      inspectionsToday: 0,
      defectsRaisedToday: 1,
      defectsFixedOnSpotToday: 1,
      defectsOpen: 2,
      objectionsOpen: 1,
      objectionsOverdue: 0,
      complaintsOpen: 3,
      complaintsOverdue: 1,
      settledFen: 99_999,
      refundedFen: 0,
      incidentsToday: 1,
    });

    const briefing = (await regenerate(X).expect(200)).body;
    expect(briefing).toMatchObject({ projectId, date: X, handoverRate: '37.5%', generations: 1 });
    expect(briefing.figures).toEqual({
      totalUnits: 8,
      handedOverToday: 2,
      handedOverCumulative: 3,
      handoverRateBp: 3750,
      ownersReceivedToday: 5,
      inspectionsToday: 3,
      defectsRaisedToday: 6,
      defectsFixedOnSpotToday: 3,
      defectsOpen: 3,
      objectionsOpen: 2,
      objectionsOverdue: 1,
      complaintsOpen: 4,
      complaintsOverdue: 2,
      settledFen: 362_256,
      refundedFen: 27_500,
      incidentsToday: 2,
    });
    expect(briefing.settled).toEqual({ fen: 362_256, yuan: '3,622.56' });
    expect(briefing.refunded).toEqual({ fen: 27_500, yuan: '275.00' });
    expect(briefing.change).toEqual({
      totalUnits: 0,
      handedOverToday: 1,
      handedOverCumulative: 2,
      handoverRateBp: 2500,
      ownersReceivedToday: 3,
      inspectionsToday: 3,
      defectsRaisedToday: 5,
      defectsFixedOnSpotToday: 2,
      defectsOpen: 1,
      objectionsOpen: 1,
      objectionsOverdue: 1,
      complaintsOpen: 1,
      complaintsOverdue: 1,
      settledFen: 262_257,
      refundedFen: 27_500,
      incidentsToday: 1,
    });
    expect(briefing.markdown).toContain('- 累计交付：**3** / 8 户，交付率 **37.5%**（较昨日 +25.0 pp）');
  });

  it('regenerates idempotently: same row, same figures, however often', async () => {
    const first = (await regenerate(X, hq).expect(200)).body;
    const second = (await regenerate(X).expect(200)).body;
    expect(second.figures).toEqual(first.figures);
    expect(second.change).toEqual(first.change);
    expect(second.generations).toBe(first.generations + 1);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM daily_briefings WHERE project_id = $1 AND briefing_date = $2`,
      [projectId, X],
    );
    expect(rows).toEqual([{ n: 1 }]);
    const audit = await db.query(
      `SELECT actor_id FROM audit_log WHERE project_id = $1 AND action = 'briefing.regenerate' AND entity_id = $2`,
      [projectId, `${projectId}:${X}`],
    );
    expect(audit.length).toBeGreaterThanOrEqual(3);

    expect(
      (await stack.http().get(`/projects/${projectId}/briefings/${X}`).set(bearer(engineering)).expect(200)).body
        .figures,
    ).toEqual(first.figures);
    const list = await stack
      .http()
      .get(`/projects/${projectId}/briefings`)
      .query({ from: BEFORE, to: AFTER })
      .set(bearer(engineering))
      .expect(200);
    expect(list.body.items.map((item: { date: string }) => item.date)).toEqual([BEFORE, X]);
  });

  it('refuses what is not allowed, with a sentence', async () => {
    const forbidden = await regenerate(X, engineering).expect(403);
    expect(forbidden.body.message).toMatch(/needs one of the roles: project_lead, hq; you are department_head/);
    await regenerate(X, outsider).expect(404);
    await stack.http().get(`/projects/${projectId}/briefings/${X}`).set(bearer(outsider)).expect(404);
    await stack.http().get(`/projects/${projectId}/briefings/${AFTER}`).set(bearer(lead)).expect(404);
    await stack.http().get(`/projects/${projectId}/briefings/2025-02-30`).set(bearer(lead)).expect(400);
    await regenerate('2999-01-01').expect(400);
    await stack
      .http()
      .get(`/projects/${projectId}/briefings`)
      .query({ from: X, to: BEFORE })
      .set(bearer(lead))
      .expect(400);
    await stack.http().get(`/projects/${projectId}/briefings`).query({ from: X }).set(bearer(lead)).expect(400);
  });

  it('the launch starts the reporting workflow; starting again is harmless; it sleeps until 20:00 local on D', async () => {
    await stack.http().post(`/projects/${projectId}/reporting/start`).set(bearer(engineering)).expect(403);
    const first = await stack.http().post(`/projects/${projectId}/reporting/start`).set(bearer(lead)).expect(200);
    expect(first.body).toEqual({ workflowId: projectReportingWorkflowId(projectId), started: false }); // started by the launch
    const again = await stack.http().post(`/projects/${projectId}/reporting/start`).set(bearer(hq)).expect(200);
    expect(again.body.started).toBe(false);
    const [project] = await db.query(
      `SELECT to_char(first_handover_date, 'YYYY-MM-DD') AS d FROM projects WHERE id = $1`,
      [projectId],
    );
    const handle = stack.app
      .get(TemporalClientService)
      .client.workflow.getHandle(projectReportingWorkflowId(projectId));
    await eventually(async () =>
      expect(await handle.query(projectReportingStatusQuery)).toMatchObject({
        nextBriefingDate: project.d,
        nextBriefingAt: new Date(zonedTimeToInstant(project.d, '20:00', 'Asia/Shanghai')).toISOString(),
      }),
    );
    await handle.terminate('e2e over');
  });

  it('keeps the robots per project (https to the robot hosts, or local receivers where allowed) and delivers each date once per robot', async () => {
    const requests: { path: string; body: Record<string, unknown> }[] = [];
    let failDingTalk = 1;
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        requests.push({ path: request.url ?? '', body: JSON.parse(body) });
        response.setHeader('content-type', 'application/json');
        if (request.url?.startsWith('/robot/send') && failDingTalk-- > 0)
          response.end('{"errcode":310000,"errmsg":"keywords not in content"}');
        else response.end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const put = (body: object, user: TestUser = lead) =>
        stack.http().put(`/projects/${projectId}/briefing-webhooks`).set(bearer(user)).send(body);
      const refused = await put({
        webhooks: [
          { kind: 'wecom', url: 'http://example.com/hook' },
          { kind: 'dingtalk', url: 'ftp://127.0.0.1/x' },
        ],
      }).expect(400);
      expect(refused.body.message).toEqual(['webhooks.0.url must use https', 'webhooks.1.url must be an http(s) URL']);
      const elsewhere = await put({ webhooks: [{ kind: 'wecom', url: 'https://internal.example.com/hook' }] }).expect(
        400,
      );
      expect(elsewhere.body.message).toEqual([
        'webhooks.0.url must be a WeChat Work or DingTalk group-robot URL (qyapi.weixin.qq.com or oapi.dingtalk.com)',
      ]);
      await put({ webhooks: [{ kind: 'slack', url: 'https://hooks.example.com' }] }).expect(400);
      await put({ webhooks: [], briefingTime: '25:00' }).expect(400);
      await put({ webhooks: [] }, engineering).expect(403);

      const saved = await put({
        briefingTime: '20:30',
        webhooks: [
          { kind: 'wecom', url: `${base}/cgi-bin/webhook/send?key=secret-wecom-key` },
          { kind: 'dingtalk', url: `${base}/robot/send?access_token=secret-ding-token` },
        ],
      }).expect(200);
      expect(saved.body.briefingTime).toBe('20:30');
      expect(saved.body.webhooks.map((webhook: { url: string }) => webhook.url)).toEqual([
        `${base}/cgi-bin/webhook/send?key=…-key`,
        `${base}/robot/send?access_token=…oken`,
      ]);
      expect(JSON.stringify(saved.body)).not.toContain('secret');
      const [audit] = await db.query(
        `SELECT after FROM audit_log WHERE project_id = $1 AND action = 'briefing_webhooks.replace' ORDER BY id DESC LIMIT 1`,
        [projectId],
      );
      expect(JSON.stringify(audit.after)).not.toContain('secret');

      // The worker's delivery activity, called as Temporal would: the DingTalk robot refuses once.
      const activities = new ReportingActivities(
        db,
        new BriefingProjectsRepository(db),
        new BriefingDeliveriesRepository(db),
        stack.app.get(Environment),
        new NotificationEventsRepository(db),
      );
      await expect(activities.deliverBriefing(projectId, X)).rejects.toThrow(
        /1 of 2 briefing pushes failed: .*errcode 310000/,
      );
      expect(await activities.deliverBriefing(projectId, X)).toEqual({
        delivered: 1,
        alreadyDelivered: 1,
        webhooks: 2,
      });
      expect(await activities.deliverBriefing(projectId, X)).toEqual({
        delivered: 0,
        alreadyDelivered: 2,
        webhooks: 2,
      });
      expect(requests.map((request) => request.path)).toEqual([
        '/cgi-bin/webhook/send?key=secret-wecom-key',
        '/robot/send?access_token=secret-ding-token',
        '/robot/send?access_token=secret-ding-token',
      ]);
      expect(requests[0].body).toEqual({
        msgtype: 'markdown',
        markdown: { content: expect.stringContaining('今日交付：**2** 户') },
      });
      expect(requests[2].body).toEqual({
        msgtype: 'markdown',
        markdown: {
          title: expect.stringContaining(`集中交付快报`),
          text: expect.stringContaining('今日收款：3,622.56 元；退款：275.00 元'),
        },
      });
      const deliveries = await db.query(
        `SELECT w.kind, d.status, d.attempts FROM briefing_deliveries d JOIN briefing_webhooks w ON w.id = d.webhook_id WHERE d.project_id = $1 ORDER BY w.kind`,
        [projectId],
      );
      expect(deliveries).toEqual([
        { kind: 'dingtalk', status: 'delivered', attempts: 2 },
        { kind: 'wecom', status: 'delivered', attempts: 1 },
      ]);

      // Replacing the list keeps a robot that stays (and its deliveries), removes the others.
      const kept = await put({
        webhooks: [{ kind: 'wecom', url: `${base}/cgi-bin/webhook/send?key=secret-wecom-key` }],
      }).expect(200);
      expect(kept.body).toMatchObject({
        briefingTime: '20:30',
        webhooks: [{ id: saved.body.webhooks[0].id, kind: 'wecom' }],
      });
      expect(
        (await db.query(`SELECT count(*)::int AS n FROM briefing_deliveries WHERE project_id = $1`, [projectId]))[0].n,
      ).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await stack.app
        .get(TemporalClientService)
        .client.workflow.getHandle(projectReportingWorkflowId(projectId))
        .terminate('e2e over')
        .catch(() => undefined);
    }
  });
});
