import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest, UNIT_CSV_HEADER, unitCsv } from '../../../test/factories';

describe('units: CSV import of the unit list, lists and details', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let hq: TestUser;
  let engineering: TestUser;
  let projectId: string;

  const launch = async (user: TestUser, extra: Record<string, unknown> = {}) =>
    (await stack.http().post('/projects').set(bearer(user)).send(launchRequest(extra)).expect(201)).body.id as string;
  const importCsv = (user: TestUser, project: string, csv: string) =>
    stack.http().post(`/projects/${project}/units/import`).set(bearer(user)).set('Content-Type', 'text/csv').send(csv);
  const unitCount = async (project: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM units WHERE project_id = $1`, [project]))[0].n as number;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await launch(lead, { departmentHeadIds: [engineering.id] });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a file with bad rows with a per-row report and imports nothing', async () => {
    const csv = unitCsv(20, {
      edit: (index, row) => {
        if (index === 3) row.ownerPhone = '12345';
        if (index === 7) row.contractedArea = '0';
        if (index === 8) [row.surveyedArea, row.pricePerSqm] = ['88.123', ''];
        if (index === 12) row.room = '101'; // same room as row 2
      },
    });
    const response = await importCsv(lead, projectId, csv).expect(400);
    expect(response.body.message).toBe(
      'Nothing was imported: the file has 5 problems in 4 rows. Fix them and upload the whole file again.',
    );
    expect(response.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [5, 'ownerPhone'],
      [9, 'contractedArea'],
      [10, 'surveyedArea'],
      [10, 'pricePerSqm'],
      [14, 'room'],
    ]);
    expect(response.body.errors[4].problem).toBe('Unit 1#-1-101 is listed twice: it is already on row 2.');
    expect(await unitCount(projectId)).toBe(0);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action = 'units.import'`,
      [projectId],
    );
    expect(audit[0].n).toBe(0);
  });

  it('imports a good 200-row file in one go, stores exact integers, audits the count only', async () => {
    const response = await importCsv(lead, projectId, unitCsv(200)).expect(201);
    expect(response.body).toEqual({ imported: 200 });
    expect(await unitCount(projectId)).toBe(200);
    const [stored] = await db.query(
      `SELECT contracted_area_centi, surveyed_area_centi, price_fen_per_sqm, fit_out, handover_state FROM units WHERE project_id = $1 AND building = '1#' AND room = '101'`,
      [projectId],
    );
    expect(stored).toEqual({
      contracted_area_centi: 8957,
      surveyed_area_centi: 8912,
      price_fen_per_sqm: '2500050',
      fit_out: 'fitted',
      handover_state: 'not_started',
    });

    const audit = await db.query(
      `SELECT actor_id AS "actorId", entity_id AS "entityId", after FROM audit_log WHERE project_id = $1 AND action = 'units.import'`,
      [projectId],
    );
    expect(audit).toEqual([{ actorId: lead.id, entityId: projectId, after: { count: 200 } }]);
  });

  it('refuses units that already exist in the project, naming them', async () => {
    const response = await importCsv(lead, projectId, unitCsv(2)).expect(400);
    expect(response.body.errors).toEqual([
      {
        row: 2,
        column: 'room',
        code: 'UNIT_CSV_UNIT_EXISTS',
        params: { unit: '1#-1-101' },
        problem: 'Unit 1#-1-101 already exists in this project.',
      },
      {
        row: 3,
        column: 'room',
        code: 'UNIT_CSV_UNIT_EXISTS',
        params: { unit: '1#-1-102' },
        problem: 'Unit 1#-1-102 already exists in this project.',
      },
    ]);
    expect(await unitCount(projectId)).toBe(200);
  });

  it('lists units with the owner phone masked, paginated and filtered; the detail has the full record', async () => {
    const page = await stack
      .http()
      .get(`/projects/${projectId}/units`)
      .query({ building: '2#', pageSize: 10, page: 2 })
      .set(bearer(engineering))
      .expect(200);
    expect(page.body.total).toBe(100);
    expect(page.body.items).toHaveLength(10);
    const first = page.body.items[0];
    expect(first).toMatchObject({
      building: '2#',
      unit: '1',
      room: '111',
      ownerPhoneMasked: '139****0110',
      fitOut: 'fitted',
      handoverState: 'not_started',
    });
    expect(first.ownerPhone).toBeUndefined();
    expect(JSON.stringify(page.body)).not.toMatch(/139\d{8}/);

    const filtered = await stack
      .http()
      .get(`/projects/${projectId}/units`)
      .query({ handoverState: 'handed_over' })
      .set(bearer(lead))
      .expect(200);
    expect(filtered.body.total).toBe(0);
    await stack
      .http()
      .get(`/projects/${projectId}/units`)
      .query({ handoverState: 'done' })
      .set(bearer(lead))
      .expect(400);

    const detail = await stack
      .http()
      .get(`/projects/${projectId}/units/${first.id}`)
      .set(bearer(engineering))
      .expect(200);
    expect(detail.body).toMatchObject({
      id: first.id,
      ownerPhone: '13900000110',
      contractedAreaCenti: 8957,
      contractedArea: '89.57',
      priceFenPerSqm: 2500050,
      pricePerSqm: '25,000.50',
    });
    await stack
      .http()
      .get(`/projects/${projectId}/units/00000000-0000-4000-8000-000000000000`)
      .set(bearer(lead))
      .expect(404);
  });

  it('answers the unit grid in one compact request: every unit with floor and state, no owner data, in scope only', async () => {
    const project = await launch(lead, { departmentHeadIds: [engineering.id] });
    const csv = unitCsv([
      { building: '2#', unit: '1', room: '1201' },
      { building: '1#', unit: '2', room: '302' },
      { building: '1#', unit: '1', room: '101' },
      { building: '1#', unit: '1', room: '商铺A' },
    ]);
    await importCsv(lead, project, csv).expect(201);
    await db.query(`UPDATE units SET handover_state = 'refused' WHERE project_id = $1 AND room = '1201'`, [project]);

    const grid = await stack.http().get(`/projects/${project}/units/grid`).set(bearer(engineering)).expect(200);
    expect(grid.body.units.map((u: Record<string, unknown>) => ({ ...u, id: typeof u.id }))).toEqual([
      { id: 'string', building: '1#', unit: '1', room: '101', floor: 1, state: 'not_started' },
      { id: 'string', building: '1#', unit: '1', room: '商铺A', floor: null, state: 'not_started' },
      { id: 'string', building: '1#', unit: '2', room: '302', floor: 3, state: 'not_started' },
      { id: 'string', building: '2#', unit: '1', room: '1201', floor: 12, state: 'refused' },
    ]);
    expect(JSON.stringify(grid.body)).not.toMatch(/业主|139\d{8}/);
    expect(grid.headers['content-type']).toBe('application/json; charset=utf-8');

    // readers asking at once share a read, yet each sees the state as it stood when it asked
    await db.query(`UPDATE units SET handover_state = 'checked_in' WHERE project_id = $1 AND room = '302'`, [project]);
    const together = await Promise.all(
      Array.from({ length: 8 }, () =>
        stack.http().get(`/projects/${project}/units/grid`).set(bearer(lead)).expect(200),
      ),
    );
    for (const answer of together)
      expect(answer.body.units.find((u: { room: string }) => u.room === '302').state).toBe('checked_in');

    const otherLead = await stack.user('project_lead');
    await stack.http().get(`/projects/${project}/units/grid`).set(bearer(otherLead)).expect(404);
    await stack.http().get(`/projects/not-a-uuid/units/grid`).set(bearer(lead)).expect(400);
    await stack.http().get(`/projects/${project}/units/grid`).expect(401);

    const docs = await stack.http().get('/docs-json').expect(200);
    expect(
      docs.body.paths['/projects/{id}/units/grid'].get.responses['200'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/UnitGridDto',
    });
  });

  it('finds a unit at the handover desk by address, owner name or the end of the phone number', async () => {
    const search = async (text: string) =>
      (await stack.http().get(`/projects/${projectId}/units`).query({ search: text }).set(bearer(lead)).expect(200))
        .body as { total: number; items: { building: string; room: string; ownerName: string }[] };
    const byAddress = await search('2#-1-150');
    expect(byAddress.items.map((u) => `${u.building}-${u.room}`)).toEqual(['2#-150']);
    expect((await search('业主199')).items.map((u) => u.ownerName)).toEqual(['业主199']);
    expect((await search('00000137')).items.map((u) => u.ownerName)).toEqual(['业主137']);
    expect((await search('%')).total).toBe(0);
  });

  it('lets HQ import, refuses department heads with 403 and hides other projects with 404', async () => {
    const forbidden = await importCsv(engineering, projectId, unitCsv(1)).expect(403);
    expect(forbidden.body.message).toBe(
      'This action needs one of the roles: project_lead, hq, admin; you are department_head.',
    );
    const otherLead = await stack.user('project_lead');
    await importCsv(otherLead, projectId, unitCsv(1)).expect(404);
    await stack.http().get(`/projects/${projectId}/units`).set(bearer(otherLead)).expect(404);
    const stranger = await stack.user('department_head', 'engineering');
    await stack.http().get(`/projects/${projectId}/units`).set(bearer(stranger)).expect(404);

    const hqProject = await launch(hq, { leadUserId: lead.id });
    await importCsv(hq, hqProject, unitCsv(3)).expect(201);
    expect(await unitCount(hqProject)).toBe(3);
  });

  it('asks for a CSV body when the request is not text/csv', async () => {
    const response = await stack
      .http()
      .post(`/projects/${projectId}/units/import`)
      .set(bearer(lead))
      .send({ rows: [] })
      .expect(415);
    expect(response.body.message).toBe('Send the unit list as the request body with Content-Type: text/csv.');
    const tooLarge = await importCsv(lead, projectId, `${UNIT_CSV_HEADER}\n${'x'.repeat(11 * 1024 * 1024)}`).expect(
      413,
    );
    expect(tooLarge.body.message).toBe('The CSV file is larger than 10 MB; split it into several imports.');
    expect(await unitCount(projectId)).toBe(200);
  });

  it('documents the import as a text/csv body in OpenAPI', async () => {
    const docs = await stack.http().get('/docs-json').expect(200);
    const operation = docs.body.paths['/projects/{id}/units/import'].post;
    expect(Object.keys(operation.requestBody.content)).toEqual(['text/csv']);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400']));
  });

  it('imports 3,000 rows in well under 5 seconds', async () => {
    const project = await launch(lead);
    const started = Date.now();
    await importCsv(lead, project, unitCsv(3000)).expect(201);
    const elapsed = Date.now() - started;
    expect(await unitCount(project)).toBe(3000);
    expect(elapsed).toBeLessThan(5000);
    process.stdout.write(`[units.e2e] imported 3000 rows in ${elapsed} ms\n`);
  });
});
