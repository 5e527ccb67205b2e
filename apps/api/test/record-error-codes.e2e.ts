import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnit, launchRequest } from '../../../test/factories';

/**
 * Refusals of the project's records (defects, the summary), of launching and of the workflow's gates answer with
 * their stable code and params, a Chinese sentence when the caller sends no Accept-Language (zh-CN is the default),
 * and the English sentence the other suites assert with `Accept-Language: en`.
 */
describe('coded refusals of records, launches and gates, in Chinese by default', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let hq: TestUser;
  let engineering: TestUser;
  let design: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    engineering = await stack.user('department_head', 'engineering');
    design = await stack.user('department_head', 'design');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id, design.id] }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a defect verified while open: DEFECT_STATUS_TRANSITION, the statuses as params, named in Chinese', async () => {
    const unit = await insertUnit(stack.app.get(DataSource), { projectId });
    const created = await stack
      .http()
      .post(`/projects/${projectId}/defects`)
      .set(bearer(engineering, null))
      .send({ unitId: unit.id, source: 'open_day', category: 'quality', trade: 'civil', description: '卫生间墙砖空鼓' })
      .expect(201);
    const url = `/projects/${projectId}/defects/${created.body.id}/verify`;
    const refused = await stack.http().post(url).set(bearer(engineering, null)).send({}).expect(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'DEFECT_STATUS_TRANSITION',
      params: { defectId: created.body.id, status: 'open', target: 'verified', allowed: 'assigned,fixed,cannot_fix' },
      message: '该问题项当前为「待处理」，不能改为「已验收」；当前可以改为：已派单、已整改、无法整改。',
    });
    const english = await stack.http().post(url).set(bearer(engineering)).send({}).expect(409);
    expect(english.body).toMatchObject({
      code: 'DEFECT_STATUS_TRANSITION',
      message: `Defect ${created.body.id} is open and cannot become verified; allowed next: assigned, fixed, cannot_fix.`,
    });
  });

  it('a defect changed by a head who does not handle defects: DEFECTS_FORBIDDEN, naming the caller', async () => {
    const refused = await stack
      .http()
      .post(`/projects/${projectId}/defects`)
      .set(bearer(design, null))
      .send({ publicArea: '3# 大堂', source: 'open_day', category: 'quality', trade: 'civil', description: '地砖破损' })
      .expect(403);
    expect(refused.body).toMatchObject({
      code: 'DEFECTS_FORBIDDEN',
      params: { role: 'department_head', department: 'design' },
      message: '问题项由项目负责人或本项目的工程、客服负责人处理；您是设计负责人。',
    });
  });

  it('a gate signed by the wrong department, refused by the workflow: GATE_NOT_A_SIGNER from the failure details', async () => {
    const url = `/projects/${projectId}/milestones/unitInspection/approve`;
    const refused = await stack.http().post(url).set(bearer(design, null)).send({}).expect(403);
    expect(refused.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'GATE_NOT_A_SIGNER',
      params: { milestone: 'unitInspection', caller: 'department_head', department: 'design', parties: 'engineering' },
      message: '设计部门不参与「分户验收」节点的审批；该节点由工程审批。',
    });
    const english = await stack.http().post(url).set(bearer(design)).send({}).expect(403);
    expect(english.body.message).toBe(
      'The design department does not sign the unit-by-unit inspection (分户验收) gate; it is signed by: engineering.',
    );
  });

  it('a summary read before it is compiled: SUMMARY_NOT_COMPILED', async () => {
    const refused = await stack.http().get(`/projects/${projectId}/summary`).set(bearer(lead, null)).expect(404);
    expect(refused.body).toMatchObject({
      code: 'SUMMARY_NOT_COMPILED',
      message: '本项目的交付总结尚未生成，请先生成。',
    });
  });

  it('a project out of reach: PROJECT_NOT_FOUND with its id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const refused = await stack.http().get(`/projects/${id}/defects`).set(bearer(lead, null)).expect(404);
    expect(refused.body).toMatchObject({
      code: 'PROJECT_NOT_FOUND',
      params: { projectId: id },
      message: `找不到该项目（${id}），请确认项目存在且您有权查看。`,
    });
  });

  it('a launch too close to the first handover day: PLAN_NOT_ACCEPTABLE, the plan problems named in Chinese', async () => {
    const soon = launchRequest({ firstHandoverDate: new Date(Date.now() + 12 * 864e5).toISOString().slice(0, 10) });
    const refused = await stack
      .http()
      .post('/projects')
      .set(bearer(hq, null))
      .send({ ...soon, leadUserId: lead.id })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'PLAN_NOT_ACCEPTABLE', params: { waivable: 1 } });
    expect(String(refused.body.params.planProblems).split(',')).toContain('transfer_rule');
    expect(refused.body.message).toContain('启动时距首次交付日太近，交付前移交的完成期限已过');
    expect(refused.body.message).toContain('可由总部登记例外后启动');
    const english = await stack
      .http()
      .post('/projects')
      .set(bearer(hq))
      .send({ ...soon, leadUserId: lead.id })
      .expect(400);
    expect(english.body.message).toMatch(
      /^The plan cannot be accepted: .*HQ can accept it by recording an exception\.$/,
    );
  });
});
