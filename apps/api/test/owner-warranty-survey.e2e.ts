import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertHandoverEvent, insertProject, insertUnit, launchRequest } from '../../../test/factories';

const DAY = 86_400_000;
const newPhone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const ahead = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** Owners' warranty requests (报修) and survey answers from the phone app (issue 17). */
describe('owner warranty requests and survey', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let customerService: TestUser;
  let projectId: string;

  const http = () => stack.http();
  const asOwner = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' });
  const base = (unitId: string) => `/owner/me/units/${unitId}`;

  const signedIn = (phone: string) => stack.ownerToken(phone);

  /** A household with its own phone, handed over `daysAgo` days ago (or not at all), signed in. */
  const household = async (daysAgo: number | null) => {
    const phone = newPhone();
    const unit = await insertUnit(db, {
      projectId,
      ownerPhone: phone,
      ownerName: '业主',
      room: String(randomInt(1e6)),
    });
    if (daysAgo !== null)
      await insertHandoverEvent(db, {
        projectId,
        unitId: unit.id,
        step: 'handed_over',
        at: new Date(Date.now() - daysAgo * DAY),
      });
    return { unitId: unit.id, token: await signedIn(phone) };
  };

  const jpeg = () =>
    sharp({ create: { width: 16, height: 12, channels: 3, background: '#c04020' } })
      .jpeg()
      .toBuffer();

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    customerService = await stack.user('department_head', 'customer_service');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id] }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a request before handover with 409, and a staff token on /owner with 401', async () => {
    const { unitId, token } = await household(null);
    const before = await http()
      .post(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .send({ component: 'electrical', description: '插座不通电' })
      .expect(409);
    expect(before.body.code).toBe('WARRANTY_REQUEST_NOT_HANDED_OVER');
    const overview = await http()
      .get(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .expect(200);
    expect(overview.body).toMatchObject({ handedOver: false, components: [], items: [] });
    await http()
      .get(`${base(unitId)}/warranty-requests`)
      .set(bearer(customerService))
      .expect(401);
    await http()
      .get(`${base(unitId)}/survey`)
      .set(bearer(lead))
      .expect(401);
  });

  it('creates requests with a photo, in and out of their period, owner-scoped, seen by staff unchanged', async () => {
    // handed over three years ago: roof waterproofing (5 years) is in its period, electrical (2 years) is not
    const { unitId, token } = await household(3 * 365);
    const roof = await http()
      .post(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .send({ component: 'roof_waterproofing', description: '顶楼卧室天花板渗水' })
      .expect(201);
    expect(roof.body).toMatchObject({ component: 'roof_waterproofing', status: 'reported', inWarranty: true });
    const electrical = await http()
      .post(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .send({ component: 'electrical', description: '客厅插座不通电' })
      .expect(201);
    expect(electrical.body.inWarranty).toBe(false);
    await http()
      .post(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .send({ component: 'roof', description: 'x' })
      .expect(400);
    await http()
      .post(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .send({ component: 'electrical', description: 'x', extra: 1 })
      .expect(400);

    const photo = await http()
      .post(`${base(unitId)}/warranty-requests/${roof.body.id}/photos`)
      .set(asOwner(token))
      .attach('file', await jpeg(), { filename: 'leak.jpg', contentType: 'image/jpeg' })
      .expect(201);
    expect(photo.body).toMatchObject({ contentType: 'image/jpeg', width: 16, height: 12 });
    const notImage = await http()
      .post(`${base(unitId)}/warranty-requests/${roof.body.id}/photos`)
      .set(asOwner(token))
      .attach('file', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), {
        filename: 'x.jpg',
        contentType: 'image/jpeg',
      })
      .expect(400);
    expect(notImage.body.code).toBe('PHOTO_NOT_AN_IMAGE');
    const bytes = await http().get(photo.body.url).set(asOwner(token)).expect(200);
    expect(bytes.headers['content-type']).toBe('image/jpeg');
    expect(bytes.headers['x-content-type-options']).toBe('nosniff');

    const overview = await http()
      .get(`${base(unitId)}/warranty-requests`)
      .set(asOwner(token))
      .expect(200);
    expect(overview.body.handedOver).toBe(true);
    const byComponent = Object.fromEntries(
      (overview.body.components as { component: string; inWarranty: boolean }[]).map((c) => [c.component, c]),
    );
    expect(byComponent.roof_waterproofing!.inWarranty).toBe(true);
    expect(byComponent.electrical!.inWarranty).toBe(false);
    expect(overview.body.items).toHaveLength(2);
    expect(overview.body.items.find((item: { id: string }) => item.id === roof.body.id).photos).toHaveLength(1);

    // another household: the request, its photo and its unit are not found
    const other = await household(30);
    await http()
      .get(`${base(unitId)}/warranty-requests`)
      .set(asOwner(other.token))
      .expect(404);
    await http()
      .get(`${base(other.unitId)}/warranty-requests/${roof.body.id}/photos/${photo.body.id}`)
      .set(asOwner(other.token))
      .expect(404);
    await http()
      .post(`${base(other.unitId)}/warranty-requests/${roof.body.id}/rating`)
      .set(asOwner(other.token))
      .send({ rating: 5 })
      .expect(404);
    await http().get(photo.body.url).expect(401);

    // staff see the owner's request in the existing warranty list, as an owner call
    const staffList = await http()
      .get(`/projects/${projectId}/warranty-tickets?unitId=${unitId}`)
      .set(bearer(customerService))
      .expect(200);
    expect(staffList.body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      [roof.body.id, electrical.body.id].sort(),
    );
    expect(staffList.body.items[0].source).toBe('owner_call');

    const audit = (await db.query(
      `SELECT actor_id, actor_role, action FROM audit_log WHERE entity_id = $1 ORDER BY at, id`,
      [roof.body.id],
    )) as { actor_id: string | null; actor_role: string; action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['warranty_ticket.created', 'warranty_ticket.photo.add']);
    expect(audit.every((row) => row.actor_role === 'owner')).toBe(true);
  });

  it('books the visit: the owner proposes windows and accepts the time customer service arranged; rates once when done', async () => {
    const { unitId, token } = await household(30);
    const request = (
      await http()
        .post(`${base(unitId)}/warranty-requests`)
        .set(asOwner(token))
        .send({ component: 'water_drainage_pipes', description: '厨房下水管渗漏' })
        .expect(201)
    ).body as { id: string };
    const path = `${base(unitId)}/warranty-requests/${request.id}`;

    const early = await http().post(`${path}/rating`).set(asOwner(token)).send({ rating: 4 }).expect(409);
    expect(early.body.code).toBe('WARRANTY_REQUEST_NOT_REPAIRED');

    await http()
      .post(`${path}/visit-windows`)
      .set(asOwner(token))
      .send({ startsAt: ahead(-2), endsAt: ahead(1) })
      .expect(400);
    await http()
      .post(`${path}/visit-windows`)
      .set(asOwner(token))
      .send({ startsAt: ahead(30), endsAt: ahead(29) })
      .expect(400);
    const proposed = await http()
      .post(`${path}/visit-windows`)
      .set(asOwner(token))
      .send({ startsAt: ahead(24), endsAt: ahead(27) })
      .expect(201);
    expect(proposed.body.proposedWindows).toHaveLength(1);

    // staff see the owner's windows with the ticket's visits (业主希望上门时间), the earliest first, a past one too
    const pastWindow = { startsAt: ahead(-30), endsAt: ahead(-28), proposedAt: ahead(-48) };
    const [past] = (await db.query(
      `INSERT INTO warranty_visit_windows (project_id, ticket_id, starts_at, ends_at, created_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [projectId, request.id, pastWindow.startsAt, pastWindow.endsAt, pastWindow.proposedAt],
    )) as { id: string }[];
    const staffVisits = await http()
      .get(`/projects/${projectId}/warranty-tickets/${request.id}/visits`)
      .set(bearer(customerService))
      .expect(200);
    expect(staffVisits.body.items).toEqual([]);
    expect(staffVisits.body.ownerProposedWindows).toEqual([
      { id: past!.id, ...pastWindow },
      {
        id: proposed.body.proposedWindows[0].id,
        startsAt: proposed.body.proposedWindows[0].startsAt,
        endsAt: proposed.body.proposedWindows[0].endsAt,
        proposedAt: proposed.body.proposedWindows[0].createdAt,
      },
    ]);
    // another project's staff: the ticket is not found under their project, nor is this project
    const otherLead = await stack.user('project_lead');
    const otherProject = await insertProject(db, { leadUserId: otherLead.id });
    const notTheirs = await http()
      .get(`/projects/${otherProject.id}/warranty-tickets/${request.id}/visits`)
      .set(bearer(otherLead))
      .expect(404);
    expect(notTheirs.body.code).toBe('WARRANTY_TICKET_NOT_FOUND');
    const notTheirProject = await http()
      .get(`/projects/${projectId}/warranty-tickets/${request.id}/visits`)
      .set(bearer(otherLead))
      .expect(404);
    expect(notTheirProject.body.code).toBe('PROJECT_NOT_FOUND');

    // customer service books the visit in the owner's window through the existing visit flow
    const visit = (
      await http()
        .post(`/projects/${projectId}/warranty-tickets/${request.id}/visits`)
        .set(bearer(customerService))
        .send({ startsAt: ahead(24), endsAt: ahead(26), technician: '王师傅', ownerLeavesKey: false })
        .expect(201)
    ).body as { id: string };
    const accepted = await http().post(`${path}/visits/${visit.id}/accept`).set(asOwner(token)).expect(200);
    expect(accepted.body.visits).toEqual([
      expect.objectContaining({ id: visit.id, status: 'scheduled', ownerAcceptedAt: expect.any(String) }),
    ]);
    expect(accepted.body.status).toBe('visit_booked');

    await http()
      .post(`/projects/${projectId}/warranty-tickets/${request.id}/visits/${visit.id}/done`)
      .set(bearer(customerService))
      .send({ note: '更换止水阀' })
      .expect(200);
    const done = await http().post(`${path}/visits/${visit.id}/accept`).set(asOwner(token)).expect(409);
    expect(done.body.code).toBe('WARRANTY_VISIT_NOT_PROPOSED');
    await http().post(`${path}/rating`).set(asOwner(token)).send({ rating: 6 }).expect(400);
    await http().post(`${path}/rating`).set(asOwner(token)).send({ rating: 0 }).expect(400);
    const rated = await http()
      .post(`${path}/rating`)
      .set(asOwner(token))
      .send({ rating: 4, comment: '师傅很准时' })
      .expect(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: 4, ratingComment: '师傅很准时', mayRate: false });
    const again = await http().post(`${path}/rating`).set(asOwner(token)).send({ rating: 5 }).expect(409);
    expect(again.body.code).toBe('WARRANTY_REQUEST_ALREADY_RATED');
    const staffView = await http()
      .get(`/projects/${projectId}/warranty-tickets/${request.id}`)
      .set(bearer(customerService))
      .expect(200);
    expect(staffView.body).toMatchObject({ status: 'closed', rating: 4 });
  });

  describe('survey', () => {
    let dimensionIds: string[];
    const analysis = async () =>
      (await http().get(`/projects/${projectId}/survey/analysis`).set(bearer(lead)).expect(200)).body as {
        responses: number;
        dimensions: { dimensionId: string; responses: number; meanExperience: string | null }[];
      };
    const answers = (experience: number) =>
      dimensionIds.map((dimensionId) => ({ dimensionId, importance: 8, expectation: 7, experience }));

    beforeAll(async () => {
      const listed = await http()
        .post(`/projects/${projectId}/survey/dimensions`)
        .set(bearer(lead))
        .send({ names: ['交付流程', '房屋质量'] })
        .expect(201);
      dimensionIds = (listed.body.items as { id: string }[]).map((item) => item.id);
    });

    it('shows the dimensions, takes one answer per household that counts like a desk response, 409 after', async () => {
      const { unitId, token } = await household(10);
      const empty = await http()
        .get(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .expect(200);
      expect(empty.body).toMatchObject({ scale: { min: 1, max: 10 }, response: null });
      expect(empty.body.dimensions.map((d: { id: string }) => d.id)).toEqual(dimensionIds);

      const before = await analysis();
      await http()
        .post(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .send({ answers: answers(11) })
        .expect(400);
      await http()
        .post(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .send({ answers: answers(5).slice(0, 1) })
        .expect(400);
      await http()
        .post(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .send({ answers: answers(5), unitId })
        .expect(400);
      const created = await http()
        .post(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .send({ answers: answers(5) })
        .expect(201);
      expect(created.body.byOwner).toBe(true);
      const after = await analysis();
      expect(after.responses).toBe(before.responses + 1);
      expect(after.dimensions[0]!.responses).toBe((before.dimensions[0]?.responses ?? 0) + 1);

      // a desk-entered response of another household changes the analysis the same way
      const desk = await household(10);
      await http()
        .post(`/projects/${projectId}/survey/responses`)
        .set(bearer(lead))
        .send({ unitId: desk.unitId, answers: answers(5) })
        .expect(201);
      const withDesk = await analysis();
      expect(withDesk.responses).toBe(after.responses + 1);
      expect(withDesk.dimensions[0]!.meanExperience).toBe('5.00');
      // and the household sees the desk response as answered
      const deskView = await http()
        .get(`${base(desk.unitId)}/survey`)
        .set(asOwner(desk.token))
        .expect(200);
      expect(deskView.body.response).toMatchObject({ byOwner: false });
      const deskAgain = await http()
        .post(`${base(desk.unitId)}/survey`)
        .set(asOwner(desk.token))
        .send({ answers: answers(6) })
        .expect(409);
      expect(deskAgain.body.code).toBe('SURVEY_ALREADY_ANSWERED');

      const second = await http()
        .post(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .send({ answers: answers(9) })
        .expect(409);
      expect(second.body.code).toBe('SURVEY_ALREADY_ANSWERED');
      const answered = await http()
        .get(`${base(unitId)}/survey`)
        .set(asOwner(token))
        .expect(200);
      expect(answered.body.response.answers).toHaveLength(2);
      const audit = (await db.query(`SELECT actor_role FROM audit_log WHERE entity_id = $1`, [created.body.id])) as {
        actor_role: string;
      }[];
      expect(audit).toEqual([{ actor_role: 'owner' }]);
    });

    it('records exactly one of five concurrent answers of one household', async () => {
      const { unitId, token } = await household(10);
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          http()
            .post(`${base(unitId)}/survey`)
            .set(asOwner(token))
            .send({ answers: answers(3 + i) }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM survey_responses WHERE unit_id = $1`, [
        unitId,
      ])) as { n: number }[];
      expect(n).toBe(1);
    });
  });
});
