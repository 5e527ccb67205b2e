import { DataSource } from 'typeorm';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

interface MilestoneView {
  key: string;
  status: string;
  approvals: { party: string }[];
  missingParties: string[];
  rejections: { reason: string }[];
  dueDate: string;
}

describe('timeline through the API: roles, gates, inbox, read model, audit', () => {
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

  const project = async (user: TestUser = lead) =>
    (await stack.http().get(`/projects/${projectId}`).set(bearer(user)).expect(200)).body;
  const milestone = async (key: string) =>
    ((await project()).milestones as MilestoneView[]).find((m) => m.key === key)!;

  it('refuses an approval by the wrong department with 403 and changes nothing', async () => {
    const before = await project();
    const refused = await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/approve`)
      .set(bearer(design))
      .send({})
      .expect(403);
    expect(refused.body.message).toBe(
      'The design department does not sign the unit-by-unit inspection (分户验收) gate; it is signed by: engineering.',
    );
    expect(await project()).toEqual(before);
    const audit = await stack.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action LIKE 'milestone.%'`, [
        projectId,
      ]);
    expect(audit[0].n).toBe(0);
  });

  it('rejection sends the gate back to work; approvals after rework close it; each step is audited', async () => {
    await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/reject`)
      .set(bearer(engineering))
      .send({})
      .expect(400);
    const rejected = await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/reject`)
      .set(bearer(engineering))
      .send({ reason: '3# 12层 外墙淋水试验渗漏' })
      .expect(200);
    const reworked = (rejected.body.milestones as MilestoneView[]).find((m) => m.key === 'unitInspection')!;
    expect(reworked.status).toBe('rework');
    expect(reworked.rejections.map((r) => r.reason)).toEqual(['3# 12层 外墙淋水试验渗漏']);

    await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/approve`)
      .set(bearer(engineering))
      .send({ comment: 'retested, dry' })
      .expect(200);
    expect((await milestone('unitInspection')).status).toBe('closed');
    const again = await stack
      .http()
      .post(`/projects/${projectId}/milestones/unitInspection/approve`)
      .set(bearer(engineering))
      .send({})
      .expect(409);
    expect(again.body.message).toContain('already closed');

    const audit = await stack.app
      .get(DataSource)
      .query(
        `SELECT action, actor_id AS "actorId", before, after FROM audit_log WHERE project_id = $1 AND action LIKE 'milestone.%' ORDER BY id`,
        [projectId],
      );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['milestone.reject', 'milestone.approve']);
    expect(audit[1].actorId).toBe(engineering.id);
    const gateBefore = audit[1].before.milestones.find((m: { key: string }) => m.key === 'unitInspection');
    const gateAfter = audit[1].after.milestones.find((m: { key: string }) => m.key === 'unitInspection');
    expect([gateBefore.status, gateAfter.status]).toEqual(['rework', 'closed']);
  });

  it("lists gates waiting for me in the inbox, from the read model, and only my department's", async () => {
    await eventually(async () => {
      const inbox = await stack.http().get('/approvals/inbox').set(bearer(design)).expect(200);
      expect(inbox.body.items.map((item: { milestone: string }) => item.milestone)).toEqual(['riskSelfCheck']);
      expect(inbox.body.items[0]).toMatchObject({ projectId, party: 'design' });
    });
    await eventually(async () => {
      const engineeringInbox = await stack.http().get('/approvals/inbox').set(bearer(engineering)).expect(200);
      expect(engineeringInbox.body.items.map((item: { milestone: string }) => item.milestone)).toEqual([
        'riskSelfCheck',
      ]);
    });
  });

  it('scopes projects: an unassigned department head sees nothing, HQ sees all; filters work', async () => {
    const stranger = await stack.user('department_head', 'engineering');
    await stack.http().get(`/projects/${projectId}`).set(bearer(stranger)).expect(404);
    await stack
      .http()
      .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
      .set(bearer(stranger))
      .send({})
      .expect(404);
    const strangerList = await stack.http().get('/projects').set(bearer(stranger)).expect(200);
    expect(strangerList.body.total).toBe(0);

    await eventually(async () => {
      const list = await stack
        .http()
        .get('/projects')
        .query({ phase: 'riskSelfCheck', atRisk: 'false', pageSize: 200 })
        .set(bearer(hq))
        .expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toContain(projectId);
    });
    const none = await stack.http().get('/projects').query({ phase: 'summary' }).set(bearer(hq)).expect(200);
    expect(none.body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
    await stack.http().get('/projects').query({ atRisk: 'maybe' }).set(bearer(hq)).expect(400);
  });

  it('previews a new D without changing anything, and runs a postponement request through HQ', async () => {
    const current = await project();
    const newDate = current.milestones.find((m: MilestoneView) => m.key === 'summaryAccepted').dueDate; // ~3 weeks later
    const preview = await stack
      .http()
      .get(`/projects/${projectId}/reschedule-preview`)
      .query({ firstHandoverDate: newDate })
      .set(bearer(design))
      .expect(200);
    expect(preview.body.plan.firstHandoverDate).toBe(newDate);
    expect(preview.body.changes.length).toBeGreaterThan(0);
    expect((await project()).firstHandoverDate).toBe(current.firstHandoverDate);

    await stack
      .http()
      .post(`/projects/${projectId}/postponements`)
      .set(bearer(engineering))
      .send({ newFirstHandoverDate: newDate, reason: 'x' })
      .expect(403);
    const requested = await stack
      .http()
      .post(`/projects/${projectId}/postponements`)
      .set(bearer(lead))
      .send({ newFirstHandoverDate: newDate, reason: '电梯安装延误' })
      .expect(201);
    const requestId = requested.body.postponements[0].id;
    await stack
      .http()
      .post(`/projects/${projectId}/postponements/${requestId}/decision`)
      .set(bearer(lead))
      .send({ approve: true })
      .expect(403);
    const decided = await stack
      .http()
      .post(`/projects/${projectId}/postponements/${requestId}/decision`)
      .set(bearer(hq))
      .send({ approve: true, note: 'agreed' })
      .expect(200);
    expect(decided.body.firstHandoverDate).toBe(newDate);
    expect(decided.body.planHistory).toHaveLength(2);
    await eventually(async () => {
      const rows = await stack.app
        .get(DataSource)
        .query(`SELECT to_char(first_handover_date, 'YYYY-MM-DD') AS d FROM projects WHERE id = $1`, [projectId]);
      expect(rows[0].d).toBe(newDate);
    });
  });

  it('lists escalations within scope (none yet for a project launched 90 days ahead)', async () => {
    const list = await stack.http().get('/escalations').query({ projectId }).set(bearer(hq)).expect(200);
    expect(list.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
  });
});
