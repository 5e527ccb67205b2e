import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  nextStep,
  STATE_LABELS,
  STEP_LABELS,
  UNIT_HANDOVER_STATES,
  UNIT_HANDOVER_STEPS,
  type UnitHandoverProgress,
} from '@handover/domain';
import {
  PAYMENT_KINDS,
  type HandoverInspectionItemEntity,
  type PaymentEntity,
  type UnitHandoverEventEntity,
} from '@handover/database';
import { KeyDto } from '../../keys/dto/key-response.dto';
import type { HandoverUnit } from '../unit-handover.repository';
import { MoneyDto } from './money.dto';

export class LabelDto {
  @ApiProperty() en!: string;
  @ApiProperty() zh!: string;
}

/** Where a unit stands in the per-unit handover flow, and what comes next. No owner data. */
export class UnitHandoverViewDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unitNo!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ enum: UNIT_HANDOVER_STATES }) state!: string;
  @ApiProperty({ type: LabelDto }) stateLabel!: LabelDto;
  @ApiPropertyOptional({
    nullable: true,
    enum: UNIT_HANDOVER_STEPS,
    description: 'while an objection is open: where the flow resumes',
  })
  resumeFrom!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: UNIT_HANDOVER_STEPS,
    description: 'null after handover or refusal, and while an objection is open',
  })
  nextStep!: string | null;
  @ApiPropertyOptional({ nullable: true, type: LabelDto }) nextStepLabel!: LabelDto | null;

  static from(unit: HandoverUnit, progress: UnitHandoverProgress): UnitHandoverViewDto {
    const next = nextStep(progress.state);
    return {
      unitId: unit.id,
      projectId: unit.projectId,
      building: unit.building,
      unitNo: unit.unitNo,
      room: unit.room,
      state: progress.state,
      stateLabel: { ...STATE_LABELS[progress.state] },
      resumeFrom: progress.state === 'objected' ? progress.resumeFrom : null,
      nextStep: next,
      nextStepLabel: next ? { ...STEP_LABELS[next] } : null,
    };
  }
}

export class HandoverEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: "a step, or 'refused', 'objected', 'objection_resolved'" }) step!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty() at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;

  static from(event: UnitHandoverEventEntity): HandoverEventDto {
    return {
      id: String(event.id),
      step: event.step,
      actorId: event.actor,
      at: event.at.toISOString(),
      payload: event.payload,
    };
  }
}

/** 面积补差: surveyed vs contracted area at the contract price. */
export class AreaDifferenceDto {
  @ApiProperty({ example: '89.57', description: '合同面积, m²' }) contractedArea!: string;
  @ApiProperty({ example: '89.02', description: '实测面积, m²' }) surveyedArea!: string;
  @ApiProperty({ example: '-0.55', description: 'surveyed − contracted, m²' }) differenceArea!: string;
  @ApiProperty({ description: 'surveyed − contracted, centi-m²' }) differenceCenti!: number;
  @ApiProperty({ description: '|difference| / contracted, basis points (rounded down)' }) differenceBp!: number;
  @ApiProperty({ description: "the contract's threshold, basis points" }) thresholdBp!: number;
  @ApiProperty({ enum: ['owner_pays', 'refund', 'none'] }) direction!: string;
  @ApiProperty({ type: MoneyDto, description: 'positive: the owner pays; negative: refund' }) amount!: MoneyDto;
  @ApiProperty() thresholdReached!: boolean;
  @ApiProperty({
    description:
      "the difference reaches the contract threshold: the contract's special terms are for a person to apply",
  })
  specialHandling!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null when nothing is owed either way' })
  receiptNo!: string | null;
}

export class FeeLineDto {
  @ApiProperty({ enum: PAYMENT_KINDS }) kind!: string;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for a zero amount (nothing collected)' })
  receiptNo!: string | null;
}

