import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { defaultPayloadConverter } from '@temporalio/common';
import { Environment } from '@handover/config';
import { projectWorkflowId, type HandoverProjectInput } from '@handover/contracts';
import {
  BriefingDeliveriesRepository,
  BriefingProjectsRepository,
  NotificationEventsRepository,
} from '@handover/database';
import { ReportingActivities } from '../../worker/src/activities/reporting.activities';
import { TemporalClientService } from '../src/temporal/temporal-client.service';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest, unitCsv } from '../../../test/factories';

/**
 * Hostile and malformed input, as a fuzzer or an attacker sends it: every one gets a 4xx with a stable code and a
 * sentence (zh-CN unless English is asked for), nothing is written, and the product stays ready. This stack runs
 * with WEBHOOK_ALLOW_PRIVATE_TARGETS off, as production does.
 */
describe('hostile input: a clear 4xx, never a 5xx, nothing changed', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let otherLead: TestUser;
  let hq: TestUser;
  let projectId: string;
  let unitId: string;

  const rowCount = async (table: string): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE project_id = $1`, [projectId]))[0].n);

  beforeAll(async () => {
    stack = await E2eStack.start({ allowPrivateWebhooks: false });
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    hq = await stack.user('hq');
    projectId = await stack.launchProject(lead, launchRequest());
    await stack
      .http()
      .post(`/projects/${projectId}/units/import`)
      .set({ ...bearer(lead), 'Content-Type': 'text/csv' })
      .send(unitCsv(1))
      .expect(201);
    unitId = (await db.query(`SELECT id FROM units WHERE project_id = $1`, [projectId]))[0].id;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  afterEach(async () => {
    await stack.http().get('/health/ready').expect(200);
  });

  const lists = () => [
    '/projects',
    '/users/department-heads',
    '/escalations',
    '/cases',
    '/approvals/inbox',
    `/projects/${projectId}/units`,
    `/projects/${projectId}/keys`,
    `/projects/${projectId}/defects`,
    `/projects/${projectId}/complaints`,
    `/projects/${projectId}/risks`,
    `/projects/${projectId}/appointment-slots`,
    `/projects/${projectId}/notifications`,
  ];

  it('refuses page numbers beyond the last page of every list with 400 and the bound', async () => {
    for (const path of lists()) {
      for (const page of ['1e21', '1e308', '100001', '-1', 'abc', '1.5']) {
        const response = await stack.http().get(`${path}?page=${page}`).set(bearer(hq)).expect(400);
        expect({ path, page, code: response.body.code }).toEqual({ path, page, code: 'VALIDATION_FAILED' });
      }
      const tooFar = await stack.http().get(`${path}?page=1e21`).set(bearer(hq));
      expect(tooFar.body.message).toContain('page must not be greater than 100000');
      await stack.http().get(`${path}?page=100000`).set(bearer(hq)).expect(200);
    }
  });

  it('refuses NUL characters in every text, query and CSV cell with 400, in Chinese by default', async () => {
    const before = {
      risks: await rowCount('risk_items'),
      defects: await rowCount('defects'),
      complaints: await rowCount('complaints'),
    };
    const writes: Array<[string, Record<string, unknown>, string]> = [
      [
        `/projects/${projectId}/risks`,
        { area: 'A', description: '外立面\u0000渗水', department: 'engineering' },
        'description',
      ],
      [
        `/projects/${projectId}/complaints`,
        { subject: '漏水', description: 'a\u0000b', severity: 'normal', receivedAt: '2026-11-01T10:00:00+08:00' },
        'description',
      ],
      [
        `/projects/${projectId}/defects`,
        { unitId, source: 'open_day', category: 'quality', trade: 'plumbing', description: '\u0000' },
        'description',
      ],
      [
        `/projects/${projectId}/defects`,
        { unitId, source: 'open_day', category: 'quality', trade: 'x', description: 'ok', 'k\u0000': 1 },
        'key',
      ],
    ];
    for (const [path, body, field] of writes) {
      const response = await stack.http().post(path).set(bearer(lead, null)).send(body).expect(400);
      expect(response.body.code).toBe('TEXT_CONTAINS_NUL');
      if (field !== 'key') expect(response.body.message).toBe(`${field} 含有空字符（U+0000），请删除后重试。`);
    }
    const english = await stack
      .http()
      .post(writes[0]![0])
      .set(bearer(lead, 'en-US,en;q=0.9'))
      .send(writes[0]![1])
      .expect(400);
    expect(english.body.message).toBe('description contains a NUL character (U+0000); remove it and try again.');

    const csv = await stack
      .http()
      .post(`/projects/${projectId}/units/import`)
      .set({ ...bearer(lead), 'Content-Type': 'text/csv' })
      .send(unitCsv([{ building: '2#', ownerName: '业主\u0000乙' }]))
      .expect(400);
    expect(csv.body.code).toBe('TEXT_CONTAINS_NUL');

    for (const path of [
      `/projects/${projectId}/units?search=%00`,
      '/cases?q=%00',
      '/users/department-heads?q=%00',
      '/projects?cityCompany=%00',
    ]) {
      const response = await stack.http().get(path).set(bearer(hq)).expect(400);
      expect({ path, code: response.body.code }).toEqual({ path, code: 'TEXT_CONTAINS_NUL' });
    }
    expect({
      risks: await rowCount('risk_items'),
      defects: await rowCount('defects'),
      complaints: await rowCount('complaints'),
    }).toEqual(before);
    expect(await rowCount('units')).toBe(1);
  });

  it('answers a body over the route limit with 413 and the limit, and allows more where a real request is large', async () => {
    const big = 'x'.repeat(300 * 1024);
    const risk = await stack
      .http()
      .post(`/projects/${projectId}/risks`)
      .set(bearer(lead))
      .send({ area: 'A', description: big, department: 'engineering' });
    expect(risk.status).toBe(413);
    expect(risk.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', params: { limit: '256 KB' } });
    expect(risk.body.message).toContain('256 KB');

    for (const size of [1024 * 1024, 10 * 1024 * 1024]) {
      const response = await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .set('Content-Type', 'application/json')
        .send(`{"name":"${'y'.repeat(size)}"}`);
      expect(response.status).toBe(413);
    }
    const keys = Array.from({ length: 50_000 }, (_, index) => ({ kind: 'door', label: `1#-${index}` }));
    const registration = await stack
      .http()
      .post(`/projects/${projectId}/keys`)
      .set(bearer(lead))
      .send({ unitId, keys });
    expect(registration.status).toBe(413);
    const transfer = await stack
      .http()
      .post(`/projects/${projectId}/keys/transfer`)
      .set(bearer(lead))
      .send({ keyIds: Array.from({ length: 10_000 }, () => '6f1c1d0e-7c43-4b5e-9a53-0e9a2b6b4a11') });
    expect(transfer.status).toBe(413);

    // An inspection with 200 findings of 1,000 Chinese characters (about 600 KB) is a real request: not refused for size.
    const defects = Array.from({ length: 200 }, () => ({ description: '墙'.repeat(1000), simple: false }));
    const inspection = await stack
      .http()
      .post(`/projects/${projectId}/units/${unitId}/handover/inspect`)
      .set(bearer(lead))
      .send({ team: { sales: '甲', engineering: '乙', property: '丙' }, defects });
    expect(inspection.status).not.toBe(413);
    expect(inspection.status).toBeLessThan(500);
    expect(await rowCount('keys')).toBe(0);
  });

  it('refuses JSON nested deeper than any request needs with 400, and malformed JSON with 400', async () => {
    const deep = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .set('Content-Type', 'application/json')
      .send('['.repeat(10_000) + ']'.repeat(10_000));
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({ code: 'JSON_TOO_DEEP', params: { maxDepth: 16 } });
    const nestedObject = await stack
      .http()
      .post(`/projects/${projectId}/risks`)
      .set(bearer(lead))
      .set('Content-Type', 'application/json')
      .send(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(nestedObject.body.code).toBe('JSON_TOO_DEEP');
    const malformed = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
  });

  it('answers a character set other than UTF-8 with 415, and a form body with 415', async () => {
    for (const contentType of [
      'application/json; charset=latin1',
      'application/json; charset=gbk',
      'application/json; charset=utf-16',
    ]) {
      const response = await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .set('Content-Type', contentType)
        .send('{}');
      expect({ contentType, status: response.status, code: response.body.code }).toEqual({
        contentType,
        status: 415,
        code: 'UNSUPPORTED_CHARSET',
      });
    }
    const form = await stack.http().post('/projects').set(bearer(lead)).type('form').send('name=x');
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('JSON_ONLY');
    const encoded = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .set({ 'Content-Type': 'application/json', 'Content-Encoding': 'br2' })
      .send('{}');
    expect(encoded.status).toBe(415);
  });

  it('bounds dates to this century on launch, plan preview, reschedule preview, postponement and records', async () => {
    // Only this lead's projects: other e2e files launch projects in the same database at the same time.
    const projectsOfLead = async () =>
      Number((await db.query(`SELECT count(*)::int AS n FROM projects WHERE lead_user_id = $1`, [lead.id]))[0].n);
    const before = await projectsOfLead();
    for (const date of ['9999-12-31', '1899-01-01', '+275760-09-13', '2100-01-01']) {
      const launch = await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ firstHandoverDate: date }))
        .expect(400);
      expect(launch.body.code).toBe('VALIDATION_FAILED');
      await stack
        .http()
        .post('/projects/plan-preview')
        .set(bearer(lead))
        .send(launchRequest({ firstHandoverDate: date }))
        .expect(400);
      await stack
        .http()
        .get(`/projects/${projectId}/reschedule-preview?firstHandoverDate=${encodeURIComponent(date)}`)
        .set(bearer(lead))
        .expect(400);
      await stack
        .http()
        .post(`/projects/${projectId}/postponements`)
        .set(bearer(lead))
        .send({ newFirstHandoverDate: date, reason: '延期' })
        .expect(400);
      await stack
        .http()
        .get(`/projects/${projectId}/briefings/${encodeURIComponent(date)}`)
        .set(bearer(lead))
        .expect(400);
    }
    const far = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ firstHandoverDate: '9999-12-31' }));
    expect(far.body.message).toEqual(['firstHandoverDate must be a date between 2000-01-01 and 2099-12-31']);
    const complaint = await stack
      .http()
      .post(`/projects/${projectId}/complaints`)
      .set(bearer(lead))
      .send({ subject: 's', description: 'd', severity: 'normal', receivedAt: '9999-12-31T10:00:00+08:00' })
      .expect(400);
    expect(complaint.body.message).toContain('receivedAt must be a time between 2000-01-01 and 2099-12-31');
    expect(await projectsOfLead()).toBe(before);
  });

  it('refuses amounts too large for any fee before they reach the database', async () => {
    const response = await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ propertyFeePerSqmMonth: '9'.repeat(30), deedTaxRateBp: 150, maintenanceFundPerSqm: '45.00' })
      .expect(400);
    expect(response.body.message).toContain(
      'propertyFeePerSqmMonth must be an amount in yuan like 3.50 (at most 2 decimals, below 10,000,000)',
    );
  });

  it('refuses webhook targets on this machine or a private network, by address, when the operator has not allowed them', async () => {
    const targets = [
      'http://127.0.0.1:5432/',
      'http://localhost:7233/',
      'http://[::1]:8233/',
      'https://127.0.0.1/hook',
      'http://0x7f.1/',
      'http://2130706433/',
      'http://10.0.0.8/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]:5432/',
    ];
    for (const url of targets) {
      const response = await stack
        .http()
        .put(`/projects/${projectId}/briefing-webhooks`)
        .set(bearer(lead))
        .send({ webhooks: [{ kind: 'wecom', url }] });
      expect({ url, status: response.status, message: response.body.message }).toEqual({
        url,
        status: 400,
        message: ['webhooks.0.url must not point at this machine or a private network'],
      });
    }
    expect(await db.query(`SELECT id FROM briefing_webhooks WHERE project_id = $1`, [projectId])).toEqual([]);

    // A private target already stored (say, before this rule) is never posted to: recorded on the delivery, not retried.
    const received: string[] = [];
    const receiver = http.createServer((request, response) => {
      received.push(request.url ?? '');
      response.end('{"errcode":0}');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cgi-bin/webhook/send?key=k`;
      await db.query(`INSERT INTO briefing_webhooks (project_id, kind, url, created_by) VALUES ($1, 'wecom', $2, $3)`, [
        projectId,
        url,
        lead.id,
      ]);
      const date = (await db.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS d`))[0]
        .d as string;
      const activities = new ReportingActivities(
        db,
        new BriefingProjectsRepository(db),
        new BriefingDeliveriesRepository(db),
        stack.app.get(Environment),
        new NotificationEventsRepository(db),
      );
      await activities.generateDailyBriefing(projectId, date);
      expect(await activities.deliverBriefing(projectId, date)).toEqual({
        delivered: 0,
        alreadyDelivered: 0,
        webhooks: 1,
        refused: 1,
      });
      expect(received).toEqual([]);
      const [delivery] = await db.query(`SELECT status, last_error FROM briefing_deliveries WHERE project_id = $1`, [
        projectId,
      ]);
      expect(delivery.status).not.toBe('delivered');
      expect(delivery.last_error).toContain('must not point at this machine or a private network');
    } finally {
      receiver.close();
      await db.query(`DELETE FROM briefing_deliveries WHERE project_id = $1`, [projectId]);
      await db.query(`DELETE FROM briefing_webhooks WHERE project_id = $1`, [projectId]);
    }
  });

  it('answers another lead launching the same city company, name and batch without revealing the project', async () => {
    const body = launchRequest();
    const ownId = await stack.launchProject(lead, body);
    for (const variant of [body, { ...body, centralizedDays: 5 }]) {
      const response = await stack.http().post('/projects').set(bearer(otherLead)).send(variant).expect(409);
      expect(response.body.code).toBe('PROJECT_NAME_TAKEN');
      expect(JSON.stringify(response.body)).not.toContain(ownId);
      expect(JSON.stringify(response.body)).not.toContain(lead.id);
    }
    // The project's own lead still gets the same project back, and a clear conflict when the details differ.
    const again = await stack.http().post('/projects').set(bearer(lead)).send(body).expect(200);
    expect(again.body.id).toBe(ownId);
    await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send({ ...body, centralizedDays: 5 })
      .expect(409);
  });

  it('tells the lead which parties sign a gate the lead does not sign', async () => {
    const response = await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/approve`)
      .set(bearer(lead))
      .send({});
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/^The project lead does not sign the .* gate; it is signed by: /);
    expect(response.body.message).not.toContain('not the lead of this project');
    const stranger = await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
      .set(bearer(otherLead))
      .send({});
    expect(stranger.status).toBe(404);
  });

  it('records the HQ user, not the lead, as the one who granted a plan exception', async () => {
    const soon = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const body = launchRequest({
      firstHandoverDate: soon,
      leadUserId: lead.id,
      hqException: { reason: '集团批准压缩工期' },
    });
    const launched = await stack.http().post('/projects').set(bearer(hq)).send(body).expect(201);
    const history = await stack.app
      .get(TemporalClientService)
      .client.workflow.getHandle(projectWorkflowId(launched.body.id))
      .fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const [input] = started!.input!.payloads!.map((payload) =>
      defaultPayloadConverter.fromPayload<HandoverProjectInput>(payload),
    );
    expect(input!.hqException).toEqual({ reason: '集团批准压缩工期', recordedBy: hq.id });
    const [stored] = await db.query(
      `SELECT launch_request->>'hqExceptionRecordedBy' AS "recordedBy" FROM projects WHERE id = $1`,
      [launched.body.id],
    );
    expect(stored.recordedBy).toBe(hq.id);
  });

  it('refuses a token without an expiry, even with a valid signature', async () => {
    const secret = stack.app.get(Environment).JWT_SECRET;
    const forever = new JwtService().sign({ sub: lead.id }, { secret, algorithm: 'HS256' });
    const response = await stack
      .http()
      .get('/projects')
      .set({ Authorization: `Bearer ${forever}` })
      .expect(401);
    expect(response.body).toMatchObject({ code: 'TOKEN_INVALID', message: '登录凭证无效或已过期，请重新登录。' });
    const minted = new JwtService().sign({ sub: lead.id }, { secret, algorithm: 'HS256', expiresIn: 60 });
    await stack
      .http()
      .get('/projects')
      .set({ Authorization: `Bearer ${minted}` })
      .expect(200);
  });

  it('gives every refusal a code, and an unknown route a sentence too', async () => {
    const missing = await stack.http().get('/no-such-route').set(bearer(lead, null)).expect(404);
    expect(missing.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '没有这个接口：GET /no-such-route。' });
    const unsigned = await stack.http().get('/projects').expect(401);
    expect(unsigned.body.code).toBe('SIGN_IN_FIRST');
    const notFound = await stack
      .http()
      .get(`/projects/00000000-0000-4000-8000-000000000000`)
      .set(bearer(lead))
      .expect(404);
    expect(notFound.body.code).toBe('PROJECT_NOT_FOUND');
  });
});
