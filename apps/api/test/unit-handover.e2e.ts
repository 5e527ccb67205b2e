import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import {
  StepAlreadyRecordedError,
  StepOutOfOrderError,
  UNIT_HANDOVER_STEPS,
  UnitHandoverClosedError,
  type UnitHandoverStep,
} from '@handover/domain';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnit, launchRequest } from '../../../test/factories';

const ROUTES: Record<UnitHandoverStep, string> = {
  checked_in: 'check-in',
  area_settled: 'settle-area',
  fees_paid: 'pay-fees',
  inspected: 'inspect',
  keys_handed_over: 'hand-over-keys',
  documents_handed_over: 'hand-over-documents',
  gift_recorded: 'record-gift',
  handed_over: 'complete',
};

const BODIES: Record<UnitHandoverStep, object> = {
  checked_in: {},
  area_settled: {},
  fees_paid: {},
  inspected: {
    team: { sales: '销售 周敏', engineering: '工程 刘工', property: '物业 陈管家' },
    defects: [
      { description: '主卧门吸缺失', simple: true },
      { description: '卫生间墙面空鼓约 0.3m²', simple: false },
    ],
  },
  keys_handed_over: {},
  documents_handed_over: { qualityGuarantee: true, userManual: true, ownerHandbook: true },
  gift_recorded: { gift: '定制保温杯' },
  handed_over: {},
};

interface UnitAreas {
  contractedAreaCenti: number;
  surveyedAreaCenti: number;
  priceFenPerSqm: number;
}

const OWNER_NAME = '王业主';
const OWNER_PHONE = '13800138000';

