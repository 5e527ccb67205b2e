import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from '../../../test/factories';

/** The console's admin and set-up views: people search, a project's current staff, and a robot's test message. */
describe('people, staff and briefing robots', () => {
  let stack: E2eStack;
  let admin: TestUser;
  let hq: TestUser;
  let lead: TestUser;
  let engineering: TestUser;
  let projectId: string;
  const run = randomUUID().slice(0, 8);
  const created: Record<string, string> = {};

  beforeAll(async () => {
    stack = await E2eStack.start();
    admin = await stack.user('admin');
    hq = await stack.user('hq');
    lead = await stack.user('project_lead');
    for (const [name, role, department] of [
      [`赵经理_${run}`, 'project_lead', undefined],
      [`钱工_${run}`, 'department_head', 'engineering'],
      [`孙设计_${run}`, 'department_head', 'design'],
      [`李总_${run}`, 'hq', undefined],
    ] as const) {
      const response = await stack
        .http()
        .post('/users')
        .set(bearer(admin))
        .send({ name, role, department })
        .expect(201);
      created[name] = response.body.id;
    }
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [created[`钱工_${run}`], created[`孙设计_${run}`]] }),
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('GET /users: everyone by part of the name, role and department, paginated, for admins, HQ and leads', async () => {
    const all = await stack.http().get('/users').query({ q: run }).set(bearer(admin)).expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 20, total: 4 });
    expect(all.body.items.map((user: { name: string }) => user.name).sort()).toEqual(
      [`孙设计_${run}`, `李总_${run}`, `赵经理_${run}`, `钱工_${run}`].sort(),
    );
    const heads = await stack
      .http()
      .get('/users')
      .query({ q: run, role: 'department_head' })
      .set(bearer(hq))
      .expect(200);
    expect(heads.body.total).toBe(2);
    const design = await stack
      .http()
      .get('/users')
      .query({ q: run, department: 'design' })
      .set(bearer(lead))
      .expect(200);
    expect(design.body.items).toEqual([
      { id: created[`孙设计_${run}`], name: `孙设计_${run}`, role: 'department_head', department: 'design' },
    ]);
    const second = await stack
      .http()
      .get('/users')
      .query({ q: run, pageSize: 3, page: 2 })
      .set(bearer(admin))
      .expect(200);
    expect(second.body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(second.body.items).toHaveLength(1);
  });

  it('GET /users refuses a department head (403) and an unknown role (400)', async () => {
    await stack.http().get('/users').set(bearer(engineering)).expect(403);
    const bad = await stack.http().get('/users').query({ role: 'owner' }).set(bearer(admin)).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.body.message)).toContain('role must be one of');
  });

  it("GET /projects/{id}/assignments: the project's staff by department with names, and its city responsible", async () => {
    const before = await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(lead)).expect(200);
    expect(before.body.projectId).toBe(projectId);
    expect(before.body.cityResponsible).toBeNull();
    expect(
      before.body.items.map(({ name, department }: { name: string; department: string }) => [department, name]),
    ).toEqual([
      ['design', `孙设计_${run}`],
      ['engineering', `钱工_${run}`],
    ]);
    expect(before.body.items[0]).toMatchObject({ userId: created[`孙设计_${run}`], role: 'department_head' });
    expect(before.body.items[0].assignedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    await stack
      .http()
      .put(`/projects/${projectId}/city-responsible`)
      .set(bearer(lead))
      .send({ userId: created[`赵经理_${run}`] })
      .expect(200);
    await stack
      .http()
      .post(`/projects/${projectId}/assignments`)
      .set(bearer(lead))
      .send({ userId: engineering.id })
      .expect(204);
    const after = await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(hq)).expect(200);
    expect(after.body.cityResponsible).toEqual({
      userId: created[`赵经理_${run}`],
      name: `赵经理_${run}`,
      role: 'project_lead',
    });
    expect(after.body.items).toHaveLength(3);
    // An assigned head reads it too; an unassigned one and another lead do not see the project at all.
    await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(engineering)).expect(200);
    await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(admin)).expect(200);
    const stranger = await stack.user('department_head', 'design');
    const refused = await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(stranger)).expect(404);
    expect(refused.body.code).toBe('PROJECT_NOT_FOUND');
    const otherLead = await stack.user('project_lead');
    await stack.http().get(`/projects/${projectId}/assignments`).set(bearer(otherLead)).expect(404);
  });

  it('POST briefing-webhooks/test: says what each robot answered; refusals and dead robots are outcomes, never 5xx', async () => {
    const received: { path: string; body: Record<string, unknown> }[] = [];
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', body: JSON.parse(body) });
        response.setHeader('content-type', 'application/json');
        if (request.url?.includes('bad-token')) response.end('{"errcode":93000,"errmsg":"invalid webhook url"}');
        else response.end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // A port nobody listens on: the robot cannot be reached.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const test = (body: object = {}, user: TestUser = lead) =>
        stack.http().post(`/projects/${projectId}/briefing-webhooks/test`).set(bearer(user)).send(body);

      const none = await test().expect(422);
      expect(none.body).toMatchObject({ code: 'BRIEFING_WEBHOOKS_NONE' });
      const noneZh = await stack
        .http()
        .post(`/projects/${projectId}/briefing-webhooks/test`)
        .set(bearer(lead, null))
        .send({})
        .expect(422);
      expect(noneZh.body.message).toContain('还没有配置快报机器人');

      const saved = await stack
        .http()
        .put(`/projects/${projectId}/briefing-webhooks`)
        .set(bearer(lead))
        .send({
          webhooks: [
            { kind: 'wecom', url: `${base}/cgi-bin/webhook/send?key=good-key` },
            { kind: 'dingtalk', url: `${base}/robot/send?access_token=bad-token` },
            { kind: 'wecom', url: `http://127.0.0.1:${deadPort}/cgi-bin/webhook/send?key=dead-key` },
          ],
        })
        .expect(200);
      const [good, bad, dead] = saved.body.webhooks as { id: string }[];

      const all = await test().expect(200);
      expect(all.body.results).toEqual([
        {
          webhookId: good!.id,
          kind: 'wecom',
          url: `${base}/cgi-bin/webhook/send?key=…-key`,
          delivered: true,
          reason: null,
          errcode: null,
          detail: null,
        },
        expect.objectContaining({
          webhookId: bad!.id,
          kind: 'dingtalk',
          delivered: false,
          reason: 'robot_refused',
          errcode: 93000,
        }),
        expect.objectContaining({ webhookId: dead!.id, delivered: false, reason: 'unreachable', errcode: null }),
      ]);
      expect(all.body.results[1].detail).toContain('invalid webhook url');
      expect(JSON.stringify(all.body)).not.toContain('good-key');
      expect(received.map((call) => call.path)).toEqual([
        '/cgi-bin/webhook/send?key=good-key',
        '/robot/send?access_token=bad-token',
      ]);
      expect(received[0]!.body).toMatchObject({
        msgtype: 'markdown',
        markdown: { content: expect.stringContaining('机器人测试') },
      });
      expect(received[1]!.body).toMatchObject({ msgtype: 'markdown', markdown: { title: expect.any(String) } });

      const one = await test({ webhookId: good!.id }, admin).expect(200);
      expect(one.body.results).toHaveLength(1);
      expect(one.body.results[0]).toMatchObject({ delivered: true });
      expect(received).toHaveLength(3);

      const unknown = await test({ webhookId: randomUUID() }).expect(404);
      expect(unknown.body.code).toBe('BRIEFING_WEBHOOK_NOT_FOUND');
      await test({ webhookId: 'not-a-uuid' }).expect(400);
      await test({}, engineering).expect(403);
      await test({}, await stack.user('project_lead')).expect(404);

      const audit = await stack.app
        .get(DataSource)
        .query(`SELECT after FROM audit_log WHERE project_id = $1 AND action = 'briefing_webhooks.test' ORDER BY id`, [
          projectId,
        ]);
      expect(audit).toHaveLength(2);
      expect(audit[0].after.results.map((result: { reason: string | null }) => result.reason)).toEqual([
        null,
        'robot_refused',
        'unreachable',
      ]);
      expect(JSON.stringify(audit)).not.toContain('good-key');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
