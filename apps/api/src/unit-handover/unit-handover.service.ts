import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_AREA_REFUND_THRESHOLD_BP,
  formatCenti,
  instantToCalendarDate,
  STEP_LABELS,
  unitAddressLabel,
  type AreaDifference,
  type BilingualLabel,
} from '@handover/domain';
import type { PaymentKind, ProjectEntity, ProjectFeeSettingsEntity } from '@handover/database';
import { AuditService, auditRecordOf } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { KeysService } from '../keys/keys.service';
import { carryOpenDefectsToWarranty } from '../warranty/warranty-carry-over';
import { ProjectAccessService } from '../projects/project-access.service';
import type {
  HandOverDocumentsDto,
  InspectDto,
  RaiseObjectionDto,
  RecordGiftDto,
  RefuseHandoverDto,
  ResolveObjectionDto,
  StepNoteDto,
} from './dto/handover-commands.dto';
import {
  AreaDifferenceDto,
  FeesDto,
  FeeLineDto,
  HandoverEventDto,
  InspectionItemDto,
  PaymentDto,
  UnitDuesDto,
  UnitHandoverDetailDto,
  UnitHandoverStepResultDto,
  UnitHandoverViewDto,
} from './dto/handover-response.dto';
import { MoneyDto } from './dto/money.dto';
import { assertMayRecord, type FieldRecordKind } from './field-access';
import { formatReceiptNo } from './receipt-number';
import { areaDifferenceOf, feesOf } from './unit-dues';
import { UnitHandoverRepository, type HandoverUnit } from './unit-handover.repository';
import { progressOf, transition, type HandoverAction } from './unit-progress';

/** Money is the cashiers' (payment: finance), keys the property company's; the on-site steps any assigned head's. */
const RECORD_KIND: Record<HandoverAction, FieldRecordKind> = {
  checked_in: 'handover_step',
  area_settled: 'payment',
  fees_paid: 'payment',
  inspected: 'handover_step',
  keys_handed_over: 'key',
  documents_handed_over: 'handover_step',
  gift_recorded: 'handover_step',
  handed_over: 'handover_step',
  refused: 'handover_step',
  objected: 'handover_step',
  objection_resolved: 'handover_step',
};

const ACTION_NAMES: Record<HandoverAction, BilingualLabel> = {
  ...Object.fromEntries(
    Object.entries(STEP_LABELS).map(([step, label]) => {
      const zh = label.zh.replace(/（.*$/, '');
      return [step, { en: `${label.en} (${zh})`, zh }];
    }),
  ),
  refused: { en: 'A refusal (拒收)', zh: '拒收' },
  objected: { en: 'An objection (交付异议)', zh: '交付异议' },
  objection_resolved: { en: 'Resolving an objection', zh: '处理交付异议' },
} as Record<HandoverAction, BilingualLabel>;

/**
 * How often a step without a lock reads the unit again after another action changed it first: each retry follows
 * another action's commit on the same unit, so running out takes that many changes to one home within milliseconds.
 */
const UNLOCKED_STEP_ATTEMPTS = 5;

/** For a step whose only writes are its end: the state, the event and the audit entry. */
const NO_RECORDS = { writesRecords: false };

function found(unit: HandoverUnit | null, unitId: string): HandoverUnit {
  if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId });
  return unit;
}

interface StepContext {
  manager: EntityManager;
  project: ProjectEntity;
  unit: HandoverUnit;
  user: AuthenticatedUser;
  now: Date;
}

/** What a step adds: the event payload (history), extra audit fields, and typed parts of the response. */
interface StepOutcome {
  payload: Record<string, unknown>;
  audit?: Record<string, unknown>;
  response?: Omit<UnitHandoverStepResultDto, 'unit' | 'event'>;
}

/**
 * The per-unit handover flow (签到 → 面积补差 → 缴费 → 验房 → 钥匙 → 资料 → 礼品 → 交付完成), enforced with the
 * libs/domain state machine. Each action runs in one transaction holding the unit row (SELECT … FOR UPDATE): the
 * transition is checked, the step's records (payments, inspection items, key movements) are written, the state,
 * the history event and the audit entry commit together or not at all.
 */