describe('per-unit handover through the API: order, money, receipts, roles, audit', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let finance: TestUser;
  let property: TestUser;
  let sales: TestUser;
  let hq: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    finance = await stack.user('department_head', 'finance');
    property = await stack.user('department_head', 'property');
    sales = await stack.user('department_head', 'sales');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [finance.id, property.id, sales.id] }),
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** One unit, inserted directly (the CSV import is another feature); only the areas and the price matter here. */
  const unit = async (
    fixture: UnitAreas = { contractedAreaCenti: 9000, surveyedAreaCenti: 9000, priceFenPerSqm: 2_000_000 },
  ): Promise<string> =>
    (await insertUnit(db, { projectId, ownerName: OWNER_NAME, ownerPhone: OWNER_PHONE, fitOut: 'fitted', ...fixture }))
      .id;

  /** The unit's keys, registered and moved to the property company, as at the property transfer. */
  async function keysWithProperty(unitId: string): Promise<string[]> {
    const registered = await stack
      .http()
      .post(`/projects/${projectId}/keys`)
      .set(bearer(property))
      .send({
        unitId,
        keys: [
          { kind: 'unit_door', label: `户门-${unitId}` },
          { kind: 'mailbox', label: `信箱-${unitId}` },
        ],
      })
      .expect(201);
    const keyIds = registered.body.map((key: { id: string }) => key.id);
    await stack.http().post(`/projects/${projectId}/keys/transfer`).set(bearer(property)).send({ keyIds }).expect(200);
    return keyIds;
  }

  const actorFor = (step: UnitHandoverStep): TestUser =>
    step === 'area_settled' || step === 'fees_paid' ? finance : step === 'keys_handed_over' ? property : sales;

  const post = (unitId: string, step: UnitHandoverStep, user: TestUser = actorFor(step), body: object = BODIES[step]) =>
    stack.http().post(`/projects/${projectId}/units/${unitId}/handover/${ROUTES[step]}`).set(bearer(user)).send(body);

  async function walk(
    unitId: string,
    through: UnitHandoverStep,
  ): Promise<Record<string, { body: Record<string, unknown> }>> {
    const results: Record<string, { body: Record<string, unknown> }> = {};
    for (const step of UNIT_HANDOVER_STEPS) {
      results[step] = await post(unitId, step).expect(200);
      if (step === through) break;
    }
    return results;
  }

  it('sets the fee settings from yuan text exactly, for the lead and HQ only', async () => {
    await stack.http().get(`/projects/${projectId}/fee-settings`).set(bearer(sales)).expect(404);
    const settings = { propertyFeePerSqmMonth: '3.50', deedTaxRateBp: 150, maintenanceFundPerSqm: '45.00' };
    await stack.http().put(`/projects/${projectId}/fee-settings`).set(bearer(finance)).send(settings).expect(403);
    await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ ...settings, propertyFeePerSqmMonth: '3.505' })
      .expect(400);
    await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ ...settings, prepaidMonths: 25 })
      .expect(400);
    await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(hq))
      .send({ ...settings, prepaidMonths: 6 })
      .expect(200);
    const put = await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send(settings)
      .expect(200);
    expect(put.body).toMatchObject({
      projectId,
      propertyFeePerSqmMonth: { fen: 350, yuan: '3.50' },
      prepaidMonths: 3,
      deedTaxRateBp: 150,
      maintenanceFundPerSqm: { fen: 4500, yuan: '45.00' },
      refundThresholdBp: 300,
    });
    const read = await stack.http().get(`/projects/${projectId}/fee-settings`).set(bearer(sales)).expect(200);
    expect(read.body).toEqual(put.body);
    const audit = await db.query(
      `SELECT before, after FROM audit_log WHERE project_id = $1 AND action = 'fee_settings.put' ORDER BY id`,
      [projectId],
    );
    expect(audit).toHaveLength(2);
    expect(audit[1].before.prepaidMonths).toBe(6);
    expect(audit[1].after).toMatchObject({
      propertyFeeFenPerSqmMonth: '350',
      prepaidMonths: 3,
      maintenanceFundFenPerSqm: '4500',
    });
  });

  it('tells the desk what a unit owes before and after settling: area difference, fees, paid and balance', async () => {
    const unitId = await unit({ contractedAreaCenti: 8957, surveyedAreaCenti: 8902, priceFenPerSqm: 2_500_000 });
    const dues = () => stack.http().get(`/projects/${projectId}/units/${unitId}/handover/dues`).set(bearer(sales));
    const before = (await dues().expect(200)).body;
    // same figures as the refund case below: −13,750.00 area difference, 38,529.36 fees
    expect(before).toMatchObject({
      unitId,
      areaDifference: { direction: 'refund', amount: { fen: -1_375_000 }, differenceBp: 61, receiptNo: null },
      fees: {
        prepaidMonths: 3,
        propertyFeePrepayment: { kind: 'property_fee', amount: { fen: 93_471 }, receiptNo: null },
        total: { fen: 3_852_936, yuan: '38,529.36' },
      },
      due: { fen: 2_477_936, yuan: '24,779.36' },
      paid: { fen: 0, yuan: '0.00' },
      balance: { fen: 2_477_936 },
    });
    await walk(unitId, 'area_settled');
    const after = (await dues().expect(200)).body;
    expect(after.paid).toEqual({ fen: -1_375_000, yuan: '-13,750.00' });
    expect(after.balance).toEqual({ fen: 3_852_936, yuan: '38,529.36' });

    const outsider = await stack.user('project_lead');
    await stack.http().get(`/projects/${projectId}/units/${unitId}/handover/dues`).set(bearer(outsider)).expect(404);
    await stack.http().get(`/projects/${projectId}/units/${randomUUID()}/handover/dues`).set(bearer(lead)).expect(404);
  });

  it('refuses every step before the one before it with 409 naming the missing step, and a repeat with 409', async () => {
    const unitId = await unit();
    await keysWithProperty(unitId);
    for (let done = -1; done < UNIT_HANDOVER_STEPS.length - 1; done++) {
      const current = done < 0 ? 'not_started' : UNIT_HANDOVER_STEPS[done];
      const missing = UNIT_HANDOVER_STEPS[done + 1];
      for (const later of UNIT_HANDOVER_STEPS.slice(done + 2)) {
        const refused = await post(unitId, later).expect(409);
        expect(refused.body.message).toBe(new StepOutOfOrderError(later, current, missing).message);
      }
      const recorded = await post(unitId, missing).expect(200);
      expect(recorded.body.unit.state).toBe(missing);
      const repeated = await post(unitId, missing).expect(409);
      const expected =
        missing === 'handed_over'
          ? new UnitHandoverClosedError(missing, 'handed_over')
          : new StepAlreadyRecordedError(missing, missing);
      expect(repeated.body.message).toBe(expected.message);
    }
    // e.g. keys before inspection (先验房后交付):
    expect(new StepOutOfOrderError('keys_handed_over', 'fees_paid', 'inspected').message).toContain(
      'the unit has not been inspected yet',
    );

    const events = await db.query(`SELECT step FROM unit_handover_events WHERE unit_id = $1 ORDER BY id`, [unitId]);
    expect(events.map((event: { step: string }) => event.step)).toEqual([...UNIT_HANDOVER_STEPS]);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'unit_handover.%'`,
      [unitId],
    );
    expect(audit[0].n).toBe(UNIT_HANDOVER_STEPS.length);
    const afterHandover = await post(unitId, 'checked_in').expect(409);
    expect(afterHandover.body.message).toContain('already');
  });

  it('of ten simultaneous check-ins (a step without a lock) exactly one is recorded, the others get 409', async () => {
    const unitId = await unit();
    // one listening server for all ten (supertest would otherwise open and close one per request, resetting the rest)
    const server = stack.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(unitId, 'checked_in')));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const refused = answers.filter((answer) => answer.status === 409).map((answer) => answer.body.code);
    // each loser read the unit again and was told the step is already recorded (or, after five lost races, busy)
    for (const code of refused) expect(['HANDOVER_STEP_ALREADY_RECORDED', 'UNIT_BUSY']).toContain(code);
    const events = await db.query(`SELECT step FROM unit_handover_events WHERE unit_id = $1`, [unitId]);
    expect(events).toEqual([{ step: 'checked_in' }]);
    const audit = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [unitId]);
    expect(audit).toEqual([{ action: 'unit_handover.checked_in' }]);
  });

  it('walks a refund case check-in → complete with hand-computed fen amounts and receipts', async () => {
    // 89.57 m² contracted, 89.02 m² surveyed, 25,000.00 yuan/m².
    const unitId = await unit({ contractedAreaCenti: 8957, surveyedAreaCenti: 8902, priceFenPerSqm: 2_500_000 });
    const keyIds = await keysWithProperty(unitId);
    const results = await walk(unitId, 'handed_over');

    const area = results.area_settled.body as {
      areaDifference: Record<string, unknown>;
      unit: Record<string, unknown>;
    };
    // −0.55 m² × 2,500,000 fen = −1,375,000 fen; 55 / 8957 = 61 bp < 300 bp.
    expect(area.areaDifference).toMatchObject({
      contractedArea: '89.57',
      surveyedArea: '89.02',
      differenceArea: '-0.55',
      differenceCenti: -55,
      differenceBp: 61,
      thresholdBp: 300,
      direction: 'refund',
      amount: { fen: -1_375_000, yuan: '-13,750.00' },
      thresholdReached: false,
      specialHandling: false,
    });
    expect(area.areaDifference.receiptNo).toMatch(/^JF\d{8}-\d{6}$/);
    expect(area.unit).toMatchObject({
      state: 'area_settled',
      nextStep: 'fees_paid',
      nextStepLabel: { en: 'Fees paid', zh: '缴费' },
    });

    const fees = (
      results.fees_paid.body as {
        fees: Record<string, { amount: { fen: number; yuan: string }; receiptNo: string } & Record<string, unknown>>;
      }
    ).fees;
    // contract price 8957 × 2,500,000 / 100 = 223,925,000; property fee 8902 × 350 × 3 / 100 = 93,471;
    // deed tax 223,925,000 × 1.5 % = 3,358,875; maintenance fund 8902 × 4,500 / 100 = 400,590.
    expect(fees.contractPrice).toEqual({ fen: 223_925_000, yuan: '2,239,250.00' });
    expect(fees.propertyFeePrepayment.amount).toEqual({ fen: 93_471, yuan: '934.71' });
    expect(fees.deedTax.amount).toEqual({ fen: 3_358_875, yuan: '33,588.75' });
    expect(fees.maintenanceFund.amount).toEqual({ fen: 400_590, yuan: '4,005.90' });
    expect(fees.total).toEqual({ fen: 3_852_936, yuan: '38,529.36' });
    expect(fees.prepaidMonths).toBe(3);

    const inspection = (
      results.inspected.body as {
        inspection: { fixedOnSpot: number; loggedForRepair: number; items: { status: string }[] };
      }
    ).inspection;
    expect(inspection).toMatchObject({ fixedOnSpot: 1, loggedForRepair: 1 });
    expect(inspection.items.map((item) => item.status)).toEqual(['fixed_on_spot', 'logged_for_repair']);

    const keys = (results.keys_handed_over.body as { keys: { id: string; holder: string }[] }).keys;
    expect(keys.map((key) => key.id).sort()).toEqual([...keyIds].sort());
    expect(keys.every((key) => key.holder === 'owner')).toBe(true);

    expect(results.handed_over.body).toMatchObject({
      unit: { state: 'handed_over', nextStep: null, stateLabel: { zh: '交付完成' } },
    });

    const detail = await stack
      .http()
      .get(`/projects/${projectId}/units/${unitId}/handover`)
      .set(bearer(hq))
      .expect(200);
    expect(detail.body.state).toBe('handed_over');
    expect(
      detail.body.payments.map((payment: { kind: string; amount: { fen: number } }) => [
        payment.kind,
        payment.amount.fen,
      ]),
    ).toEqual([
      ['area_difference', -1_375_000],
      ['property_fee', 93_471],
      ['deed_tax', 3_358_875],
      ['maintenance_fund', 400_590],
    ]);
    expect(detail.body.paymentsTotal).toEqual({ fen: 2_477_936, yuan: '24,779.36' });
    const receipts = detail.body.payments.map((payment: { receiptNo: string }) => payment.receiptNo);
    expect(new Set(receipts).size).toBe(4);
    expect(detail.body.history.map((event: { step: string }) => event.step)).toEqual([...UNIT_HANDOVER_STEPS]);
    expect(detail.body.keys.every((key: { holder: string }) => key.holder === 'owner')).toBe(true);
    expect(detail.body.inspectionItems).toHaveLength(2);
    expect(JSON.stringify(detail.body)).not.toContain(OWNER_PHONE);

    const stored = await db.query(`SELECT kind, amount_fen FROM payments WHERE unit_id = $1 ORDER BY kind`, [unitId]);
    expect(stored).toEqual([
      { kind: 'area_difference', amount_fen: '-1375000' },
      { kind: 'deed_tax', amount_fen: '3358875' },
      { kind: 'maintenance_fund', amount_fen: '400590' },
      { kind: 'property_fee', amount_fen: '93471' },
    ]);
  });

  it('flags an area difference at the threshold for special handling, rounding half away from zero', async () => {
    // 100.00 → 103.50 m² at 18,888.87 yuan/m²: +3.50 m² = 350 bp ≥ 300 bp.
    const unitId = await unit({ contractedAreaCenti: 10_000, surveyedAreaCenti: 10_350, priceFenPerSqm: 1_888_887 });
    await keysWithProperty(unitId);
    const results = await walk(unitId, 'handed_over');
    // 350 × 1,888,887 / 100 = 6,611,104.5 → 6,611,105 fen to pay.
    expect(results.area_settled.body.areaDifference).toMatchObject({
      differenceCenti: 350,
      differenceBp: 350,
      direction: 'owner_pays',
      amount: { fen: 6_611_105, yuan: '66,111.05' },
      thresholdReached: true,
      specialHandling: true,
    });
    // contract price 188,888,700; deed tax × 1.5 % = 2,833,330.5 → 2,833,331; property fee 10350 × 350 × 3 / 100 = 108,675;
    // maintenance fund 10350 × 4,500 / 100 = 465,750.
    const fees = results.fees_paid.body.fees as Record<string, { amount: { fen: number } }> & {
      total: { fen: number; yuan: string };
    };
    expect([fees.propertyFeePrepayment.amount.fen, fees.deedTax.amount.fen, fees.maintenanceFund.amount.fen]).toEqual([
      108_675, 2_833_331, 465_750,
    ]);
    expect(fees.total).toEqual({ fen: 3_407_756, yuan: '34,077.56' });
    const flagged = await db.query(
      `SELECT special_handling FROM payments WHERE unit_id = $1 AND kind = 'area_difference'`,
      [unitId],
    );
    expect(flagged).toEqual([{ special_handling: true }]);
  });

  it('records no payment when the areas match, and refuses fees without settings', async () => {
    const unitId = await unit();
    const results = await walk(unitId, 'area_settled');
    expect(results.area_settled.body.areaDifference).toMatchObject({
      direction: 'none',
      amount: { fen: 0, yuan: '0.00' },
      receiptNo: null,
    });
    await db.query(`DELETE FROM project_fee_settings WHERE project_id = $1`, [projectId]);
    try {
      const refused = await post(unitId, 'fees_paid').expect(409);
      expect(refused.body.message).toContain('no fee settings');
      const detail = await stack
        .http()
        .get(`/projects/${projectId}/units/${unitId}/handover`)
        .set(bearer(sales))
        .expect(200);
      expect(detail.body).toMatchObject({ state: 'area_settled', payments: [] });
    } finally {
      await stack
        .http()
        .put(`/projects/${projectId}/fee-settings`)
        .set(bearer(lead))
        .send({ propertyFeePerSqmMonth: '3.50', deedTaxRateBp: 150, maintenanceFundPerSqm: '45.00' })
        .expect(200);
    }
  });

  it('refuses keys without a ledger entry, and keys still with the contractor', async () => {
    const unitId = await unit();
    await walk(unitId, 'inspected');
    const none = await post(unitId, 'keys_handed_over').expect(409);
    expect(none.body.message).toContain('no keys in the key ledger');
    await stack
      .http()
      .post(`/projects/${projectId}/keys`)
      .set(bearer(property))
      .send({ unitId, keys: [{ kind: 'unit_door', label: `C-${unitId}` }] })
      .expect(201);
    const withContractor = await post(unitId, 'keys_handed_over').expect(409);
    expect(withContractor.body.message).toContain('with the general contractor');
    const detail = await stack
      .http()
      .get(`/projects/${projectId}/units/${unitId}/handover`)
      .set(bearer(sales))
      .expect(200);
    expect(detail.body.state).toBe('inspected');
  });

  it('documents need all three confirmations', async () => {
    const unitId = await unit();
    await keysWithProperty(unitId);
    await walk(unitId, 'keys_handed_over');
    const partial = await post(unitId, 'documents_handed_over', sales, {
      qualityGuarantee: true,
      userManual: true,
      ownerHandbook: false,
    }).expect(400);
    expect(partial.body.message.join(' ')).toContain('业主手册');
    await post(unitId, 'documents_handed_over', sales, { qualityGuarantee: true, userManual: true }).expect(400);
  });

  it('pauses on an objection, resumes where it was raised, and ends on a refusal', async () => {
    const unitId = await unit();
    await walk(unitId, 'area_settled');
    const base = `/projects/${projectId}/units/${unitId}/handover`;
    await stack.http().post(`${base}/object`).set(bearer(sales)).send({}).expect(400);
    const objected = await stack
      .http()
      .post(`${base}/object`)
      .set(bearer(sales))
      .send({ description: '对公摊面积有异议', replyDueAt: '2027-03-17T18:00:00+08:00' })
      .expect(200);
    expect(objected.body.unit).toMatchObject({ state: 'objected', resumeFrom: 'area_settled', nextStep: null });
    expect(objected.body.event.payload).toMatchObject({
      description: '对公摊面积有异议',
      replyDueAt: '2027-03-17T10:00:00.000Z',
    });
    const blocked = await post(unitId, 'fees_paid').expect(409);
    expect(blocked.body.message).toContain('open objection');
    await stack.http().post(`${base}/object`).set(bearer(sales)).send({ description: 'again' }).expect(409);

    const resolved = await stack
      .http()
      .post(`${base}/resolve-objection`)
      .set(bearer(sales))
      .send({ resolution: '已出示测绘报告' })
      .expect(200);
    expect(resolved.body.unit).toMatchObject({ state: 'area_settled', resumeFrom: null, nextStep: 'fees_paid' });
    await stack.http().post(`${base}/resolve-objection`).set(bearer(sales)).send({}).expect(409);

    const refused = await stack
      .http()
      .post(`${base}/refuse`)
      .set(bearer(sales))
      .send({ reason: '层高不符合宣传' })
      .expect(200);
    expect(refused.body.unit).toMatchObject({ state: 'refused', nextStep: null });
    const closed = await post(unitId, 'fees_paid').expect(409);
    expect(closed.body.message).toContain('refused');
  });

  it('enforces roles and scope: finance pays, property hands keys, HQ reads, strangers see nothing', async () => {
    const unitId = await unit();
    await post(unitId, 'checked_in', hq).expect(403);
    await post(unitId, 'checked_in', sales).expect(200);
    const wrongDepartment = await post(unitId, 'area_settled', sales).expect(403);
    expect(wrongDepartment.body.message).toContain(
      'the project lead or the finance department head; you are the sales department head',
    );
    await post(unitId, 'area_settled', lead).expect(200);
    await post(unitId, 'fees_paid', property).expect(403);
    await post(unitId, 'fees_paid', finance).expect(200);

    const strangerHead = await stack.user('department_head', 'finance');
    const otherLead = await stack.user('project_lead');
    await post(unitId, 'inspected', strangerHead).expect(404);
    await post(unitId, 'inspected', otherLead).expect(404);
    await stack.http().get(`/projects/${projectId}/units/${unitId}/handover`).set(bearer(strangerHead)).expect(404);
    await stack.http().get(`/projects/${projectId}/units/${randomUUID()}/handover`).set(bearer(lead)).expect(404);
    await post(randomUUID(), 'checked_in', lead).expect(404);
    await stack
      .http()
      .post(`/projects/${projectId}/units/${unitId}/handover/check-in`)
      .set(bearer(lead))
      .send({ owner: 'x' })
      .expect(400);
  });

  it("keeps owners' names and phones out of the audit log and the history", async () => {
    const audit = await db.query(`SELECT before, after FROM audit_log WHERE project_id = $1`, [projectId]);
    const events = await db.query(`SELECT payload FROM unit_handover_events WHERE project_id = $1`, [projectId]);
    const text = JSON.stringify([audit, events]);
    expect(text).not.toContain(OWNER_NAME);
    expect(text).not.toContain(OWNER_PHONE);
    expect(audit.length).toBeGreaterThan(20);
  });
});
