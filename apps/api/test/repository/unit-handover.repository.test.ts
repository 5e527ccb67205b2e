import { insertPayment, insertProject, insertUnit } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import type { EntityManager } from 'typeorm';
import { UnitHandoverRepository, type NewPayment } from '../../src/unit-handover/unit-handover.repository';

describe('UnitHandoverRepository (交付流程: state, history, payments, inspection items, fees)', () => {
  const db = useRepositoryDatabase();
  let handover: UnitHandoverRepository;
  beforeAll(() => {
    handover = new UnitHandoverRepository(db.dataSource);
  });

  it('reads and locks a unit of its project without the owner’s name or phone', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, {
      projectId: project.id,
      contractedAreaCenti: 9000,
      surveyedAreaCenti: 9050,
      priceFenPerSqm: 2_000_000,
    });
    const found = await handover.findUnit(project.id, unit.id);
    expect(found).toMatchObject({
      id: unit.id,
      contractedAreaCenti: 9000,
      surveyedAreaCenti: 9050,
      priceFenPerSqm: '2000000',
      handoverState: 'not_started',
      handoverResumeFrom: null,
    });
    const { ownerName, ownerPhone } = found as unknown as Record<string, unknown>; // not selected
    expect([ownerName, ownerPhone]).toEqual([undefined, undefined]);
    expect(await handover.findUnit((await insertProject(db.dataSource)).id, unit.id)).toBeNull();

    const holder = await openTransaction(db.dataSource);
    try {
      expect(await handover.lockUnit(holder.manager, project.id, unit.id)).toMatchObject({ id: unit.id });
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM units WHERE id = $1 FOR UPDATE NOWAIT`, [unit.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await holder.rollback();
    }
  });

  it('finishes a step in one statement: the state, the history event (as stored) and the audit entry', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const audit = (step: string) => ({
      actorId: project.leadUserId,
      actorRole: 'project_lead',
      action: `unit_handover.${step}`,
      entityType: 'unit',
      entityId: unit.id,
      projectId: project.id,
      before: { state: 'not_started' },
      after: { state: step },
    });
    const finish = async (
      manager: EntityManager,
      step: string,
      state: string,
      resumeFrom: string | null,
      from: { state: string; resumeFrom: string | null },
    ) =>
      (await handover.finishStep(manager, {
        unitId: unit.id,
        from,
        state,
        resumeFrom,
        event: { projectId: project.id, step, actor: project.leadUserId, payload: { step } },
        audit: audit(step),
      }))!;
    const returned = await db.dataSource.transaction(async (manager) => {
      await finish(manager, 'checked_in', 'checked_in', null, { state: 'not_started', resumeFrom: null });
      const objected = await finish(manager, 'objected', 'objected', 'inspected', {
        state: 'checked_in',
        resumeFrom: null,
      });
      expect(objected).toMatchObject({ step: 'objected', payload: { step: 'objected' } });
      expect(objected.at).toBeInstanceOf(Date);
      return objected;
    });
    expect(await handover.findUnit(project.id, unit.id)).toMatchObject({
      handoverState: 'objected',
      handoverResumeFrom: 'inspected',
    });
    const history = await handover.history(unit.id);
    expect(history.map((event) => event.step)).toEqual(['checked_in', 'objected']);
    // the event as INSERT … RETURNING gave it is the event as stored (the id a string, as the entity's bigint)
    expect({ ...history[1] }).toEqual(returned);
    expect(typeof returned.id).toBe('string');
    const entries = (await db.dataSource.query(
      `SELECT action, actor_role, after FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [unit.id],
    )) as { action: string; actor_role: string; after: unknown }[];
    expect(entries).toEqual([
      { action: 'unit_handover.checked_in', actor_role: 'project_lead', after: { state: 'checked_in' } },
      { action: 'unit_handover.objected', actor_role: 'project_lead', after: { state: 'objected' } },
    ]);

    // one statement: an audit entry the log refuses (actor_role is NOT NULL) takes the state and the event with it
    const other = await insertUnit(db.dataSource, { projectId: project.id });
    await expect(
      db.dataSource.transaction((manager) =>
        handover.finishStep(manager, {
          unitId: other.id,
          from: { state: 'not_started', resumeFrom: null },
          state: 'checked_in',
          resumeFrom: null,
          event: { projectId: project.id, step: 'checked_in', actor: project.leadUserId, payload: {} },
          audit: { ...audit('checked_in'), entityId: other.id, actorRole: null as unknown as string },
        }),
      ),
    ).rejects.toThrow();
    expect(await handover.history(other.id)).toEqual([]);
    expect(await handover.findUnit(project.id, other.id)).toMatchObject({ handoverState: 'not_started' });
    expect(await db.dataSource.query(`SELECT 1 FROM audit_log WHERE entity_id = $1`, [other.id])).toEqual([]);
  });

  it('writes nothing when the unit has left the state the step started from, and reads a unit without a lock', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const end = (from: { state: string; resumeFrom: string | null }, state: string, resumeFrom: string | null) =>
      handover.finishStep(db.dataSource.manager, {
        unitId: unit.id,
        from,
        state,
        resumeFrom,
        event: { projectId: project.id, step: state, actor: project.leadUserId, payload: {} },
        audit: {
          actorId: project.leadUserId,
          actorRole: 'project_lead',
          action: `unit_handover.${state}`,
          entityType: 'unit',
          entityId: unit.id,
          projectId: project.id,
          before: from,
          after: { state },
        },
      });
    expect(await end({ state: 'not_started', resumeFrom: null }, 'checked_in', null)).toMatchObject({
      step: 'checked_in',
    });
    // a second check-in that read the unit before the first one ended: its guard no longer holds
    expect(await end({ state: 'not_started', resumeFrom: null }, 'checked_in', null)).toBeNull();
    // the resume-from state is part of the guard: objected from 'inspected' is not objected from 'checked_in'
    await db.dataSource.query(
      `UPDATE units SET handover_state = 'objected', handover_resume_from = 'inspected' WHERE id = $1`,
      [unit.id],
    );
    expect(await end({ state: 'objected', resumeFrom: 'checked_in' }, 'checked_in', null)).toBeNull();
    expect(await end({ state: 'objected', resumeFrom: 'inspected' }, 'inspected', null)).toMatchObject({
      step: 'inspected',
    });
    expect((await handover.history(unit.id)).map((event) => event.step)).toEqual(['checked_in', 'inspected']);
    const audited = await db.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      unit.id,
    ]);
    expect(audited).toEqual([{ action: 'unit_handover.checked_in' }, { action: 'unit_handover.inspected' }]);

    const holder = await openTransaction(db.dataSource);
    try {
      await handover.lockUnit(holder.manager, project.id, unit.id);
      // readUnit takes no lock, so it answers while another transaction holds the row
      expect(await handover.readUnit(project.id, unit.id)).toMatchObject({ id: unit.id, handoverState: 'inspected' });
    } finally {
      await holder.rollback();
    }
    expect(await handover.readUnit((await insertProject(db.dataSource)).id, unit.id)).toBeNull();
  });

  it('upserts the fee settings within their ranges and locks them', async () => {
    const project = await insertProject(db.dataSource);
    const settings = {
      projectId: project.id,
      propertyFeeFenPerSqmMonth: '280',
      prepaidMonths: 12,
      deedTaxRateBp: 300,
      maintenanceFundFenPerSqm: '6000',
      refundThresholdBp: 300,
      updatedBy: project.leadUserId,
    };
    expect(await handover.feeSettings(project.id)).toBeNull();
    const stored = await db.dataSource.transaction((manager) => handover.upsertFeeSettings(manager, settings));
    expect(stored).toMatchObject({ propertyFeeFenPerSqmMonth: '280', prepaidMonths: 12 });
    const changed = await db.dataSource.transaction((manager) =>
      handover.upsertFeeSettings(manager, { ...settings, prepaidMonths: 6 }),
    );
    expect(changed).toMatchObject({ prepaidMonths: 6, createdAt: stored.createdAt });
    await expectViolation(
      db.dataSource.transaction((manager) => handover.upsertFeeSettings(manager, { ...settings, prepaidMonths: 25 })),
      'fee_settings_prepaid_months_range',
    );
    await expectViolation(
      db.dataSource.transaction((manager) =>
        handover.upsertFeeSettings(manager, { ...settings, refundThresholdBp: 0 }),
      ),
      'fee_settings_refund_threshold_range',
    );
    await expectViolation(
      db.dataSource.transaction((manager) =>
        handover.upsertFeeSettings(manager, { ...settings, deedTaxRateBp: 10_001 }),
      ),
      'fee_settings_deed_tax_range',
    );
    await db.dataSource.transaction(async (manager) =>
      expect(await handover.lockFeeSettings(manager, project.id)).toMatchObject({ prepaidMonths: 6 }),
    );
  });

  it('numbers receipts per project 1, 2, 3…, several at once, holding the counter until the transaction ends', async () => {
    const project = await insertProject(db.dataSource);
    const other = await insertProject(db.dataSource);
    const next = (projectId: string, count = 1) =>
      db.dataSource.transaction((manager) => handover.takeReceiptSeqs(manager, projectId, count));
    expect([await next(project.id), await next(project.id), await next(other.id), await next(project.id)]).toEqual([
      1, 2, 1, 3,
    ]);
    expect(await next(other.id, 3)).toBe(2); // 2, 3 and 4
    expect(await next(other.id)).toBe(5);
    const holder = await openTransaction(db.dataSource);
    try {
      expect(await handover.takeReceiptSeqs(holder.manager, project.id, 1)).toBe(4);
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM payment_receipt_counters WHERE project_id = $1 FOR UPDATE NOWAIT`, [project.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await holder.rollback();
    }
    expect(await next(project.id)).toBe(4); // the rolled-back number is given again
  });

  it('records one payment per unit and kind with a receipt unique in the project; refunds only for the area difference', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const neighbour = await insertUnit(db.dataSource, { projectId: project.id });
    const payment = (fields: Partial<NewPayment>): NewPayment => ({
      projectId: project.id,
      unitId: unit.id,
      kind: 'property_fee',
      amountFen: 302_400,
      receiptNo: 'R-1',
      recordedBy: project.leadUserId,
      ...fields,
    });
    const pay = (fields: Partial<NewPayment>) => handover.insertPayments(db.dataSource.manager, [payment(fields)]);
    await handover.insertPayments(db.dataSource.manager, [
      payment({}),
      payment({ kind: 'area_difference', amountFen: -50_000, receiptNo: 'R-2', specialHandling: true }),
    ]);
    expect(await handover.payments(unit.id)).toEqual([
      expect.objectContaining({ kind: 'property_fee', amountFen: '302400', specialHandling: false, receiptNo: 'R-1' }),
      expect.objectContaining({
        kind: 'area_difference',
        amountFen: '-50000',
        specialHandling: true,
        receiptNo: 'R-2',
      }),
    ]);
    await expectViolation(pay({ receiptNo: 'R-3' }), 'payments_kind_once_per_unit');
    // one statement: a refused row leaves none of the others
    await expectViolation(
      handover.insertPayments(db.dataSource.manager, [
        payment({ unitId: neighbour.id, kind: 'deed_tax', receiptNo: 'R-5' }),
        payment({ unitId: neighbour.id, receiptNo: 'R-1' }),
      ]),
      'payments_receipt_once',
    );
    await expectViolation(pay({ unitId: neighbour.id, receiptNo: 'R-1' }), 'payments_receipt_once');
    await expectViolation(
      pay({ unitId: neighbour.id, kind: 'deed_tax', amountFen: -1, receiptNo: 'R-4' }),
      'payments_refund_only_area',
    );
    await insertPayment(db.dataSource, { projectId: project.id, unitId: neighbour.id, kind: 'deed_tax', amountFen: 1 });
    expect((await handover.payments(unit.id)).map((payment) => payment.receiptNo)).toEqual(['R-1', 'R-2']);
  });

  it('inserts inspection items in the order given (simple ones fixed on the spot) and lists a unit’s items', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const item = (description: string, simple: boolean) =>
      ({
        projectId: project.id,
        unitId: unit.id,
        description,
        simple,
        status: simple ? 'fixed_on_spot' : 'logged_for_repair',
        recordedBy: project.leadUserId,
      }) as const;
    const inserted = await db.dataSource.transaction((manager) =>
      handover.insertInspectionItems(manager, [
        item('墙面污渍', true),
        item('窗户渗水', false),
        item('插座松动', true),
      ]),
    );
    expect(inserted.map((row) => [row.description, row.status])).toEqual([
      ['墙面污渍', 'fixed_on_spot'],
      ['窗户渗水', 'logged_for_repair'],
      ['插座松动', 'fixed_on_spot'],
    ]);
    expect(await handover.insertInspectionItems(db.dataSource.manager, [])).toEqual([]);
    await expectViolation(
      handover.insertInspectionItems(db.dataSource.manager, [{ ...item('x', true), status: 'logged_for_repair' }]),
      'inspection_items_simple_fixed',
    );
    await expectViolation(
      handover.insertInspectionItems(db.dataSource.manager, [item('', true)]),
      'inspection_items_description_present',
    );
    expect((await handover.inspectionItems(unit.id)).map((row) => row.id).sort()).toEqual(
      inserted.map((row) => row.id).sort(),
    );
  });
});
