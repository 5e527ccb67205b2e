import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  RISK_AREAS,
  type RiskArea,
  type RiskChecklistAreaEntity,
  type RiskDecision,
  type RiskItemEntity,
} from '@handover/database';
import { DEPARTMENTS, type Department } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { IsCalendarDate } from '../../common/date-validators';

export class CreateRiskItemDto {
  @ApiProperty({ enum: RISK_AREAS }) @IsIn(RISK_AREAS as unknown as string[]) area!: RiskArea;
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;
  @ApiProperty({ enum: DEPARTMENTS, description: 'the department that owns and decides the item' })
  @IsIn(DEPARTMENTS as string[])
  department!: Department;
}

/** rectify: plan, owner and deadline; cannot_rectify: the unified explanation (统一说辞) and the compensation plan. */
export class DecideRiskItemDto {
  @ApiProperty({ enum: ['rectify', 'cannot_rectify'] }) @IsIn(['rectify', 'cannot_rectify']) decision!: RiskDecision;

  @ApiPropertyOptional({ description: 'required to rectify' })
  @ValidateIf((dto: DecideRiskItemDto) => dto.decision === 'rectify')
  @IsString()
  @IsNotEmpty({ message: 'plan is required to rectify' })
  @MaxLength(4000)
  plan?: string;

  @ApiPropertyOptional({ description: 'the person responsible for the rectification; required to rectify' })
  @ValidateIf((dto: DecideRiskItemDto) => dto.decision === 'rectify')
  @IsString()
  @IsNotEmpty({ message: 'owner is required to rectify' })
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ example: '2027-01-31', description: 'required to rectify' })
  @ValidateIf((dto: DecideRiskItemDto) => dto.decision === 'rectify')
  @IsCalendarDate()
  deadline?: string;

  @ApiPropertyOptional({ description: '统一说辞; required when it cannot be rectified' })
  @ValidateIf((dto: DecideRiskItemDto) => dto.decision === 'cannot_rectify')
  @IsString()
  @IsNotEmpty({ message: 'unifiedExplanation is required when the item cannot be rectified' })
  @MaxLength(4000)
  unifiedExplanation?: string;

  @ApiPropertyOptional({ description: '赔偿/补偿方案; required when it cannot be rectified' })
  @ValidateIf((dto: DecideRiskItemDto) => dto.decision === 'cannot_rectify')
  @IsString()
  @IsNotEmpty({ message: 'compensationPlan is required when the item cannot be rectified' })
  @MaxLength(4000)
  compensationPlan?: string;
}

export class ListRisksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RISK_AREAS }) @IsOptional() @IsIn(RISK_AREAS as unknown as string[]) area?: RiskArea;

  @ApiPropertyOptional({ description: 'true: decided items only; false: undecided only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'decided must be true or false' })
  decided?: boolean;
}

export class RiskItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: RISK_AREAS }) area!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: DEPARTMENTS }) department!: string;
  @ApiProperty({ enum: ['rectify', 'cannot_rectify'], nullable: true }) decision!: RiskDecision | null;
  @ApiProperty({ type: String, nullable: true }) plan!: string | null;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) unifiedExplanation!: string | null;
  @ApiProperty({ type: String, nullable: true }) compensationPlan!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty() createdAt!: string;

  static from(entity: RiskItemEntity): RiskItemDto {
    return {
      id: entity.id,
      projectId: entity.projectId,
      area: entity.area,
      description: entity.description,
      department: entity.department,
      decision: entity.decision,
      plan: entity.plan,
      owner: entity.owner,
      deadline: entity.deadline,
      unifiedExplanation: entity.unifiedExplanation,
      compensationPlan: entity.compensationPlan,
      decidedBy: entity.decidedBy,
      decidedAt: entity.decidedAt?.toISOString() ?? null,
      createdAt: entity.createdAt.toISOString(),
    };
  }
}

export class RiskItemPageDto {
  @ApiProperty({ type: [RiskItemDto] }) items!: RiskItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class RiskAreaDto {
  @ApiProperty({ enum: RISK_AREAS }) area!: string;
  @ApiProperty() title!: string;
  @ApiProperty() checklist!: string;
  @ApiProperty() items!: number;
  @ApiProperty() undecided!: number;

  static from(entity: RiskChecklistAreaEntity, counts: { items: number; undecided: number } | undefined): RiskAreaDto {
    return {
      area: entity.area,
      title: entity.title,
      checklist: entity.checklist,
      items: counts?.items ?? 0,
      undecided: counts?.undecided ?? 0,
    };
  }
}

export class RiskRegisterDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ type: [RiskAreaDto] }) areas!: RiskAreaDto[];
  @ApiProperty() undecided!: number;
}
