import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  auditInsert,
  HandoverInspectionItemEntity,
  PaymentEntity,
  ProjectFeeSettingsEntity,
  UnitEntity,
  UnitHandoverEventEntity,
  type InspectionItemStatus,
  type AuditRecord,
  type PaymentKind,
} from '@handover/database';

/** The columns of a unit the handover flow needs; never the owner's name or phone. */
export type HandoverUnit = Pick<
  UnitEntity,
  | 'id'
  | 'projectId'
  | 'building'
  | 'unitNo'
  | 'room'
  | 'contractedAreaCenti'
  | 'surveyedAreaCenti'
  | 'priceFenPerSqm'
  | 'handoverState'
  | 'handoverResumeFrom'
>;

const UNIT_COLUMNS = [
  'u.id',
  'u.projectId',
  'u.building',
  'u.unitNo',
  'u.room',
  'u.contractedAreaCenti',
  'u.surveyedAreaCenti',
  'u.priceFenPerSqm',
  'u.handoverState',
  'u.handoverResumeFrom',
];

export interface NewPayment {
  projectId: string;
  unitId: string;
  kind: PaymentKind;
  amountFen: number;
  receiptNo: string;
  specialHandling?: boolean;
  recordedBy: string;
}

/** Units' handover state, their history, payments with receipts, inspection items and the fee settings. */
/** A unit of a project as the handover steps need it (no owner name or phone); $1 the unit, $2 the project. */
const SELECT_HANDOVER_UNIT = `SELECT id, project_id AS "projectId", building, unit_no AS "unitNo", room,
         contracted_area_centi AS "contractedAreaCenti", surveyed_area_centi AS "surveyedAreaCenti",
         price_fen_per_sqm AS "priceFenPerSqm", handover_state AS "handoverState",
         handover_resume_from AS "handoverResumeFrom"
    FROM units WHERE id = $1 AND project_id = $2`;