/** 物业费预收, 契税 and 公共维修基金, from the project's fee settings. */
export class FeesDto {
  @ApiProperty() prepaidMonths!: number;
  @ApiProperty({ type: MoneyDto, description: '合同总价 = contracted area × price' }) contractPrice!: MoneyDto;
  @ApiProperty({ type: FeeLineDto }) propertyFeePrepayment!: FeeLineDto;
  @ApiProperty({ type: FeeLineDto }) deedTax!: FeeLineDto;
  @ApiProperty({ type: FeeLineDto }) maintenanceFund!: FeeLineDto;
  @ApiProperty({ type: MoneyDto }) total!: MoneyDto;
}

export class InspectionItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @ApiProperty() simple!: boolean;
  @ApiProperty({ enum: ['fixed_on_spot', 'logged_for_repair'] }) status!: string;

  static from(item: HandoverInspectionItemEntity): InspectionItemDto {
    return { id: item.id, description: item.description, simple: item.simple, status: item.status };
  }
}

export class InspectionResultDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'sales, engineering, property',
  })
  team!: Record<string, string>;
  @ApiProperty({ type: [InspectionItemDto] }) items!: InspectionItemDto[];
  @ApiProperty() fixedOnSpot!: number;
  @ApiProperty() loggedForRepair!: number;
}

/** What a step (or refusal, objection, resolution) recorded, and where the unit stands now. */
export class UnitHandoverStepResultDto {
  @ApiProperty({ type: UnitHandoverViewDto }) unit!: UnitHandoverViewDto;
  @ApiProperty({ type: HandoverEventDto }) event!: HandoverEventDto;
  @ApiPropertyOptional({ type: AreaDifferenceDto }) areaDifference?: AreaDifferenceDto;
  @ApiPropertyOptional({ type: FeesDto }) fees?: FeesDto;
  @ApiPropertyOptional({ type: InspectionResultDto }) inspection?: InspectionResultDto;
  @ApiPropertyOptional({ type: [KeyDto], description: 'hand-over-keys: the keys now with the owner' }) keys?: KeyDto[];
}

export class PaymentDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PAYMENT_KINDS }) kind!: string;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyDto;
  @ApiProperty() receiptNo!: string;
  @ApiProperty() specialHandling!: boolean;
  @ApiProperty() createdAt!: string;

  static from(payment: PaymentEntity): PaymentDto {
    return {
      id: payment.id,
      kind: payment.kind,
      amount: MoneyDto.of(payment.amountFen),
      receiptNo: payment.receiptNo,
      specialHandling: payment.specialHandling,
      createdAt: payment.createdAt.toISOString(),
    };
  }
}

/** A unit's handover record: state, money with receipts, inspection items, keys and the full history. */
export class UnitHandoverDetailDto extends UnitHandoverViewDto {
  @ApiProperty({ type: [PaymentDto] }) payments!: PaymentDto[];
  @ApiProperty({ type: MoneyDto, description: 'sum of the payments: positive collected, negative refunded' })
  paymentsTotal!: MoneyDto;
  @ApiProperty({ type: [InspectionItemDto] }) inspectionItems!: InspectionItemDto[];
  @ApiProperty({ type: [KeyDto] }) keys!: KeyDto[];
  @ApiProperty({ type: [HandoverEventDto], description: 'oldest first' }) history!: HandoverEventDto[];
}

/**
 * What a unit owes at handover as things stand: 面积补差 (positive: the owner pays; negative: refund) and the fees,
 * against the payments recorded. balance = due − paid: what is still to collect (negative: still to refund).
 */
export class UnitDuesDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: AreaDifferenceDto, description: 'receiptNo is always null here; see payments' })
  areaDifference!: AreaDifferenceDto;
  @ApiPropertyOptional({
    nullable: true,
    type: FeesDto,
    description: 'null while the project has no fee settings; receipt numbers are null here',
  })
  fees!: FeesDto | null;
  @ApiProperty({ type: MoneyDto, description: 'area difference + fees' }) due!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'sum of the payments recorded' }) paid!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'due − paid' }) balance!: MoneyDto;
}
