import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

const png = () =>
  sharp({ create: { width: 2, height: 2, channels: 3, background: '#a0a0a0' } })
    .png()
    .toBuffer();

/**
 * Contractors in the loop (issue 16): a company's users see only the defects assigned to it (404 for every other
 * record), accept, mark fixed only with an after photo, dispute; the developer's side rules on disputes, verifies or
 * reopens (counted).
 */
describe('contractors (施工单位): isolation, proof of fix, disputes and reopening', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let customerService: TestUser;
  let admin: TestUser;
  let plumber: TestUser;
  let glazier: TestUser;
  let outsider: TestUser;
  let projectId: string;
  let otherProjectId: string;
  let unitId: string;
  let plumbingCo: string;
  let windowsCo: string;

  const http = () => stack.http();
  const post = (user: TestUser, path: string, body: object = {}) => http().post(path).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => http().get(path).set(bearer(user));
  const defects = () => `/projects/${projectId}/defects`;
  const company = async (name: string, kind: string) =>
    (await post(admin, '/contractor-companies', { name, kind }).expect(201)).body.id as string;
  const newDefect = async (overrides: object = {}) =>
    (
      await post(engineering, defects(), {
        unitId,
        source: 'open_day',
        category: 'quality',
        trade: 'plumbing',
        description: '卫生间地漏反水',
        ...overrides,
      }).expect(201)
    ).body as { id: string };
  let photoBytes: Buffer;
  const uploadAfterPhoto = (user: TestUser, defectId: string, query = '') =>
    http()
      .post(`${defects()}/${defectId}/photos${query}`)
      .set(bearer(user))
      .attach('file', photoBytes, { filename: 'fixed.png', contentType: 'image/png' });

  beforeAll(async () => {
    stack = await E2eStack.start();
    photoBytes = await png();
    lead = await stack.user('project_lead');
    admin = await stack.user('admin');
    engineering = await stack.user('department_head', 'engineering');
    customerService = await stack.user('department_head', 'customer_service');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [engineering.id, customerService.id] }),
    );
    otherProjectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id] }));
    [{ id: unitId }] = await insertUnits(stack.app.get(DataSource), 1, { projectId, building: '5' });
    plumbingCo = await company('滨江给排水工程有限公司', 'plumbing');
    windowsCo = await company('恒信门窗有限公司', 'doors_windows');
    const idleCo = await company('未进场分包', 'electrical');
    await post(lead, `/projects/${projectId}/contractors`, { companyId: plumbingCo }).expect(200);
    const onProject = await post(lead, `/projects/${projectId}/contractors`, { companyId: windowsCo }).expect(200);
    expect(onProject.body.map((c: { name: string }) => c.name).sort()).toEqual(
      ['恒信门窗有限公司', '滨江给排水工程有限公司'].sort(),
    );
    plumber = await stack.contractor(plumbingCo);
    glazier = await stack.contractor(windowsCo);
    outsider = await stack.contractor(idleCo);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a contractor user without a company, a company on another role, and a duplicate company name', async () => {
    const noCompany = await post(admin, '/users', { name: '张工', role: 'contractor' }).expect(400);
    expect(noCompany.body.code).toBe('CONTRACTOR_COMPANY_REQUIRED');
    const wrongRole = await post(admin, '/users', { name: '李', role: 'hq', contractorCompanyId: plumbingCo }).expect(
      400,
    );
    expect(wrongRole.body.code).toBe('CONTRACTOR_COMPANY_NOT_ALLOWED');
    const taken = await post(admin, '/contractor-companies', { name: '恒信门窗有限公司', kind: 'doors_windows' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('CONTRACTOR_COMPANY_NAME_TAKEN');
    const notOnProject = await newDefect();
    const refused = await post(engineering, `${defects()}/${notOnProject.id}/assign`, {
      contractorCompanyId: (await company('别的项目分包', 'civil')) as string,
    }).expect(409);
    expect(refused.body.code).toBe('CONTRACTOR_COMPANY_NOT_ON_PROJECT');
  });

  it('shows a contractor only its company’s defects; every other record, list and photo answers 404', async () => {
    const mine = await newDefect();
    const theirs = await newDefect({ trade: 'windows', description: '主卧窗户渗水' });
    const unassigned = await newDefect({ description: '未派单' });
    await post(engineering, `${defects()}/${mine.id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    await post(engineering, `${defects()}/${theirs.id}/assign`, { contractorCompanyId: windowsCo }).expect(200);
    const theirPhoto = await uploadAfterPhoto(engineering, theirs.id).expect(201);

    const list = await get(plumber, `${defects()}?pageSize=200`).expect(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(mine.id);
    expect(list.body.items.every((d: { contractorCompanyId: string }) => d.contractorCompanyId === plumbingCo)).toBe(
      true,
    );
    // Filtering for another company does not widen the list.
    const widened = await get(plumber, `${defects()}?contractorCompanyId=${windowsCo}`).expect(200);
    expect(widened.body.items).toEqual([]);
    expect((await get(plumber, `${defects()}/${mine.id}`).expect(200)).body.contractorCompanyId).toBe(plumbingCo);

    /** role × record × action: every pair a plumber must not reach, each a 404 that names nothing. */
    const refusedReads = [
      `${defects()}/${theirs.id}`,
      `${defects()}/${unassigned.id}`,
      `${defects()}/${theirs.id}/photos`,
      `${defects()}/${theirs.id}/photos/${theirPhoto.body.id}`,
      `${defects()}/summary-by-unit`,
      `/projects/${projectId}`,
      `/projects/${projectId}/units`,
      `/projects/${projectId}/units/${unitId}`,
      `/projects/${projectId}/complaints`,
      `/projects/${projectId}/keys`,
      `/projects/${projectId}/risks`,
      `/projects/${projectId}/appointment-slots`,
      `/projects/${projectId}/summary`,
      `/projects/${projectId}/contractors`,
      `/projects/${otherProjectId}/defects`,
      `/escalations`,
      `/cases`,
      `/hq/board`,
      `/approvals/inbox`,
      `/users/department-heads`,
    ];
    for (const path of refusedReads) {
      const answer = await get(plumber, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(answer.body)).not.toContain('卫生间');
    }
    const refusedWrites: [string, object][] = [
      [`${defects()}/${theirs.id}/accept`, {}],
      [`${defects()}/${theirs.id}/fix`, {}],
      [`${defects()}/${theirs.id}/dispute`, { reason: 'not_a_defect', note: 'x' }],
      [`${defects()}/${mine.id}/verify`, {}],
      [`${defects()}/${mine.id}/assign`, { contractorCompanyId: windowsCo }],
      [`${defects()}/${mine.id}/cannot-fix`, { explanation: 'x', compensationPlan: 'y' }],
      [defects(), { unitId, source: 'open_day', category: 'quality', trade: 'civil', description: 'x' }],
      [`/projects/${projectId}/complaints`, { unitId, description: 'x' }],
      [`/projects/${projectId}/contractors`, { companyId: plumbingCo }],
    ];
    for (const [path, body] of refusedWrites) {
      const answer = await post(plumber, path, body);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    const photoOnTheirs = await uploadAfterPhoto(plumber, theirs.id);
    expect(photoOnTheirs.status).toBe(404);
    // A company not on the project sees none of it.
    expect((await get(outsider, defects()).expect(404)).body.code).toBe('PROJECT_NOT_FOUND');
    expect((await get(outsider, '/projects').expect(200)).body.items).toEqual([]);
    const projects = (await get(plumber, '/projects').expect(200)).body.items.map((p: { id: string }) => p.id);
    expect(projects).toEqual([projectId]);
    // The developer's side is refused the contractor's own actions (403, not 404: they see the defect).
    const notContractor = await http()
      .post(`${defects()}/${mine.id}/accept`)
      .set(bearer(engineering, null))
      .expect(403);
    expect(notContractor.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    expect(notContractor.body.message).toContain('施工单位');
  });

  it('accepts, refuses "fixed" without an after photo, fixes with one; a failed verification reopens it (counted) and needs a new photo', async () => {
    const defect = await newDefect();
    await post(engineering, `${defects()}/${defect.id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    const accepted = await post(plumber, `${defects()}/${defect.id}/accept`).expect(200);
    expect(accepted.body).toMatchObject({ status: 'assigned', acceptedAt: expect.any(String) });

    // A photo of the defect as found is not proof of the fix.
    await uploadAfterPhoto(engineering, defect.id, '?stage=before').expect(201);
    const noProof = await post(plumber, `${defects()}/${defect.id}/fix`).expect(409);
    expect(noProof.body.code).toBe('DEFECT_FIX_PHOTO_REQUIRED');
    const zh = await http().post(`${defects()}/${defect.id}/fix`).set(bearer(plumber, null)).send({}).expect(409);
    expect(zh.body.message).toContain('整改后照片');

    const photo = await uploadAfterPhoto(plumber, defect.id).expect(201);
    expect(photo.body.stage).toBe('after');
    expect((await post(plumber, `${defects()}/${defect.id}/fix`).expect(200)).body.status).toBe('fixed');
    // Verifying is the developer's: not the contractor's, not a customer-service head's.
    expect((await post(plumber, `${defects()}/${defect.id}/verify`)).status).toBe(404);
    expect((await post(customerService, `${defects()}/${defect.id}/verify`).expect(403)).body.code).toBe(
      'DEFECT_RULING_FORBIDDEN',
    );
    const reopened = await post(engineering, `${defects()}/${defect.id}/reopen`, { reason: '地漏仍反水' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'assigned', reopenCount: 1, reopenReason: '地漏仍反水' });
    // The old photo predates the reopening: a new one is needed.
    expect((await post(plumber, `${defects()}/${defect.id}/fix`).expect(409)).body.code).toBe(
      'DEFECT_FIX_PHOTO_REQUIRED',
    );
    await uploadAfterPhoto(plumber, defect.id).expect(201);
    await post(plumber, `${defects()}/${defect.id}/fix`).expect(200);
    const verified = await post(engineering, `${defects()}/${defect.id}/verify`).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', reopenCount: 1 });

    const audit = await stack.app
      .get(DataSource)
      .query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`, [defect.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'defect.create',
      'defect.assign',
      'defect.accept',
      'defect.photo.add',
      'defect.photo.add',
      'defect.fix',
      'defect.reopen',
      'defect.photo.add',
      'defect.fix',
      'defect.verify',
    ]);
  });

  it('takes a dispute to the engineering head: rejected back to the company, upheld to another company, or dismissed', async () => {
    const rejected = await newDefect();
    await post(engineering, `${defects()}/${rejected.id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    const badReason = await post(plumber, `${defects()}/${rejected.id}/dispute`, { reason: 'too_busy', note: 'x' });
    expect(badReason.status).toBe(400);
    const disputed = await post(plumber, `${defects()}/${rejected.id}/dispute`, {
      reason: 'caused_by_owner',
      note: '业主自行改动了排水管',
    }).expect(200);
    expect(disputed.body).toMatchObject({ status: 'disputed', disputeReason: 'caused_by_owner' });
    expect((await post(plumber, `${defects()}/${rejected.id}/fix`).expect(409)).body.code).toBe(
      'DEFECT_STATUS_TRANSITION',
    );
    const back = await post(engineering, `${defects()}/${rejected.id}/dispute-decision`, {
      outcome: 'rejected',
      note: '现场核实为原施工问题',
    }).expect(200);
    expect(back.body).toMatchObject({ status: 'assigned', contractorCompanyId: plumbingCo });

    const reassigned = await newDefect({ trade: 'windows' });
    await post(engineering, `${defects()}/${reassigned.id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    await post(plumber, `${defects()}/${reassigned.id}/dispute`, { reason: 'not_our_trade', note: '属门窗' }).expect(
      200,
    );
    const same = await post(engineering, `${defects()}/${reassigned.id}/dispute-decision`, {
      outcome: 'upheld',
      contractorCompanyId: plumbingCo,
      note: 'x',
    }).expect(409);
    expect(same.body.code).toBe('DEFECT_DISPUTE_SAME_COMPANY');
    const moved = await post(engineering, `${defects()}/${reassigned.id}/dispute-decision`, {
      outcome: 'upheld',
      contractorCompanyId: windowsCo,
      note: '改派门窗单位',
    }).expect(200);
    expect(moved.body).toMatchObject({ status: 'assigned', contractorCompanyId: windowsCo, acceptedAt: null });
    // It left the plumber's reach and reached the glazier's.
    expect((await get(plumber, `${defects()}/${reassigned.id}`)).status).toBe(404);
    await get(glazier, `${defects()}/${reassigned.id}`).expect(200);

    const dismissed = await newDefect();
    await post(engineering, `${defects()}/${dismissed.id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    await post(plumber, `${defects()}/${dismissed.id}/dispute`, { reason: 'not_a_defect', note: '符合规范' }).expect(
      200,
    );
    expect(
      (
        await post(customerService, `${defects()}/${dismissed.id}/dispute-decision`, {
          outcome: 'upheld',
          note: 'x',
        }).expect(403)
      ).body.code,
    ).toBe('DEFECT_RULING_FORBIDDEN');
    const closed = await post(engineering, `${defects()}/${dismissed.id}/dispute-decision`, {
      outcome: 'upheld',
      note: '经核实符合设计规范',
    }).expect(200);
    expect(closed.body).toMatchObject({ status: 'dismissed', allowedNext: [], closedAt: expect.any(String) });
    const actions = await stack.app
      .get(DataSource)
      .query(`SELECT action FROM audit_log WHERE entity_id = ANY($1) AND action LIKE 'defect.dispute%' ORDER BY id`, [
        [rejected.id, reassigned.id, dismissed.id],
      ]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'defect.dispute',
      'defect.dispute-rejected',
      'defect.dispute',
      'defect.dispute-upheld-reassigned',
      'defect.dispute',
      'defect.dispute-upheld',
    ]);
  });
});
