import { DataSource } from 'typeorm';
import { AuditLogRepository } from '@handover/database';
import { SummaryActivitiesService } from '../../worker/src/activities/summary.activities';
import { SummaryGateService } from '../src/summaries/summary-gate.service';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertHandoverEvent, insertUnits, launchRequest } from '../../../test/factories';

describe('post-handover summary (交付总结)', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let otherLead: TestUser;
  let hq: TestUser;
  let engineering: TestUser;
  let projectId: string;
  let unitIds: string[];

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    hq = await stack.user('hq');
    engineering = await stack.user('department_head', 'engineering');
    projectId = (
      await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ departmentHeadIds: [engineering.id] }))
        .expect(201)
    ).body.id;
    const units = await insertUnits(
      db,
      4,
      { projectId, building: '3#', contractedAreaCenti: 8957, surveyedAreaCenti: 8912, priceFenPerSqm: 2_500_050 },
      (index) => ({
        room: String(101 + index),
        fitOut: index % 2 === 1 ? 'fitted' : 'shell',
      }),
    );
    unitIds = units.map((unit) => unit.id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const summary = (path = '', user: TestUser = lead) =>
    stack.http().post(`/projects/${projectId}/summary${path}`).set(bearer(user));
  const narrative = {
    lessonsLearned: '开放日分时段预约有效',
    focusPoints: '外墙渗漏',
    recommendations: '设计阶段复核门窗开启方向',
  };

  it('is compiled from the records by the lead or HQ, scoped and role-checked', async () => {
    await stack.http().get(`/projects/${projectId}/summary`).set(bearer(lead)).expect(404);
    const forbidden = await summary('/compile', engineering).expect(403);
    expect(forbidden.body.message).toContain('needs one of the roles');
    await summary('/compile', otherLead).expect(404);

    const compiled = await summary('/compile').expect(200);
    expect(compiled.body).toMatchObject({
      projectId,
      status: 'draft',
      compileCount: 1,
      narrative: { lessonsLearned: '', focusPoints: '', recommendations: '' },
    });
    expect(Object.keys(compiled.body.sections)).toEqual([
      'batchOverview',
      'preparation',
      'actualHandoverFigures',
      'ownerFeedback',
      'repairDataAndWarranty',
    ]);
    expect(compiled.body.sections.batchOverview).toMatchObject({
      units: 4,
      buildings: 1,
      fittedUnits: 2,
      shellUnits: 2,
      contractedAreaCenti: '35828',
    });
    expect(compiled.body.sections.actualHandoverFigures).toMatchObject({
      totalUnits: 4,
      handedOver: 0,
      handoverRate: '0.00%',
    });
    expect(compiled.body.sections.ownerFeedback.satisfactionSurvey).toBeNull();

    const read = await stack.http().get(`/projects/${projectId}/summary`).set(bearer(engineering)).expect(200);
    expect(read.body.compileCount).toBe(1);
    const audit = await db.query(
      `SELECT actor_role FROM audit_log WHERE project_id = $1 AND action = 'summary.compile'`,
      [projectId],
    );
    expect(audit).toEqual([{ actor_role: 'project_lead' }]);
  });

  it('keeps the edited narrative when recompiled by the API or by the worker activity, with fresh figures', async () => {
    await stack.http().put(`/projects/${projectId}/summary/narrative`).set(bearer(hq)).send(narrative).expect(403);
    await stack
      .http()
      .put(`/projects/${projectId}/summary/narrative`)
      .set(bearer(lead))
      .send({ ...narrative, extra: 1 })
      .expect(400);
    const edited = await stack
      .http()
      .put(`/projects/${projectId}/summary/narrative`)
      .set(bearer(lead))
      .send(narrative)
      .expect(200);
    expect(edited.body.narrative).toEqual(narrative);

    // one unit handed over, one objection; the figures follow, the narrative stays
    await db.query(`UPDATE units SET handover_state = 'handed_over' WHERE id = $1`, [unitIds[0]]);
    await insertHandoverEvent(db, { projectId, unitId: unitIds[0], step: 'handed_over' });
    await insertHandoverEvent(db, { projectId, unitId: unitIds[1], step: 'objected' });
    const recompiled = await summary('/compile', hq).expect(200);
    expect(recompiled.body).toMatchObject({ status: 'draft', compileCount: 2, narrative });
    expect(recompiled.body.sections.actualHandoverFigures).toMatchObject({ handedOver: 1, handoverRate: '25.00%' });
    expect(recompiled.body.sections.ownerFeedback.objections).toMatchObject({ unitsObjected: 1 });

    const activities = new SummaryActivitiesService(db, new AuditLogRepository(db));
    await activities.compileHandoverSummary(projectId);
    await activities.compileHandoverSummary(projectId);
    const afterWorker = await stack.http().get(`/projects/${projectId}/summary`).set(bearer(lead)).expect(200);
    expect(afterWorker.body).toMatchObject({ status: 'draft', compileCount: 4, narrative });
  });

  it('includes the survey results when present', async () => {
    const dimensions = await stack
      .http()
      .post(`/projects/${projectId}/survey/dimensions`)
      .set(bearer(lead))
      .send({ names: ['房屋质量', '维修响应'] })
      .expect(201);
    const [quality, repair] = dimensions.body.items as { id: string }[];
    await stack
      .http()
      .post(`/projects/${projectId}/survey/responses`)
      .set(bearer(lead))
      .send({
        unitId: unitIds[0],
        answers: [
          { dimensionId: quality.id, importance: 9, expectation: 8, experience: 6 },
          { dimensionId: repair.id, importance: 7, expectation: 7, experience: 8 },
        ],
      })
      .expect(201);
    const compiled = await summary('/compile').expect(200);
    expect(compiled.body.sections.ownerFeedback.satisfactionSurvey).toMatchObject({
      responses: 1,
      keyExperience: { name: '房屋质量', gap: '-2.00', weightedGap: '-18.00' },
    });
  });

  it('is submitted by the lead with a complete narrative, then frozen until HQ accepts it at the gate', async () => {
    const gate = stack.app.get(SummaryGateService);
    await expect(gate.assertSubmitted(projectId)).rejects.toThrow(/still a draft/);

    await stack
      .http()
      .put(`/projects/${projectId}/summary/narrative`)
      .set(bearer(lead))
      .send({ ...narrative, recommendations: '  ' })
      .expect(200);
    const incomplete = await summary('/submit').expect(409);
    expect(incomplete.body.message).toBe('Write the recommendations (建议) before submitting the summary.');
    await stack.http().put(`/projects/${projectId}/summary/narrative`).set(bearer(lead)).send(narrative).expect(200);
    await summary('/submit', hq).expect(403);
    const submitted = await summary('/submit').expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedBy: lead.id, narrative });
    await gate.assertSubmitted(projectId);

    await summary('/submit').expect(409);
    await stack.http().put(`/projects/${projectId}/summary/narrative`).set(bearer(lead)).send(narrative).expect(409);
    const frozen = await summary('/compile').expect(409);
    expect(frozen.body.message).toContain('frozen');
    await new SummaryActivitiesService(db, new AuditLogRepository(db)).compileHandoverSummary(projectId);
    expect((await stack.http().get(`/projects/${projectId}/summary`).set(bearer(hq)).expect(200)).body).toMatchObject({
      status: 'submitted',
      compileCount: 5,
    });

    // HQ sends it back (gate in rework): the lead may edit again, which makes it a draft. The gate's row is written by
    // the worker's first mirror of the timeline; changing it before that mirror lands would be overwritten.
    await eventually(async () => {
      const rows = await db.query(
        `SELECT 1 FROM project_milestones WHERE project_id = $1 AND key = 'summaryAccepted'`,
        [projectId],
      );
      expect(rows).toHaveLength(1);
    });
    await db.query(
      `UPDATE project_milestones SET status = 'rework' WHERE project_id = $1 AND key = 'summaryAccepted'`,
      [projectId],
    );
    const reworked = await stack
      .http()
      .put(`/projects/${projectId}/summary/narrative`)
      .set(bearer(lead))
      .send({ ...narrative, focusPoints: '外墙渗漏; 车位' })
      .expect(200);
    expect(reworked.body).toMatchObject({ status: 'draft', gateStatus: 'rework' });
    await summary('/submit').expect(200);
    await db.query(
      `UPDATE project_milestones SET status = 'closed' WHERE project_id = $1 AND key = 'summaryAccepted'`,
      [projectId],
    );
    const stored = async () =>
      (await db.query(`SELECT status, updated_at FROM handover_summaries WHERE project_id = $1`, [projectId]))[0];
    const before = await stored();
    expect((await stack.http().get(`/projects/${projectId}/summary`).set(bearer(hq)).expect(200)).body.status).toBe(
      'accepted',
    );
    expect(await stored()).toEqual(before); // a read that writes nothing: accepted is computed from the closed gate
    expect(before.status).toBe('submitted');
    const edit = await stack
      .http()
      .put(`/projects/${projectId}/summary/narrative`)
      .set(bearer(lead))
      .send(narrative)
      .expect(409);
    expect(edit.body.message).toBe('The summary has been accepted by HQ; its narrative can no longer change.');
    expect((await summary('/compile').expect(409)).body.message).toMatch(
      /^The summary is accepted; its figures are frozen/,
    );
    expect((await summary('/submit').expect(409)).body.message).toBe('The summary is already accepted.');
  });

  it('refuses the gate for a project whose summary was never compiled', async () => {
    const other = (await stack.http().post('/projects').set(bearer(otherLead)).send(launchRequest()).expect(201)).body
      .id;
    await expect(stack.app.get(SummaryGateService).assertSubmitted(other)).rejects.toThrow(/not been compiled/);
  });
});
