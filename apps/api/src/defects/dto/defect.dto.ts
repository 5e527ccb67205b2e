import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  DEFECT_CATEGORIES,
  DEFECT_DISPUTE_REASONS,
  DEFECT_PHOTO_STAGES,
  DEFECT_SOURCES,
  DEFECT_STATUSES,
  type DefectCategory,
  type DefectDisputeReason,
  type DefectPhotoStage,
  type DefectEntity,
  type DefectPhotoEntity,
  type DefectSource,
  type DefectStatus,
} from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';
import { IsCalendarDate } from '../../common/date-validators';

export class CreateDefectDto {
  @ApiPropertyOptional({ description: 'the unit (户); give either unitId or publicArea' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ description: '公共区域, e.g. "3# lobby"; give either unitId or publicArea' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  publicArea?: string;

  @ApiProperty({ enum: DEFECT_SOURCES }) @IsIn(DEFECT_SOURCES as unknown as string[]) source!: DefectSource;
  @ApiProperty({ enum: DEFECT_CATEGORIES }) @IsIn(DEFECT_CATEGORIES as unknown as string[]) category!: DefectCategory;
  @ApiProperty({ description: '专业, e.g. civil, plumbing, windows' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  trade!: string;
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) responsibleParty?: string;
  @ApiPropertyOptional({
    example: '2027-01-31',
    description: "the fix deadline; without one, the project's SLA gives it (GET /projects/{id}/defect-sla)",
  })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;
  @ApiPropertyOptional({
    description: '简单问题: an in-unit item fixed on the spot (the shortest SLA); false when absent',
  })
  @IsOptional()
  @IsBoolean()
  simple?: boolean;
}

export class AssignDefectDto {
  @ApiPropertyOptional({
    description: "who fixes it, in words (a trade team, …); the company's name when only contractorCompanyId is given",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  responsibleParty?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the contractor company (施工单位) working on the project whose users fix it; give it or responsibleParty',
  })
  @IsOptional()
  @IsUUID()
  contractorCompanyId?: string;
  @ApiPropertyOptional({ example: '2027-01-31', description: 'the fix deadline; keeps the current one when omitted' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;
}

export class DisputeDefectDto {
  @ApiProperty({
    enum: DEFECT_DISPUTE_REASONS,
    description: '异议理由: not our trade, not a defect, caused by the owner',
  })
  @IsIn(DEFECT_DISPUTE_REASONS as unknown as string[])
  reason!: DefectDisputeReason;
  @ApiProperty({ maxLength: 2000, description: 'what the company says, for the engineering head' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}

export const DISPUTE_OUTCOMES = ['rejected', 'upheld'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export class DecideDisputeDto {
  @ApiProperty({
    enum: DISPUTE_OUTCOMES,
    description:
      'rejected: the same company fixes it; upheld: reassigned to contractorCompanyId, or dismissed (不予整改) without one',
  })
  @IsIn(DISPUTE_OUTCOMES as unknown as string[])
  outcome!: DisputeOutcome;
  @ApiPropertyOptional({ format: 'uuid', description: 'upheld as not their trade: the company that fixes it instead' })
  @IsOptional()
  @IsUUID()
  contractorCompanyId?: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotEmpty() @MaxLength(2000) note!: string;
}

export class ReopenDefectDto {
  @ApiProperty({ maxLength: 2000, description: 'why verification failed (退回整改原因)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class PhotoStageQueryDto {
  @ApiPropertyOptional({
    enum: DEFECT_PHOTO_STAGES,
    default: 'before',
    description: 'before: the defect as found; after: the fix (a contractor always uploads after photos)',
  })
  @IsOptional()
  @IsIn(DEFECT_PHOTO_STAGES as unknown as string[])
  stage?: DefectPhotoStage;
}

export class DefectNoteDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class CannotFixDefectDto {
  @ApiProperty({ description: '统一说辞: why it cannot be fixed' })
  @IsString({ message: 'explanation is required when a defect cannot be fixed' })
  @IsNotEmpty({ message: 'explanation is required when a defect cannot be fixed' })
  @MaxLength(4000)
  explanation!: string;

  @ApiProperty({ description: '补偿方案' })
  @IsString({ message: 'compensationPlan is required when a defect cannot be fixed' })
  @IsNotEmpty({ message: 'compensationPlan is required when a defect cannot be fixed' })
  @MaxLength(4000)
  compensationPlan!: string;
}

export class ReplyToOwnerDto {
  @ApiProperty({ description: 'the decision or solution given to the owner (答复业主)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reply!: string;
}

export class DeferDefectDto {
  @ApiProperty({ example: '2027-03-31', description: 'the committed completion date' })
  @IsCalendarDate()
  until!: string;

  @ApiProperty() @IsString() @IsNotEmpty({ message: 'a deferral needs a reason' }) @MaxLength(2000) reason!: string;
}

export class ListDefectsQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: DEFECT_SOURCES })
  @IsOptional()
  @IsIn(DEFECT_SOURCES as unknown as string[])
  source?: DefectSource;
  @ApiPropertyOptional({ enum: DEFECT_CATEGORIES })
  @IsOptional()
  @IsIn(DEFECT_CATEGORIES as unknown as string[])
  category?: DefectCategory;
  @ApiPropertyOptional({ enum: DEFECT_STATUSES })
  @IsOptional()
  @IsIn(DEFECT_STATUSES as unknown as string[])
  status?: DefectStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) trade?: string;
  @ApiPropertyOptional({ enum: ['unit', 'public_area'] }) @IsOptional() @IsIn(['unit', 'public_area']) location?:
    | 'unit'
    | 'public_area';
  @ApiPropertyOptional({ description: '楼栋 of the unit, exactly as imported (unit defects only)', example: '3#' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  building?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the contractor company it is assigned to' })
  @IsOptional()
  @IsUUID()
  contractorCompanyId?: string;
}

export class DefectSummaryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEFECT_SOURCES })
  @IsOptional()
  @IsIn(DEFECT_SOURCES as unknown as string[])
  source?: DefectSource;
}

export class DefectDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) publicArea!: string | null;
  @ApiProperty({ enum: DEFECT_SOURCES }) source!: string;
  @ApiProperty({ enum: DEFECT_CATEGORIES }) category!: string;
  @ApiProperty() trade!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) responsibleParty!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the contractor company (施工单位) it is assigned to' })
  contractorCompanyId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'when the company accepted it (接单)' })
  acceptedAt!: string | null;
  @ApiProperty({ nullable: true, enum: DEFECT_DISPUTE_REASONS }) disputeReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) disputeNote!: string | null;
  @ApiProperty({ description: 'how many times verification sent it back' }) reopenCount!: number;
  @ApiProperty({ description: '简单问题 (its SLA is the shortest)' }) simple!: boolean;
  @ApiProperty({ nullable: true, type: String, description: "when the company's time to fix started" })
  assignedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) fixedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) reopenReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) deadline!: string | null;
  @ApiProperty({ enum: DEFECT_STATUSES }) status!: string;
  @ApiProperty({ enum: DEFECT_STATUSES, isArray: true, description: 'states this defect may move to next' })
  allowedNext!: string[];
  @ApiProperty({ nullable: true, type: String }) explanation!: string | null;
  @ApiProperty({ nullable: true, type: String }) compensationPlan!: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerReply!: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerRepliedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) deferredUntil!: string | null;
  @ApiProperty({ nullable: true, type: String }) deferralReason!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;

  static from(entity: DefectEntity, allowedNext: readonly string[]): DefectDto {
    return {
      id: entity.id,
      projectId: entity.projectId,
      unitId: entity.unitId,
      publicArea: entity.publicArea,
      source: entity.source,
      category: entity.category,
      trade: entity.trade,
      description: entity.description,
      responsibleParty: entity.responsibleParty,
      contractorCompanyId: entity.contractorCompanyId,
      acceptedAt: entity.acceptedAt?.toISOString() ?? null,
      disputeReason: entity.disputeReason,
      disputeNote: entity.disputeNote,
      reopenCount: entity.reopenCount,
      simple: entity.simple,
      assignedAt: entity.assignedAt?.toISOString() ?? null,
      fixedAt: entity.fixedAt?.toISOString() ?? null,
      reopenReason: entity.reopenReason,
      deadline: entity.deadline,
      status: entity.status,
      allowedNext: [...allowedNext],
      explanation: entity.explanation,
      compensationPlan: entity.compensationPlan,
      ownerReply: entity.ownerReply,
      ownerRepliedAt: entity.ownerRepliedAt?.toISOString() ?? null,
      deferredUntil: entity.deferredUntil,
      deferralReason: entity.deferralReason,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
      closedAt: entity.closedAt?.toISOString() ?? null,
    };
  }
}

