import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

describe('risk register (交付风险自查 A–H) and the risk self-check gate', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let sales: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    sales = await stack.user('department_head', 'sales');
    const launched = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ departmentHeadIds: [engineering.id, sales.id] }))
      .expect(201);
    projectId = launched.body.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const riskSelfCheck = async () =>
    (
      (await stack.http().get(`/projects/${projectId}`).set(bearer(lead)).expect(200)).body.milestones as {
        key: string;
        approvals: unknown[];
      }[]
    ).find((m) => m.key === 'riskSelfCheck')!;

  it('initialises the areas A–H once, however often it is asked', async () => {
    await stack
      .http()
      .post(`/projects/${projectId}/risks`)
      .set(bearer(lead))
      .send({ area: 'A', description: 'x', department: 'design' })
      .expect(409);
    const first = await stack.http().post(`/projects/${projectId}/risk-register/init`).set(bearer(lead)).expect(200);
    expect(first.body.areas.map((a: { area: string }) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(first.body.areas[6].checklist).toContain('lifts');
    const again = await stack.http().post(`/projects/${projectId}/risk-register/init`).set(bearer(lead)).expect(200);
    expect(again.body).toEqual(first.body);
    await stack.http().post(`/projects/${projectId}/risk-register/init`).set(bearer(engineering)).expect(403);
  });

  it('refuses approving the risk self-check while an item is undecided (409, nothing changed), and accepts it after the decisions', async () => {
    const create = (user: TestUser, body: object) =>
      stack.http().post(`/projects/${projectId}/risks`).set(bearer(user)).send(body);
    const wall = (
      await create(engineering, { area: 'A', description: '3# 户型与销售图不一致', department: 'engineering' }).expect(
        201,
      )
    ).body;
    const promise = (
      await create(lead, { area: 'C', description: '宣传的会所未建成', department: 'sales' }).expect(201)
    ).body;
    await create(sales, { area: 'E', description: 'x', department: 'engineering' }).expect(403);
    await create(lead, { area: 'Z', description: 'x', department: 'engineering' }).expect(400);

    const before = await riskSelfCheck();
    const refused = await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
      .set(bearer(lead))
      .send({})
      .expect(409);
    expect(refused.body.message).toMatch(/^2 risk items are still undecided \(A: 1, C: 1\)/);
    expect(await riskSelfCheck()).toEqual(before);
    const audit = await stack.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action = 'milestone.approve'`, [
        projectId,
      ]);
    expect(audit[0].n).toBe(0);

    const decide = (user: TestUser, id: string, body: object) =>
      stack.http().post(`/projects/${projectId}/risks/${id}/decision`).set(bearer(user)).send(body);
    const missing = await decide(engineering, wall.id, { decision: 'rectify', plan: '按合同图整改' }).expect(400);
    expect(missing.body.message.join(' ')).toContain('owner is required to rectify');
    await decide(sales, wall.id, { decision: 'rectify', plan: 'p', owner: '张工', deadline: '2027-01-31' }).expect(403);
    await decide(engineering, wall.id, {
      decision: 'rectify',
      plan: '按合同图整改',
      owner: '张工',
      deadline: '2027-01-31',
    }).expect(200);
    await decide(sales, promise.id, { decision: 'cannot_rectify', unifiedExplanation: '会所二期建设' }).expect(400);

    const stillOne = await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
      .set(bearer(lead))
      .send({})
      .expect(409);
    expect(stillOne.body.message).toMatch(/^1 risk item is still undecided \(C: 1\)/);

    const decided = await decide(sales, promise.id, {
      decision: 'cannot_rectify',
      unifiedExplanation: '会所随二期交付',
      compensationPlan: '物业费减免三个月',
    }).expect(200);
    expect(decided.body).toMatchObject({
      decision: 'cannot_rectify',
      compensationPlan: '物业费减免三个月',
      plan: null,
    });

    const list = await stack
      .http()
      .get(`/projects/${projectId}/risks`)
      .query({ decided: 'true', area: 'C' })
      .set(bearer(engineering))
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([promise.id]);
    expect(list.body.total).toBe(1);

    await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
      .set(bearer(lead))
      .send({})
      .expect(200);
    expect((await riskSelfCheck()).approvals).toHaveLength(1);
    const actions = await stack.app
      .get(DataSource)
      .query(`SELECT action FROM audit_log WHERE project_id = $1 AND action LIKE 'risk%' ORDER BY id`, [projectId]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'risk-register.init',
      'risk.create',
      'risk.create',
      'risk.decide',
      'risk.decide',
    ]);
  });

  it('hides the register of a project out of scope', async () => {
    const stranger = await stack.user('project_lead');
    await stack.http().get(`/projects/${projectId}/risks`).set(bearer(stranger)).expect(404);
  });
});
