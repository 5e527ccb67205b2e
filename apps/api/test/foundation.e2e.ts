import { Connection, Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

describe('walking skeleton (real PostgreSQL, real Temporal dev server)', () => {
  let stack: E2eStack;
  let lead: TestUser;
  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('reports liveness, readiness and the OpenAPI document', async () => {
    await stack.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await stack.http().get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ postgres: 'up', temporal: 'up' });
    const docs = await stack.http().get('/docs-json').expect(200);
    expect(docs.body.openapi).toMatch(/^3\./);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/projects', '/projects/{id}', '/approvals/inbox']),
    );
  });

  it('launching the same project twice creates one project and one workflow', async () => {
    const body = launchRequest();
    const first = await stack.http().post('/projects').set(bearer(lead)).send(body).expect(201);
    const second = await stack.http().post('/projects').set(bearer(lead)).send(body).expect(200);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body.workflowId).toBe(`handover-project-${first.body.id}`);

    const rows = await stack.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM projects WHERE name = $1', [body.name]);
    expect(rows[0].n).toBe(1);
    const client = new Client({ connection: await Connection.connect({ address: process.env.E2E_TEMPORAL_ADDRESS! }) });
    const runs = [];
    for await (const run of client.workflow.list({ query: `WorkflowId = '${first.body.workflowId}'` })) runs.push(run);
    expect(runs).toHaveLength(1);
    await client.connection.close();

    const fetched = await stack.http().get(`/projects/${first.body.id}`).set(bearer(lead)).expect(200);
    expect(fetched.body).toMatchObject({
      id: first.body.id,
      timelineSource: 'live',
      currentPhase: 'riskSelfCheck',
      status: 'active',
    });
    const gates = (body: { milestones: { key: string; status: string; dueDate: string }[] }) =>
      body.milestones.map((m) => `${m.key}:${m.status}:${m.dueDate}`);
    expect(first.body.timelineSource).toBe('launch');
    expect(gates(first.body)).toEqual(gates(fetched.body)); // the launch response shows the state the workflow starts from
    expect(fetched.body.milestones.find((m: { key: string }) => m.key === 'propertyTransfer').dueDate).toBeDefined();
  });

  it('refuses the same natural key with different details (409), changing nothing', async () => {
    const body = launchRequest();
    await stack.http().post('/projects').set(bearer(lead)).send(body).expect(201);
    const conflict = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send({ ...body, centralizedDays: 5 })
      .expect(409);
    expect(conflict.body.message).toContain('already has a project');
  });

  it('answers bad input with a 4xx JSON body that says what is wrong', async () => {
    const unknown = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send({ ...launchRequest(), color: 'red' })
      .expect(400);
    expect(unknown.body.message).toEqual(['color: property color should not exist']);
    const badDate = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ firstHandoverDate: '2027-02-30' }))
      .expect(400);
    expect(badDate.body.message).toEqual([
      'firstHandoverDate must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10',
    ]);
    const malformed = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .set('content-type', 'application/json')
      .send('{"name":')
      .expect(400);
    expect(malformed.body.statusCode).toBe(400);
    const tooSoon = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ firstHandoverDate: new Date(Date.now() + 10 * 864e5).toISOString().slice(0, 10) }))
      .expect(400);
    expect(tooSoon.body.message).toMatch(/at least 20 days before/);
    await stack.http().get('/projects/not-a-uuid').set(bearer(lead)).expect(400);
    await stack.http().get('/projects/00000000-0000-4000-8000-000000000000').set(bearer(lead)).expect(404);
  });

  it('accepts a plan that breaks the 20-day transfer rule only with an exception recorded by HQ', async () => {
    const soon = launchRequest({ firstHandoverDate: new Date(Date.now() + 12 * 864e5).toISOString().slice(0, 10) });
    const hq = await stack.user('hq');
    const byLead = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send({ ...soon, hqException: { reason: 'x' } })
      .expect(403);
    expect(byLead.body.message).toBe('Only HQ can record an exception to the plan rules.');
    const withoutException = await stack
      .http()
      .post('/projects')
      .set(bearer(hq))
      .send({ ...soon, leadUserId: lead.id })
      .expect(400);
    expect(withoutException.body.message).toContain('HQ can accept it by recording an exception');
    const accepted = await stack
      .http()
      .post('/projects')
      .set(bearer(hq))
      .send({ ...soon, leadUserId: lead.id, hqException: { reason: '政府竣工备案提前，集团同意压缩移交期' } })
      .expect(201);
    expect(accepted.body.leadUserId).toBe(lead.id);
  });

  it('requires a valid bearer token on every non-health route', async () => {
    await stack.http().get('/projects').expect(401);
    await stack.http().get('/projects').set({ Authorization: 'Bearer forged.token.value' }).expect(401);
    const head = await stack.user('department_head', 'design');
    const refused = await stack.http().post('/projects').set(bearer(head)).send(launchRequest()).expect(403);
    expect(refused.body.message).toContain('needs one of the roles');
  });
});