/** Where a unit defect is: 楼栋-单元-房号. */
export class DefectUnitDto {
  @ApiProperty() building!: string;
  @ApiProperty() unitNo!: string;
  @ApiProperty() room!: string;
}

/** A defect in a list: with its unit's address and how many photos it has. */
export class DefectListItemDto extends DefectDto {
  @ApiProperty({ type: DefectUnitDto, nullable: true, description: 'null for a public-area defect' })
  unit!: DefectUnitDto | null;
  @ApiProperty() photoCount!: number;
}

export class DefectPageDto {
  @ApiProperty({ type: [DefectListItemDto] }) items!: DefectListItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class DefectPhotoDto {
  @ApiProperty() id!: string;
  @ApiProperty() defectId!: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'] }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ nullable: true, type: String, description: 'the staff user; null for a photo the owner took' })
  uploadedBy!: string | null;
  @ApiProperty({ enum: DEFECT_PHOTO_STAGES }) stage!: string;
  @ApiProperty() createdAt!: string;

  static from(entity: DefectPhotoEntity): DefectPhotoDto {
    return {
      id: entity.id,
      defectId: entity.defectId,
      contentType: entity.contentType,
      stage: entity.stage,
      sizeBytes: entity.sizeBytes,
      uploadedBy: entity.uploadedBy,
      createdAt: entity.createdAt.toISOString(),
    };
  }
}

/** One household's defects after a check stage (e.g. the open day): counts by status and by category. */
export class UnitDefectSummaryDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() building!: string;
  @ApiProperty() unitNo!: string;
  @ApiProperty() room!: string;
  @ApiProperty() total!: number;
  @ApiProperty() open!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() fixed!: number;
  @ApiProperty() verified!: number;
  @ApiProperty() cannotFix!: number;
  @ApiProperty() quality!: number;
  @ApiProperty() nonQuality!: number;
  @ApiProperty({ description: 'non-quality items still waiting for a reply to the owner' }) awaitingOwnerReply!: number;
}

export class UnitDefectSummaryPageDto {
  @ApiProperty({ type: [UnitDefectSummaryDto] }) items!: UnitDefectSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