@Injectable()
export class UnitHandoverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: UnitHandoverRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly keys: KeysService,
  ) {}

  checkIn(user: AuthenticatedUser, projectId: string, unitId: string, dto: StepNoteDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'checked_in',
      async () => ({ payload: { note: dto.note ?? null } }),
      NO_RECORDS,
    );
  }

  /** 面积补差: refund or pay, priced at the contract price; at or beyond the threshold it is flagged for special handling. */
  settleArea(user: AuthenticatedUser, projectId: string, unitId: string, dto: StepNoteDto) {
    return this.record(user, projectId, unitId, 'area_settled', async (context) => {
      const { manager, project, unit } = context;
      const settings = await this.repository.feeSettings(project.id, manager);
      const difference = areaDifferenceOf(unit, settings);
      const [receiptNo] = await this.pay(context, [
        { kind: 'area_difference', amountFen: difference.amountFen, specialHandling: difference.thresholdReached },
      ]);
      const result = areaDifferenceDto(unit, settings, difference, receiptNo);
      const record = {
        differenceCenti: difference.differenceCenti,
        differenceBp: difference.differenceBp,
        thresholdBp: result.thresholdBp,
        direction: difference.direction,
        amountFen: difference.amountFen,
        specialHandling: difference.thresholdReached,
        receiptNo,
      };
      return { payload: { ...record, note: dto.note ?? null }, audit: record, response: { areaDifference: result } };
    });
  }

  /** 缴费: property-fee prepayment, deed tax and maintenance fund from the project's fee settings, one receipt each. */
  payFees(user: AuthenticatedUser, projectId: string, unitId: string, dto: StepNoteDto) {
    return this.record(user, projectId, unitId, 'fees_paid', async (context) => {
      const { manager, project, unit } = context;
      const settings = await this.repository.feeSettings(project.id, manager);
      if (!settings) {
        throw new ApiError(HttpStatus.CONFLICT, 'FEES_NEED_FEE_SETTINGS', { projectId: project.id });
      }
      const { contractPriceFen, fees } = feesOf(unit, settings);
      const amounts = [
        { kind: 'property_fee', amountFen: fees.propertyFeePrepaymentFen },
        { kind: 'deed_tax', amountFen: fees.deedTaxFen },
        { kind: 'maintenance_fund', amountFen: fees.maintenanceFundFen },
      ] as const;
      const receiptNos = await this.pay(context, amounts);
      const [propertyFeePrepayment, deedTax, maintenanceFund] = amounts.map(
        ({ kind, amountFen }, i): FeeLineDto => ({ kind, amount: MoneyDto.of(amountFen), receiptNo: receiptNos[i] }),
      );
      const result: FeesDto = {
        prepaidMonths: settings.prepaidMonths,
        contractPrice: MoneyDto.of(contractPriceFen),
        propertyFeePrepayment,
        deedTax,
        maintenanceFund,
        total: MoneyDto.of(fees.totalFen),
      };
      const record = {
        contractPriceFen,
        prepaidMonths: settings.prepaidMonths,
        propertyFeeFen: fees.propertyFeePrepaymentFen,
        deedTaxFen: fees.deedTaxFen,
        maintenanceFundFen: fees.maintenanceFundFen,
        totalFen: fees.totalFen,
        receiptNos: [result.propertyFeePrepayment, result.deedTax, result.maintenanceFund]
          .map((fee) => fee.receiptNo)
          .filter((no) => no !== null),
      };
      return { payload: { ...record, note: dto.note ?? null }, audit: record, response: { fees: result } };
    });
  }

  /** 验房 (先验房后交付): simple defects are fixed on the spot by the rapid repair team, the others logged for repair. */
  inspect(user: AuthenticatedUser, projectId: string, unitId: string, dto: InspectDto) {
    return this.record(user, projectId, unitId, 'inspected', async ({ manager, project, unit }) => {
      const items = await this.repository.insertInspectionItems(
        manager,
        (dto.defects ?? []).map((defect) => ({
          projectId: project.id,
          unitId: unit.id,
          description: defect.description.trim(),
          simple: defect.simple,
          status: defect.simple ? 'fixed_on_spot' : 'logged_for_repair',
          recordedBy: user.id,
        })),
      );
      const team = {
        sales: dto.team.sales.trim(),
        engineering: dto.team.engineering.trim(),
        property: dto.team.property.trim(),
      };
      const fixedOnSpot = items.filter((item) => item.status === 'fixed_on_spot').length;
      const counts = { defects: items.length, fixedOnSpot, loggedForRepair: items.length - fixedOnSpot };
      return {
        payload: {
          team,
          ...counts,
          items: items.map((item) => ({ id: item.id, description: item.description, status: item.status })),
          note: dto.note ?? null,
        },
        audit: counts,
        response: {
          inspection: {
            team,
            items: items.map(InspectionItemDto.from),
            fixedOnSpot,
            loggedForRepair: counts.loggedForRepair,
          },
        },
      };
    });
  }

  /** 钥匙交接: every key of the unit in the ledger moves from the property company to the owner. */
  handOverKeys(user: AuthenticatedUser, projectId: string, unitId: string, dto: StepNoteDto) {
    return this.record(user, projectId, unitId, 'keys_handed_over', async ({ manager, project, unit }) => {
      const keys = await this.keys.handOverUnitKeys(manager, user, project, unit.id, unitAddressLabel(unit));
      const record = { keyIds: keys.map((key) => key.id), labels: keys.map((key) => key.label) };
      return { payload: { ...record, note: dto.note ?? null }, audit: record, response: { keys } };
    });
  }

  handOverDocuments(user: AuthenticatedUser, projectId: string, unitId: string, dto: HandOverDocumentsDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'documents_handed_over',
      async () => {
        const documents = {
          qualityGuarantee: dto.qualityGuarantee,
          userManual: dto.userManual,
          ownerHandbook: dto.ownerHandbook,
        };
        return { payload: { ...documents, note: dto.note ?? null }, audit: documents };
      },
      NO_RECORDS,
    );
  }

  recordGift(user: AuthenticatedUser, projectId: string, unitId: string, dto: RecordGiftDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'gift_recorded',
      async () => ({
        payload: { gift: dto.gift?.trim() ?? null, note: dto.note ?? null },
        audit: { gift: dto.gift?.trim() ?? null },
      }),
      NO_RECORDS,
    );
  }

  complete(user: AuthenticatedUser, projectId: string, unitId: string, dto: StepNoteDto) {
    return this.record(user, projectId, unitId, 'handed_over', async ({ manager, project, unit, now }) => {
      // 保修: the unit's defects still open become warranty tickets in this transaction, once each.
      const warrantyTickets = await carryOpenDefectsToWarranty(manager, {
        projectId: project.id,
        unitId: unit.id,
        timeZone: project.timeZone,
        actorId: user.id,
        now,
      });
      return { payload: { note: dto.note ?? null }, audit: { warrantyTickets: warrantyTickets.length } };
    });
  }

  /** 拒收: the flow ends; the reason stays in the unit's history. */
  refuse(user: AuthenticatedUser, projectId: string, unitId: string, dto: RefuseHandoverDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'refused',
      async () => ({ payload: { reason: dto.reason.trim() } }),
      NO_RECORDS,
    );
  }

  /** 交付异议: recorded and accepted; the flow pauses until it is resolved, with the reply promised by replyDueAt. */
  object(user: AuthenticatedUser, projectId: string, unitId: string, dto: RaiseObjectionDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'objected',
      async ({ unit }) => {
        const replyDueAt = dto.replyDueAt ? new Date(dto.replyDueAt).toISOString() : null;
        return {
          payload: { description: dto.description.trim(), replyDueAt, raisedAt: unit.handoverState },
          audit: { replyDueAt },
        };
      },
      NO_RECORDS,
    );
  }

  resolveObjection(user: AuthenticatedUser, projectId: string, unitId: string, dto: ResolveObjectionDto) {
    return this.record(
      user,
      projectId,
      unitId,
      'objection_resolved',
      async () => ({
        payload: { resolution: dto.resolution?.trim() ?? null },
      }),
      NO_RECORDS,
    );
  }

  async detail(user: AuthenticatedUser, projectId: string, unitId: string): Promise<UnitHandoverDetailDto> {
    const project = await this.access.requireVisible(user, projectId);
    const unit = await this.repository.findUnit(project.id, unitId);
    if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId });
    const [payments, items, keys, history] = await Promise.all([
      this.repository.payments(unit.id),
      this.repository.inspectionItems(unit.id),
      this.keys.keysOfUnit(unit.id),
      this.repository.history(unit.id),
    ]);
    return {
      ...UnitHandoverViewDto.from(unit, progressOf(unit)),
      payments: payments.map(PaymentDto.from),
      paymentsTotal: MoneyDto.of(payments.reduce((sum, payment) => sum + Number(payment.amountFen), 0)),
      inspectionItems: items.map(InspectionItemDto.from),
      keys,
      history: history.map(HandoverEventDto.from),
    };
  }

  /**
   * What the unit owes or is owed at handover — 面积补差 and the fees as they stand now — against what was paid.
   * Fees are null until the project has fee settings.
   */
  async dues(user: AuthenticatedUser, projectId: string, unitId: string): Promise<UnitDuesDto> {
    const project = await this.access.requireVisible(user, projectId);
    const unit = await this.repository.findUnit(project.id, unitId);
    if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId });
    const [settings, payments] = await Promise.all([
      this.repository.feeSettings(project.id),
      this.repository.payments(unit.id),
    ]);
    const difference = areaDifferenceOf(unit, settings);
    const fees = settings ? { prepaidMonths: settings.prepaidMonths, ...feesOf(unit, settings) } : null;
    const dueFen = difference.amountFen + (fees?.fees.totalFen ?? 0);
    const paidFen = payments.reduce((sum, payment) => sum + Number(payment.amountFen), 0);
    return {
      unitId: unit.id,
      areaDifference: areaDifferenceDto(unit, settings, difference, null),
      fees: fees && {
        prepaidMonths: fees.prepaidMonths,
        contractPrice: MoneyDto.of(fees.contractPriceFen),
        propertyFeePrepayment: {
          kind: 'property_fee',
          amount: MoneyDto.of(fees.fees.propertyFeePrepaymentFen),
          receiptNo: null,
        },
        deedTax: { kind: 'deed_tax', amount: MoneyDto.of(fees.fees.deedTaxFen), receiptNo: null },
        maintenanceFund: {
          kind: 'maintenance_fund',
          amount: MoneyDto.of(fees.fees.maintenanceFundFen),
          receiptNo: null,
        },
        total: MoneyDto.of(fees.fees.totalFen),
      },
      due: MoneyDto.of(dueFen),
      paid: MoneyDto.of(paidFen),
      balance: MoneyDto.of(dueFen - paidFen),
    };
  }

  /**
   * One handover action. A step that writes records of its own (payments, inspection items, key movements, warranty
   * tickets) runs in a transaction holding the unit row (SELECT … FOR UPDATE). A step that writes only its end
   * (`writesRecords: false`) reads the unit without a lock and ends in one guarded statement that changes the unit
   * only if it is still in the state that was read; when another action got there first, it reads the unit again and
   * the state machine decides on what now stands. Either way the state, the event and the audit entry commit together.
   */
  private async record(
    user: AuthenticatedUser,
    projectId: string,
    unitId: string,
    action: HandoverAction,
    work: (context: StepContext) => Promise<StepOutcome>,
    { writesRecords }: { writesRecords: boolean } = { writesRecords: true },
  ): Promise<UnitHandoverStepResultDto> {
    const { project, caller } = await this.access.requireInScope(user, projectId);
    assertMayRecord(caller, RECORD_KIND[action], ACTION_NAMES[action]);
    if (writesRecords) {
      return this.dataSource.transaction(async (manager) => {
        const unit = await this.repository.lockUnit(manager, project.id, unitId);
        const result = await this.step(
          { manager, project, unit: found(unit, unitId), user, now: new Date() },
          action,
          work,
        );
        return result!; // the unit is locked: nothing can have moved it since it was read
      });
    }
    for (let attempt = 1; attempt <= UNLOCKED_STEP_ATTEMPTS; attempt++) {
      const unit = await this.repository.readUnit(project.id, unitId);
      const context = { manager: this.dataSource.manager, project, unit: found(unit, unitId), user, now: new Date() };
      const result = await this.step(context, action, work);
      if (result) return result;
    }
    throw new ApiError(HttpStatus.CONFLICT, 'UNIT_BUSY', { unitId });
  }

  /** The transition, the step's work and its end; null when the unit left the state it was read in. */
  private async step(
    context: StepContext,
    action: HandoverAction,
    work: (context: StepContext) => Promise<StepOutcome>,
  ): Promise<UnitHandoverStepResultDto | null> {
    const { manager, project, unit, user } = context;
    const before = progressOf(unit);
    const after = transition(before, action);
    const outcome = await work(context);
    const resumeFrom = (progress: typeof before) => (progress.state === 'objected' ? progress.resumeFrom : null);
    // one statement for the state, the history event and the audit entry: a payment step holds the project's
    // receipt counter (locked until COMMIT) for this one round trip only
    const event = await this.repository.finishStep(manager, {
      unitId: unit.id,
      from: { state: unit.handoverState, resumeFrom: unit.handoverResumeFrom },
      state: after.state,
      resumeFrom: resumeFrom(after),
      event: { projectId: project.id, step: action, actor: user.id, payload: outcome.payload },
      audit: auditRecordOf({
        actor: user,
        action: `unit_handover.${action}`,
        entityType: 'unit',
        entityId: unit.id,
        projectId: project.id,
        before: { state: before.state, resumeFrom: resumeFrom(before) },
        after: { state: after.state, resumeFrom: resumeFrom(after), ...outcome.audit },
      }),
    });
    if (!event) return null;
    return { unit: UnitHandoverViewDto.from(unit, after), event: HandoverEventDto.from(event), ...outcome.response };
  }

  /**
   * Records the step's payments, each with the project's next receipt number, in two statements (the numbers, then
   * the rows); returns each one's receipt number, null for an amount of zero (nothing to pay, no receipt).
   */
  private async pay(
    context: StepContext,
    lines: readonly { kind: PaymentKind; amountFen: number; specialHandling?: boolean }[],
  ): Promise<(string | null)[]> {
    const { manager, project, unit, user, now } = context;
    const due = lines.filter((line) => line.amountFen !== 0);
    if (due.length === 0) return lines.map(() => null);
    const first = await this.repository.takeReceiptSeqs(manager, project.id, due.length);
    const day = instantToCalendarDate(now.getTime(), project.timeZone);
    const receipts = new Map(due.map((line, i) => [line, formatReceiptNo(day, first + i)]));
    await this.repository.insertPayments(
      manager,
      due.map((line) => ({
        projectId: project.id,
        unitId: unit.id,
        kind: line.kind,
        amountFen: line.amountFen,
        receiptNo: receipts.get(line)!,
        specialHandling: line.specialHandling ?? false,
        recordedBy: user.id,
      })),
    );
    return lines.map((line) => receipts.get(line) ?? null);
  }
}

function areaDifferenceDto(
  unit: HandoverUnit,
  settings: ProjectFeeSettingsEntity | null,
  difference: AreaDifference,
  receiptNo: string | null,
): AreaDifferenceDto {
  return {
    contractedArea: formatCenti(unit.contractedAreaCenti),
    surveyedArea: formatCenti(unit.surveyedAreaCenti),
    differenceArea: formatCenti(difference.differenceCenti),
    differenceCenti: difference.differenceCenti,
    differenceBp: difference.differenceBp,
    thresholdBp: settings?.refundThresholdBp ?? DEFAULT_AREA_REFUND_THRESHOLD_BP,
    direction: difference.direction,
    amount: MoneyDto.of(difference.amountFen),
    thresholdReached: difference.thresholdReached,
    specialHandling: difference.thresholdReached,
    receiptNo,
  };
}
