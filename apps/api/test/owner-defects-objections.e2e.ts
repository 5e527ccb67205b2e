import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnit, launchRequest } from '../../../test/factories';

const png = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#8090a0' } })
    .png()
    .toBuffer();

/** A mainland mobile number no other test file uses. */
const newPhone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

interface OwnerDefect {
  id: string;
  status: string;
  awaitingOwner: boolean;
  source: string;
  reopenCount: number;
  photos: { id: string; url: string; byOwner: boolean; stage: string }[];
}

/**
 * 我的问题 and 异议 in the owner app (issue 17): the owner sees their unit's defects and photos, confirms a reported
 * fix or says it is not fixed (back to the company), reports a new issue before handover, raises objections that
 * customer service handles in its complaints list; every other household's record is 404.
 */
describe('owner defects and objections', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let engineering: TestUser;
  let customerService: TestUser;
  let admin: TestUser;
  let plumber: TestUser;
  let projectId: string;
  let unitId: string;
  let neighbourUnitId: string;
  let ownerToken: string;
  let neighbourToken: string;
  let photoBytes: Buffer;

  const http = () => stack.http();
  const staffPost = (user: TestUser, path: string, body: object = {}) => http().post(path).set(bearer(user)).send(body);
  const asOwner = (token: string, language = 'en') => ({
    Authorization: `Bearer ${token}`,
    'Accept-Language': language,
  });
  const mine = (path = '', unit = unitId) => `/owner/me/units/${unit}${path}`;
  const defects = () => `/projects/${projectId}/defects`;

  const signedIn = (phone: string) => stack.ownerToken(phone);

  /** A defect of `unit` recorded by engineering, assigned to the plumbing company, which proves and reports the fix. */
  const fixedDefect = async (unit = unitId): Promise<string> => {
    const created = await staffPost(engineering, defects(), {
      unitId: unit,
      source: 'open_day',
      category: 'quality',
      trade: 'plumbing',
      description: '卫生间地漏反水',
    }).expect(201);
    const id = created.body.id as string;
    await http()
      .post(`${defects()}/${id}/photos`)
      .set(bearer(engineering))
      .attach('file', photoBytes, { filename: 'found.png', contentType: 'image/png' })
      .expect(201);
    await staffPost(engineering, `${defects()}/${id}/assign`, { contractorCompanyId: plumbingCo }).expect(200);
    await contractorFixes(id);
    return id;
  };
  let plumbingCo: string;
  const contractorFixes = async (id: string) => {
    await http()
      .post(`${defects()}/${id}/photos`)
      .set(bearer(plumber))
      .attach('file', photoBytes, { filename: 'fixed.png', contentType: 'image/png' })
      .expect(201);
    expect((await staffPost(plumber, `${defects()}/${id}/fix`).expect(200)).body.status).toBe('fixed');
  };
  const refuse = (token: string, id: string, withPhoto = true, unit = unitId) => {
    const request = http()
      .post(mine(`/defects/${id}/refuse`, unit))
      .set(asOwner(token))
      .field('reason', '地漏仍然反水');
    return withPhoto
      ? request.attach('photos', photoBytes, { filename: 'still.png', contentType: 'image/png' })
      : request;
  };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    photoBytes = await png();
    lead = await stack.user('project_lead');
    admin = await stack.user('admin');
    engineering = await stack.user('department_head', 'engineering');
    customerService = await stack.user('department_head', 'customer_service');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [engineering.id, customerService.id] }),
    );
    plumbingCo = (
      await staffPost(admin, '/contractor-companies', {
        name: `业主问题给排水-${newPhone()}`,
        kind: 'plumbing',
      }).expect(201)
    ).body.id as string;
    await staffPost(lead, `/projects/${projectId}/contractors`, { companyId: plumbingCo }).expect(200);
    plumber = await stack.contractor(plumbingCo);
    const phone = newPhone();
    const neighbourPhone = newPhone();
    unitId = (await insertUnit(db, { projectId, ownerPhone: phone, ownerName: '业主', room: '801' })).id;
    neighbourUnitId = (await insertUnit(db, { projectId, ownerPhone: neighbourPhone, ownerName: '邻居', room: '802' }))
      .id;
    await stack.forgetLoopbackSignInCounters();
    ownerToken = await signedIn(phone);
    neighbourToken = await signedIn(neighbourPhone);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("lists only the unit's defects with owner-scoped photos; another household's defect, photo and list are 404", async () => {
    const id = await fixedDefect();
    const neighbours = await fixedDefect(neighbourUnitId);
    const list = await http().get(mine('/defects')).set(asOwner(ownerToken)).expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20 });
    const ids = list.body.items.map((d: OwnerDefect) => d.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(neighbours);
    const item = list.body.items.find((d: OwnerDefect) => d.id === id) as OwnerDefect;
    expect(item).toMatchObject({ status: 'fixed', awaitingOwner: true, source: 'open_day' });
    expect(item).not.toHaveProperty('contractorCompanyId');
    expect(item.photos.map((p) => p.stage)).toEqual(['before', 'after']);
    const photo = await http().get(item.photos[0]!.url).set(asOwner(ownerToken)).expect(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');

    // The neighbour: the same paths answer 404 (list of this unit, detail, photo, confirm, refuse).
    await http().get(mine('/defects')).set(asOwner(neighbourToken)).expect(404);
    await http()
      .get(mine(`/defects/${id}`))
      .set(asOwner(neighbourToken))
      .expect(404);
    await http().get(item.photos[0]!.url).set(asOwner(neighbourToken)).expect(404);
    await http()
      .post(mine(`/defects/${id}/confirm`))
      .set(asOwner(neighbourToken))
      .expect(404);
    await refuse(neighbourToken, id).expect(404);
    // …and through their own unit id, a defect or photo of another unit is 404 too.
    await http()
      .get(mine(`/defects/${id}`, neighbourUnitId))
      .set(asOwner(neighbourToken))
      .expect(404);
    await http()
      .get(mine(`/defects/${id}/photos/${item.photos[0]!.id}`, neighbourUnitId))
      .set(asOwner(neighbourToken))
      .expect(404);
    await http()
      .post(mine(`/defects/${id}/confirm`, neighbourUnitId))
      .set(asOwner(neighbourToken))
      .expect(404);
    await refuse(neighbourToken, id, true, neighbourUnitId).expect(404);
    expect(
      (
        await http()
          .get(mine(`/defects/${id}`))
          .set(asOwner(ownerToken))
          .expect(200)
      ).body.status,
    ).toBe('fixed');

    // Staff tokens are not owner sessions.
    for (const path of ['/defects', `/defects/${id}`, `/defects/${id}/photos/${item.photos[0]!.id}`, '/objections'])
      await http().get(mine(path)).set(bearer(lead)).expect(401);
    await http()
      .post(mine(`/defects/${id}/confirm`))
      .set(bearer(lead))
      .expect(401);
    await http().post(mine('/objections')).set(bearer(lead)).send({ subject: 'x', description: 'y' }).expect(401);
  });

  it('confirms a reported fix to verified; refuses one back to the company, which fixes it again, then confirms', async () => {
    const confirmed = await fixedDefect();
    const answer = await http()
      .post(mine(`/defects/${confirmed}/confirm`))
      .set(asOwner(ownerToken))
      .expect(200);
    expect(answer.body).toMatchObject({ id: confirmed, status: 'verified', awaitingOwner: false });
    // Not awaiting the owner any more: 409 with a stable code, in zh-CN by default.
    const again = await http()
      .post(mine(`/defects/${confirmed}/confirm`))
      .set(asOwner(ownerToken, 'zh-CN'))
      .expect(409);
    expect(again.body.code).toBe('OWNER_DEFECT_NOT_AWAITING_OWNER');
    expect(again.body.message).toContain('已整改待确认');
    expect((await refuse(ownerToken, confirmed).expect(409)).body.code).toBe('OWNER_DEFECT_NOT_AWAITING_OWNER');

    const refused = await fixedDefect();
    const noPhoto = await refuse(ownerToken, refused, false).expect(400);
    expect(noPhoto.body.code).toBe('OWNER_DEFECT_REFUSAL_PHOTO_REQUIRED');
    const notAnImage = await http()
      .post(mine(`/defects/${refused}/refuse`))
      .set(asOwner(ownerToken))
      .field('reason', '仍漏水')
      .attach('photos', Buffer.from('<html>not a photo</html>'), { filename: 'x.png', contentType: 'image/png' })
      .expect(400);
    expect(notAnImage.body.code).toBe('PHOTO_NOT_AN_IMAGE');
    const back = await refuse(ownerToken, refused).expect(200);
    expect(back.body).toMatchObject({ status: 'assigned', reopenCount: 1, awaitingOwner: false });
    expect(back.body.photos.filter((p: { byOwner: boolean }) => p.byOwner)).toHaveLength(1);
    // The company sees it reopened with the owner's reason, and its deadline's escalation follows the record again.
    const staffView = await http().get(`${defects()}/${refused}`).set(bearer(plumber)).expect(200);
    expect(staffView.body).toMatchObject({ status: 'assigned', reopenReason: '地漏仍然反水', reopenCount: 1 });
    await expect(
      http()
        .get(`${defects()}/${refused}/photos`)
        .set(bearer(engineering))
        .expect(200)
        .then((r) => r.body.map((p: { uploadedBy: string | null }) => p.uploadedBy)),
    ).resolves.toContain(null);
    await contractorFixes(refused);
    const done = await http()
      .post(mine(`/defects/${refused}/confirm`))
      .set(asOwner(ownerToken))
      .expect(200);
    expect(done.body).toMatchObject({ status: 'verified', reopenCount: 1 });

    const audit = (await db.query(
      `SELECT action, actor_role, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [refused],
    )) as { action: string; actor_role: string }[];
    const ownerRows = audit.filter((row) => row.actor_role === 'owner').map((row) => row.action);
    // The photo rows are written inside the refusal's transaction, before its own entry.
    expect(ownerRows).toEqual(['defect.photo.add', 'defect.owner-refuse', 'defect.owner-confirm']);
  });

  it('reports a new issue before handover to customer service; after handover it is refused', async () => {
    const reported = await http()
      .post(mine('/defects'))
      .set(asOwner(ownerToken))
      .field('description', '主卧窗户关不严')
      .attach('photos', photoBytes, { filename: 'window.png', contentType: 'image/png' })
      .expect(201);
    expect(reported.body).toMatchObject({ source: 'owner_report', status: 'open', description: '主卧窗户关不严' });
    expect(reported.body.photos).toHaveLength(1);
    // Customer service sees it among the project's defects.
    const desk = await http().get(`${defects()}?source=owner_report&unitId=${unitId}`).set(bearer(customerService));
    expect(desk.status).toBe(200);
    expect(desk.body.items.map((d: { id: string }) => d.id)).toContain(reported.body.id);
    const staffDefect = desk.body.items.find((d: { id: string }) => d.id === reported.body.id);
    expect(staffDefect.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await db.query(`UPDATE units SET handover_state = 'handed_over' WHERE id = $1`, [unitId]);
    try {
      const late = await http()
        .post(mine('/defects'))
        .set(asOwner(ownerToken, 'zh-CN'))
        .field('description', '厨房水龙头漏水')
        .expect(409);
      expect(late.body.code).toBe('OWNER_ISSUE_AFTER_HANDOVER');
      expect(late.body.message).toContain('报修');
    } finally {
      await db.query(`UPDATE units SET handover_state = 'not_started' WHERE id = $1`, [unitId]);
    }
  });

  it("raises an objection the desk's complaints list shows with its reply time; the owner reads the reply", async () => {
    await http().post(mine('/objections')).set(asOwner(ownerToken)).send({ subject: '', description: 'x' }).expect(400);
    const raised = await http()
      .post(mine('/objections'))
      .set(asOwner(ownerToken))
      .send({ subject: '客厅地面空鼓', description: '交付前验房发现客厅地面多处空鼓' })
      .expect(201);
    expect(raised.body).toMatchObject({ status: 'received', replyDeadline: null, replyContent: null });
    const id = raised.body.id as string;

    const staffList = await http()
      .get(`/projects/${projectId}/complaints?unitId=${unitId}`)
      .set(bearer(customerService));
    expect(staffList.status).toBe(200);
    expect(staffList.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const step = (path: string, body: object) =>
      staffPost(customerService, `/projects/${projectId}/complaints/${id}/${path}`, body).expect(200);
    const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await step('accept', { replyDeadline: deadline });
    const seen = await http().get(mine('/objections')).set(asOwner(ownerToken)).expect(200);
    expect(seen.body.items.find((o: { id: string }) => o.id === id)).toMatchObject({
      status: 'accepted',
      replyDeadline: deadline,
      replyContent: null,
    });
    await step('investigate', { facts: '现场核实空鼓三处' });
    await step('determine-responsibility', { responsibleParty: '总包', responsibility: '施工质量' });
    await step('reply', { content: '已安排总包于本周内返修' });
    const answered = await http().get(mine('/objections')).set(asOwner(ownerToken)).expect(200);
    expect(answered.body.items.find((o: { id: string }) => o.id === id)).toMatchObject({
      status: 'replied',
      replyContent: '已安排总包于本周内返修',
      repliedAt: expect.any(String),
    });

    // The neighbour neither sees it nor reaches this unit's objections.
    await http().get(mine('/objections')).set(asOwner(neighbourToken)).expect(404);
    await http()
      .post(mine('/objections'))
      .set(asOwner(neighbourToken))
      .send({ subject: 'a', description: 'b' })
      .expect(404);
    const theirs = await http().get(mine('/objections', neighbourUnitId)).set(asOwner(neighbourToken)).expect(200);
    expect(theirs.body.items.map((o: { id: string }) => o.id)).not.toContain(id);
    const audit = (await db.query(`SELECT action, actor_role FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      id,
    ])) as {
      action: string;
      actor_role: string;
    }[];
    expect(audit[0]).toEqual({ action: 'complaint.owner-raise', actor_role: 'owner' });
  });
});
