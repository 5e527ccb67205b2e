import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

/** A real 1×1 PNG: photos are decoded on upload (the hand-written one this replaced had a broken IDAT chunk). */
const png = () =>
  sharp({ create: { width: 1, height: 1, channels: 4, background: '#ffffff80' } })
    .png()
    .toBuffer();

describe('defects (问题项): lifecycle, photos, per-household summary', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let design: TestUser;
  let projectId: string;
  let unitIds: string[];

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    design = await stack.user('department_head', 'design');
    const launched = await stack
      .http()
      .post('/projects')
      .set(bearer(lead))
      .send(launchRequest({ departmentHeadIds: [engineering.id, design.id] }))
      .expect(201);
    projectId = launched.body.id;
    const units = await insertUnits(stack.app.get(DataSource), 2, { projectId, building: '3' }, (index) => ({
      room: String(101 + index),
    }));
    unitIds = units.map((unit) => unit.id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const create = (body: object, user: TestUser = engineering) =>
    stack.http().post(`/projects/${projectId}/defects`).set(bearer(user)).send(body);
  const step = (id: string, path: string, body: object = {}, user: TestUser = engineering) =>
    stack.http().post(`/projects/${projectId}/defects/${id}/${path}`).set(bearer(user)).send(body);
  const defect = (overrides: object = {}) => ({
    unitId: unitIds[0],
    source: 'open_day',
    category: 'quality',
    trade: 'civil',
    description: '客厅墙面空鼓',
    ...overrides,
  });

  it('runs open → assigned → fixed → verified and refuses an illegal transition with 409 naming the allowed states', async () => {
    await create(defect(), design).expect(403);
    await create(defect({ publicArea: '3# 大堂' })).expect(400);
    const created = (await create(defect({ deadline: '2099-01-31' })).expect(201)).body;
    expect(created).toMatchObject({ status: 'open', allowedNext: ['assigned', 'fixed', 'cannot_fix'] });

    const illegal = await step(created.id, 'verify').expect(409);
    expect(illegal.body.message).toBe(
      `Defect ${created.id} is open and cannot become verified; allowed next: assigned, fixed, cannot_fix.`,
    );
    await step(created.id, 'assign', { responsibleParty: '总包-泥工班', deadline: '2099-02-15' }).expect(200);
    await stack.uploadFixPhoto(engineering, projectId, created.id);
    await step(created.id, 'fix').expect(200);
    const verified = await step(created.id, 'verify').expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', allowedNext: [] });
    expect((await step(created.id, 'assign', { responsibleParty: 'x' }).expect(409)).body.message).toContain(
      'it is closed',
    );

    const audit = await stack.app
      .get(DataSource)
      .query(`SELECT action, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'defect.create',
      'defect.assign',
      'defect.photo.add',
      'defect.fix',
      'defect.verify',
    ]);
    expect(JSON.stringify(audit)).not.toContain('业主甲');
  });

  it('needs an explanation and a compensation plan to close as cannot fix (400), and a reply to the owner for a non-quality item (409)', async () => {
    const created = (
      await create(defect({ category: 'non_quality', trade: 'landscape', description: '窗外景观与宣传不符' })).expect(
        201,
      )
    ).body;
    const missing = await step(created.id, 'cannot-fix', { explanation: '规划已定' }).expect(400);
    expect(missing.body.message).toContain('compensationPlan is required when a defect cannot be fixed');
    const noReply = await step(created.id, 'cannot-fix', {
      explanation: '规划已定',
      compensationPlan: '赠送绿植',
    }).expect(409);
    expect(noReply.body.message).toContain('reply to the owner first');
    await step(created.id, 'reply-to-owner', { reply: '已向业主说明规划情况' }).expect(200);
    const closed = await step(created.id, 'cannot-fix', {
      explanation: '规划已定',
      compensationPlan: '赠送绿植',
    }).expect(200);
    expect(closed.body).toMatchObject({ status: 'cannot_fix', explanation: '规划已定' });
  });

  it('accepts a real PNG photo and refuses a PDF or a disguised file with 400 PHOTO_NOT_AN_IMAGE (more in photos.e2e.ts)', async () => {
    const created = (await create(defect({ unitId: unitIds[1] })).expect(201)).body;
    const upload = (bytes: Buffer, filename: string, contentType: string) =>
      stack
        .http()
        .post(`/projects/${projectId}/defects/${created.id}/photos`)
        .set(bearer(engineering))
        .attach('file', bytes, { filename, contentType });
    const wrongType = await upload(Buffer.from('%PDF-1.7 report'), 'report.pdf', 'application/pdf').expect(400);
    expect(wrongType.body.code).toBe('PHOTO_NOT_AN_IMAGE');
    const disguised = await upload(Buffer.from('not really an image'), 'fake.png', 'image/png').expect(400);
    expect(disguised.body.code).toBe('PHOTO_NOT_AN_IMAGE');

    const photo = await upload(await png(), 'wall.png', 'image/png').expect(201);
    expect(photo.body).toMatchObject({ contentType: 'image/png', sizeBytes: expect.any(Number) });
    const list = await stack
      .http()
      .get(`/projects/${projectId}/defects/${created.id}/photos`)
      .set(bearer(design))
      .expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([photo.body.id]);
    const content = await stack
      .http()
      .get(`/projects/${projectId}/defects/${created.id}/photos/${photo.body.id}`)
      .set(bearer(design))
      .buffer(true)
      .expect(200);
    expect(content.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-length': String(photo.body.sizeBytes),
    });
  });

  it('summarises the open-day defects per household and holds the rectification gate until the in-unit quality defects are closed or deferred', async () => {
    const summary = await stack
      .http()
      .get(`/projects/${projectId}/defects/summary-by-unit`)
      .query({ source: 'open_day' })
      .set(bearer(lead))
      .expect(200);
    expect(summary.body.total).toBe(2);
    expect(summary.body.items[0]).toMatchObject({
      room: '101',
      total: 2,
      verified: 1,
      cannotFix: 1,
      quality: 1,
      nonQuality: 1,
      awaitingOwnerReply: 0,
    });
    expect(summary.body.items[1]).toMatchObject({ room: '102', total: 1, open: 1, quality: 1 });

    const gate = await stack
      .http()
      .post(`/projects/${projectId}/milestones/rectification/approve`)
      .set(bearer(engineering))
      .send({})
      .expect(409);
    expect(gate.body.message).toMatch(/^1 in-unit quality defect is still open \(open: 1\)/);
    const [open] = (
      await stack.http().get(`/projects/${projectId}/defects`).query({ status: 'open' }).set(bearer(lead)).expect(200)
    ).body.items;
    await step(open.id, 'defer', { until: '2099-03-31' }).expect(400);
    await step(open.id, 'defer', { until: '2099-03-31', reason: '待材料到货' }).expect(200);
    const after = await stack
      .http()
      .post(`/projects/${projectId}/milestones/rectification/approve`)
      .set(bearer(engineering))
      .send({});
    expect(String(after.body.message ?? '')).not.toContain('in-unit quality');
  });

  it('lists defects with their unit address and photo count, filtered by building through the API', async () => {
    const publicArea = (
      await create({
        publicArea: '3# 大堂',
        source: 'unit_inspection',
        category: 'quality',
        trade: 'civil',
        description: '大堂吊顶裂缝',
      }).expect(201)
    ).body;
    const inBuilding = await stack
      .http()
      .get(`/projects/${projectId}/defects`)
      .query({ building: '3', pageSize: 50 })
      .set(bearer(design))
      .expect(200);
    expect(inBuilding.body.total).toBe(3);
    expect(inBuilding.body.items.map((d: { id: string }) => d.id)).not.toContain(publicArea.id);
    const withPhoto = inBuilding.body.items.find((d: { unitId: string }) => d.unitId === unitIds[1]);
    expect(withPhoto).toMatchObject({ unit: { building: '3', unitNo: '1', room: '102' }, photoCount: 1 });
    const all = await stack
      .http()
      .get(`/projects/${projectId}/defects`)
      .query({ pageSize: 50 })
      .set(bearer(design))
      .expect(200);
    expect(all.body.items.find((d: { id: string }) => d.id === publicArea.id)).toMatchObject({
      unit: null,
      photoCount: 0,
    });
    const none = await stack
      .http()
      .get(`/projects/${projectId}/defects`)
      .query({ building: '9' })
      .set(bearer(design))
      .expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
  });
});
