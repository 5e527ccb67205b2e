import { DataSource } from 'typeorm';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertNotification, insertUnits, launchRequest } from '../../../test/factories';

/** The read views the console is built on: plan preview, typed project detail, inbox evidence, sent notifications. */
describe('project views for the console', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let design: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    design = await stack.user('department_head', 'design');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id, design.id] }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('previews a plan with its phases, milestones and parties, and explains an impossible one', async () => {
    const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
    const body = launchRequest({ firstHandoverDate: addDays(today, 90) });
    const preview = await stack.http().post('/projects/plan-preview').set(bearer(lead)).send(body).expect(200);
    expect(preview.body.launchDate).toBe(today);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.plan.phases[0]).toEqual({
      key: 'riskSelfCheck',
      order: 1,
      nameZh: '交付风险自查',
      start: today,
      end: addDays(today, 45),
    });
    const transfer = preview.body.plan.milestones.find((m: { key: string }) => m.key === 'propertyTransfer');
    expect(transfer).toEqual({
      key: 'propertyTransfer',
      phase: 'propertyTransfer',
      nameZh: '交付前移交',
      dueDate: addDays(today, 70),
      parties: ['property', 'engineering'],
    });

    const tooClose = await stack
      .http()
      .post('/projects/plan-preview')
      .set(bearer(lead))
      .send({ ...body, firstHandoverDate: addDays(today, 10) })
      .expect(200);
    expect(tooClose.body.problems.map((p: { code: string }) => p.code)).toContain('transfer_rule');
    expect(
      tooClose.body.problems.every(
        (p: { message: string; waivable: boolean }) => p.message.length > 0 && typeof p.waivable === 'boolean',
      ),
    ).toBe(true);
  });

  it('describes approvals and rejections with who, when, the comment and the reason', async () => {
    await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/reject`)
      .set(bearer(engineering))
      .send({ reason: '外墙渗漏' })
      .expect(200);
    const approved = await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/approve`)
      .set(bearer(engineering))
      .send({ comment: '复验合格' })
      .expect(200);
    const gate = approved.body.milestones.find((m: { key: string }) => m.key === 'unitInspection');
    expect(gate.approvals).toEqual([
      { party: 'engineering', userId: engineering.id, at: expect.any(String), comment: '复验合格' },
    ]);
    expect(gate.rejections).toEqual([
      { party: 'engineering', userId: engineering.id, at: expect.any(String), reason: '外墙渗漏' },
    ]);
    expect(approved.body.planHistory).toEqual([
      {
        version: 1,
        firstHandoverDate: approved.body.firstHandoverDate,
        reason: 'launch',
        decidedBy: lead.id,
        at: expect.any(String),
      },
    ]);
    expect(approved.body.atRiskDecision).toBeNull();
    expect(approved.body.userNames).toEqual({
      [engineering.id]: 'department_head-engineering',
      [lead.id]: 'project_lead',
    });
    const read = await stack.http().get(`/projects/${projectId}`).set(bearer(lead)).expect(200);
    expect(read.body.userNames).toEqual({ [engineering.id]: 'department_head-engineering', [lead.id]: 'project_lead' });
  });

  it('shows each inbox gate with the evidence it rests on', async () => {
    await stack.http().post(`/projects/${projectId}/risk-register/init`).set(bearer(lead)).expect(200);
    await stack
      .http()
      .post(`/projects/${projectId}/risks`)
      .set(bearer(design))
      .send({ area: 'A', description: '户型与销售图不一致', department: 'design' })
      .expect(201);
    await eventually(async () => {
      const inbox = await stack.http().get('/approvals/inbox').set(bearer(design)).expect(200);
      expect(inbox.body.total).toBe(1);
      expect(inbox.body.items[0]).toMatchObject({
        projectId,
        milestone: 'riskSelfCheck',
        party: 'design',
        timeZone: 'Asia/Shanghai',
        batch: '一期',
        evidence: { undecidedRiskItems: 1, openInUnitQualityDefects: null, keysTotal: null, keysWithContractor: null },
      });
    });
  });

  it('counts the field facts (现场数据) from the records on every read, following the records as they change', async () => {
    const id = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id, design.id] }));
    const facts = async () => (await stack.http().get(`/projects/${id}`).set(bearer(lead)).expect(200)).body.fieldFacts;
    expect(await facts()).toEqual({
      undecidedRiskItems: 0,
      openInUnitQualityDefects: 0,
      keysWithContractor: 0,
      unitsTotal: 0,
      unitsHandedOver: 0,
    });

    const units = await insertUnits(stack.app.get(DataSource), 2, { projectId: id });
    await stack.http().post(`/projects/${id}/risk-register/init`).set(bearer(lead)).expect(200);
    const risk = (
      await stack
        .http()
        .post(`/projects/${id}/risks`)
        .set(bearer(design))
        .send({ area: 'A', description: '户型与销售图不一致', department: 'design' })
        .expect(201)
    ).body;
    const defect = (body: object) =>
      stack
        .http()
        .post(`/projects/${id}/defects`)
        .set(bearer(engineering))
        .send({ source: 'open_day', trade: 'civil', description: '客厅墙面空鼓', ...body })
        .expect(201);
    const hollow = (await defect({ unitId: units[0].id, category: 'quality' })).body;
    const crack = (await defect({ unitId: units[1].id, category: 'quality' })).body;
    await defect({
      unitId: units[1].id,
      category: 'non_quality',
      trade: 'landscape',
      description: '窗外景观与宣传不符',
    }); // not a quality defect
    await defect({ publicArea: '3# 大堂', category: 'quality' }); // not in a unit
    const keys = (
      await stack
        .http()
        .post(`/projects/${id}/keys`)
        .set(bearer(lead))
        .send({
          unitId: units[0].id,
          keys: [
            { kind: 'unit_door', label: '户门' },
            { kind: 'mailbox', label: '信箱' },
          ],
        })
        .expect(201)
    ).body;
    expect(await facts()).toEqual({
      undecidedRiskItems: 1,
      openInUnitQualityDefects: 2,
      keysWithContractor: 2,
      unitsTotal: 2,
      unitsHandedOver: 0,
    });

    await stack
      .http()
      .post(`/projects/${id}/risks/${risk.id}/decision`)
      .set(bearer(design))
      .send({ decision: 'rectify', plan: '按销售图整改', owner: '王工', deadline: '2099-01-31' })
      .expect(200);
    await stack
      .http()
      .post(`/projects/${id}/defects/${hollow.id}/defer`)
      .set(bearer(engineering))
      .send({ until: '2099-03-31', reason: '待材料到货' })
      .expect(200);
    await stack.uploadFixPhoto(engineering, id, crack.id);
    await stack.http().post(`/projects/${id}/defects/${crack.id}/fix`).set(bearer(engineering)).send({}).expect(200);
    expect((await facts()).openInUnitQualityDefects).toBe(1); // fixed, awaiting verification: still open
    await stack.http().post(`/projects/${id}/defects/${crack.id}/verify`).set(bearer(engineering)).send({}).expect(200);
    await stack
      .http()
      .post(`/projects/${id}/keys/transfer`)
      .set(bearer(lead))
      .send({ keyIds: keys.map((key: { id: string }) => key.id) })
      .expect(200);
    await stack.app
      .get(DataSource)
      .query(`UPDATE units SET handover_state = 'handed_over' WHERE id = $1`, [units[0].id]);
    const expected = {
      undecidedRiskItems: 0,
      openInUnitQualityDefects: 0,
      keysWithContractor: 0,
      unitsTotal: 2,
      unitsHandedOver: 1,
    };
    expect(await facts()).toEqual(expected);

    // the detail an approval answers with carries the same facts (the console shows it without reading again)
    const approved = await stack
      .http()
      .post(`/projects/${id}/milestones/unitInspection/approve`)
      .set(bearer(engineering))
      .send({})
      .expect(200);
    expect(approved.body.fieldFacts).toEqual(expected);
  });

  it('lists the reminders and escalations sent for a project, within scope', async () => {
    await insertNotification(stack.app.get(DataSource), {
      projectId,
      kind: 'reminder',
      key: 'openDay:reminder:x:3',
      recipients: [`user:${lead.id}`],
      payload: { milestoneKey: 'openDay', kind: 'reminder', daysBefore: 3, dueDate: '2030-01-01', at: 0 },
    });
    const sent = await stack
      .http()
      .get(`/projects/${projectId}/notifications`)
      .query({ kind: 'reminder' })
      .set(bearer(lead))
      .expect(200);
    expect(sent.body).toEqual({
      items: [
        {
          id: expect.any(String),
          kind: 'reminder',
          key: 'openDay:reminder:x:3',
          milestoneKey: 'openDay',
          dueDate: '2030-01-01',
          daysBefore: 3,
          message: null,
          recipients: [`user:${lead.id}`],
          sentAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
      ],
      page: 1,
      pageSize: 20,
      total: 1,
    });
    const escalations = await stack
      .http()
      .get(`/projects/${projectId}/notifications`)
      .query({ kind: 'escalation' })
      .set(bearer(lead))
      .expect(200);
    expect(escalations.body.total).toBe(0);
    const stranger = await stack.user('department_head', 'engineering');
    await stack.http().get(`/projects/${projectId}/notifications`).set(bearer(stranger)).expect(404);
  });
});