@Injectable()
export class UnitHandoverRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * SELECT … FOR UPDATE: one handover step at a time per unit, until the transaction ends. Raw SQL, as the step's
   * other statements: the query builder and entity hydration cost more CPU than the statement (bench/profile-write.ts).
   */
  async lockUnit(manager: EntityManager, projectId: string, unitId: string): Promise<HandoverUnit | null> {
    const rows: HandoverUnit[] = await manager.query(`${SELECT_HANDOVER_UNIT} FOR UPDATE`, [unitId, projectId]);
    return rows[0] ?? null;
  }

  /** The unit as it stands, without a lock: for a step that writes nothing but its end (see finishStep's guard). */
  async readUnit(projectId: string, unitId: string): Promise<HandoverUnit | null> {
    const rows: HandoverUnit[] = await this.dataSource.query(SELECT_HANDOVER_UNIT, [unitId, projectId]);
    return rows[0] ?? null;
  }

  findUnit(projectId: string, unitId: string): Promise<HandoverUnit | null> {
    return this.dataSource.manager
      .createQueryBuilder(UnitEntity, 'u')
      .select(UNIT_COLUMNS)
      .where('u.id = :unitId AND u.project_id = :projectId', { unitId, projectId })
      .getOne();
  }

  /**
   * The end of a handover step in one statement: the unit's new state, its history event (returned as stored) and
   * the audit entry, as data-modifying CTEs that commit together or not at all. The state changes only while the
   * unit is still in the state the step started from (`from`); otherwise nothing is written and null comes back, so
   * a step that read the unit without a lock learns that another step got there first.
   */
  async finishStep(
    manager: EntityManager,
    step: {
      unitId: string;
      from: { state: string; resumeFrom: string | null };
      state: string;
      resumeFrom: string | null;
      event: { projectId: string; step: string; actor: string; payload: Record<string, unknown> };
      audit: AuditRecord;
    },
  ): Promise<UnitHandoverEventEntity | null> {
    const audit = auditInsert(step.audit, 10, 'saved');
    const rows: UnitHandoverEventEntity[] = await manager.query(
      `WITH saved AS (
         UPDATE units SET handover_state = $2, handover_resume_from = $3, updated_at = now()
          WHERE id = $1 AND handover_state = $8 AND handover_resume_from IS NOT DISTINCT FROM $9::text
          RETURNING id
       ), audited AS (
         ${audit.sql}
       )
       INSERT INTO unit_handover_events (project_id, unit_id, step, actor, payload)
       SELECT $4, saved.id, $5, $6, $7 FROM saved
       RETURNING id::text AS id, project_id AS "projectId", unit_id AS "unitId", step, actor, at, payload`,
      [
        step.unitId,
        step.state,
        step.resumeFrom,
        step.event.projectId,
        step.event.step,
        step.event.actor,
        JSON.stringify(step.event.payload),
        step.from.state,
        step.from.resumeFrom,
        ...audit.params,
      ],
    );
    return rows[0] ?? null;
  }

  history(unitId: string): Promise<UnitHandoverEventEntity[]> {
    return this.dataSource.manager.find(UnitHandoverEventEntity, { where: { unitId }, order: { id: 'ASC' } });
  }

  feeSettings(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProjectFeeSettingsEntity | null> {
    return manager.findOneBy(ProjectFeeSettingsEntity, { projectId });
  }

  async upsertFeeSettings(
    manager: EntityManager,
    settings: Omit<ProjectFeeSettingsEntity, 'createdAt' | 'updatedAt'>,
  ): Promise<ProjectFeeSettingsEntity> {
    await manager.query(
      `INSERT INTO project_fee_settings
         (project_id, property_fee_fen_per_sqm_month, prepaid_months, deed_tax_rate_bp, maintenance_fund_fen_per_sqm, refund_threshold_bp, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (project_id) DO UPDATE SET
         property_fee_fen_per_sqm_month = EXCLUDED.property_fee_fen_per_sqm_month,
         prepaid_months = EXCLUDED.prepaid_months,
         deed_tax_rate_bp = EXCLUDED.deed_tax_rate_bp,
         maintenance_fund_fen_per_sqm = EXCLUDED.maintenance_fund_fen_per_sqm,
         refund_threshold_bp = EXCLUDED.refund_threshold_bp,
         updated_by = EXCLUDED.updated_by,
         updated_at = now()`,
      [
        settings.projectId,
        settings.propertyFeeFenPerSqmMonth,
        settings.prepaidMonths,
        settings.deedTaxRateBp,
        settings.maintenanceFundFenPerSqm,
        settings.refundThresholdBp,
        settings.updatedBy,
      ],
    );
    return (await this.feeSettings(settings.projectId, manager))!;
  }

  /** Locks the fee settings row so a concurrent change waits for the upsert in progress. */
  lockFeeSettings(manager: EntityManager, projectId: string): Promise<ProjectFeeSettingsEntity | null> {
    return manager
      .createQueryBuilder(ProjectFeeSettingsEntity, 's')
      .where('s.project_id = :projectId', { projectId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * Takes `count` running numbers of the project's receipts in one statement and returns the first: the counter row
   * stays locked until the transaction ends, so every payment of a project waits for it. Take them as late in the
   * transaction as the step allows.
   */
  async takeReceiptSeqs(manager: EntityManager, projectId: string, count: number): Promise<number> {
    const rows: { last_seq: number }[] = await manager.query(
      `INSERT INTO payment_receipt_counters (project_id, last_seq) VALUES ($1, $2)
       ON CONFLICT (project_id) DO UPDATE SET last_seq = payment_receipt_counters.last_seq + $2
       RETURNING last_seq`,
      [projectId, count],
    );
    return rows[0].last_seq - count + 1;
  }

  /** The payments of one step, in one INSERT. */
  async insertPayments(manager: EntityManager, payments: NewPayment[]): Promise<void> {
    if (payments.length === 0) return;
    const params: unknown[] = [];
    const rows = payments.map((payment) => {
      params.push(
        payment.projectId,
        payment.unitId,
        payment.kind,
        String(payment.amountFen),
        payment.receiptNo,
        payment.specialHandling ?? false,
        payment.recordedBy,
      );
      const at = params.length - 7;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7})`;
    });
    await manager.query(
      `INSERT INTO payments (project_id, unit_id, kind, amount_fen, receipt_no, special_handling, recorded_by)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }

  payments(unitId: string): Promise<PaymentEntity[]> {
    return this.dataSource.manager.find(PaymentEntity, {
      where: { unitId },
      order: { createdAt: 'ASC', receiptNo: 'ASC' },
    });
  }

  async insertInspectionItems(
    manager: EntityManager,
    items: {
      projectId: string;
      unitId: string;
      description: string;
      simple: boolean;
      status: InspectionItemStatus;
      recordedBy: string;
    }[],
  ): Promise<HandoverInspectionItemEntity[]> {
    if (items.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(HandoverInspectionItemEntity)
      .values(items.map((item, position) => ({ ...item, position })))
      .returning('id')
      .execute();
    const ids = (result.raw as { id: string }[]).map((row) => row.id);
    const rows = await manager
      .createQueryBuilder(HandoverInspectionItemEntity, 'i')
      .where('i.id IN (:...ids)', { ids })
      .getMany();
    return ids.map((id) => rows.find((row) => row.id === id)!);
  }

  inspectionItems(unitId: string): Promise<HandoverInspectionItemEntity[]> {
    return this.dataSource.manager.find(HandoverInspectionItemEntity, {
      where: { unitId },
      order: { createdAt: 'ASC', position: 'ASC', id: 'ASC' },
    });
  }
}
