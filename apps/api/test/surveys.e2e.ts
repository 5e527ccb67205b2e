import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

describe('satisfaction survey (满意度调查)', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let customerService: TestUser;
  let engineering: TestUser;
  let outsider: TestUser;
  let projectId: string;
  let unitIds: string[];
  let dimensionIds: Record<string, string>;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    customerService = await stack.user('department_head', 'customer_service');
    engineering = await stack.user('department_head', 'engineering');
    outsider = await stack.user('department_head', 'customer_service');
    projectId = (
      await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ departmentHeadIds: [customerService.id, engineering.id] }))
        .expect(201)
    ).body.id;
    unitIds = (await insertUnits(db, 5, { projectId })).map((unit) => unit.id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const post = (path: string, user: TestUser, body: object) =>
    stack.http().post(`/projects/${projectId}/survey/${path}`).set(bearer(user)).send(body);

  it('takes dimensions from the lead or the customer service head, in order, without repeats', async () => {
    const refused = await post('dimensions', engineering, { names: ['交付流程'] }).expect(403);
    expect(refused.body.message).toBe(
      'The satisfaction survey is run by the project lead, the customer service head or HQ; you are the engineering head.',
    );
    await post('dimensions', outsider, { names: ['交付流程'] }).expect(404);
    await post('dimensions', lead, { names: [] }).expect(400);
    await post('dimensions', lead, { names: ['交付流程', '房屋质量'] }).expect(201);
    const listed = await post('dimensions', customerService, { names: ['房屋质量', '服务态度', '维修响应'] }).expect(
      201,
    );
    expect(listed.body.items.map((item: { name: string; position: number }) => [item.name, item.position])).toEqual([
      ['交付流程', 1],
      ['房屋质量', 2],
      ['服务态度', 3],
      ['维修响应', 4],
    ]);
    dimensionIds = Object.fromEntries(
      listed.body.items.map((item: { id: string; name: string }) => [item.name, item.id]),
    );
  });

  it('records one response per unit with every dimension answered on the 1–10 scale', async () => {
    const answers = (scores: Record<string, [number, number, number]>) =>
      Object.entries(scores).map(([name, [importance, expectation, experience]]) => ({
        dimensionId: dimensionIds[name],
        importance,
        expectation,
        experience,
      }));
    // the worked example of libs/domain/src/survey/survey-analysis.spec.ts, owner by owner
    const owners: Record<string, [number, number, number]>[] = [
      { 交付流程: [8, 8, 7], 房屋质量: [10, 9, 7], 服务态度: [6, 7, 9], 维修响应: [9, 8, 6] },
      { 交付流程: [9, 8, 8], 房屋质量: [9, 9, 6], 服务态度: [7, 7, 8], 维修响应: [8, 8, 7] },
      { 交付流程: [7, 7, 6], 房屋质量: [10, 8, 7], 服务态度: [6, 7, 8], 维修响应: [8, 8, 5] },
      { 交付流程: [8, 9, 7], 房屋质量: [9, 9, 7], 服务态度: [7, 8, 9], 维修响应: [9, 8, 6] },
    ];
    for (const [index, scores] of owners.entries()) {
      await post('responses', index % 2 === 0 ? lead : customerService, {
        unitId: unitIds[index],
        answers: answers(scores),
      }).expect(201);
    }

    const partial = await post('responses', lead, {
      unitId: unitIds[4],
      answers: answers({ 交付流程: [8, 8, 8] }),
    }).expect(400);
    expect(partial.body).toMatchObject({
      code: 'SURVEY_ANSWERS_INVALID',
      params: { missing: '房屋质量, 服务态度, 维修响应' },
      message: 'every dimension must be answered; missing: 房屋质量, 服务态度, 维修响应',
    });
    const outOfScale = await post('responses', lead, {
      unitId: unitIds[4],
      answers: answers({ ...owners[0], 交付流程: [11, 8, 0] }),
    }).expect(400);
    expect(outOfScale.body.message).toEqual(
      expect.arrayContaining(['answers.0.importance must be a whole number from 1 to 10']),
    );
    await post('responses', lead, {
      unitId: unitIds[4],
      answers: answers({ ...owners[0], 交付流程: [8.5, 8, 8] }),
    }).expect(400);
    const twice = await post('responses', lead, { unitId: unitIds[0], answers: answers(owners[0]) }).expect(409);
    expect(twice.body.message).toContain('one response per unit');
    await post('responses', engineering, { unitId: unitIds[4], answers: answers(owners[0]) }).expect(403);
    await post('dimensions', lead, { names: ['物业服务'] }).expect(409);

    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action = 'survey.response.create'`,
      [projectId],
    );
    expect(audit).toEqual([{ n: 4 }]);
  });

  it('analyses the gaps: the key experience to fix is the most negative weighted gap', async () => {
    const analysis = await stack
      .http()
      .get(`/projects/${projectId}/survey/analysis`)
      .set(bearer(engineering))
      .expect(200);
    expect(analysis.body.responses).toBe(4);
    expect(analysis.body.scale).toEqual({ min: 1, max: 10 });
    expect(
      analysis.body.dimensions.map((d: Record<string, unknown>) => [
        d.name,
        d.meanImportance,
        d.meanExpectation,
        d.meanExperience,
        d.gap,
        d.weightedGap,
        d.rank,
      ]),
    ).toEqual([
      ['交付流程', '8.00', '8.00', '7.00', '-1.00', '-8.00', 3],
      ['房屋质量', '9.50', '8.75', '6.75', '-2.00', '-19.00', 1],
      ['服务态度', '6.50', '7.25', '8.50', '1.25', '8.13', 4],
      ['维修响应', '8.50', '8.00', '6.00', '-2.00', '-17.00', 2],
    ]);
    expect(analysis.body.keyExperience).toMatchObject({ name: '房屋质量', weightedGap: '-19.00' });
    await stack.http().get(`/projects/${projectId}/survey/analysis`).set(bearer(outsider)).expect(404);
  });
});
