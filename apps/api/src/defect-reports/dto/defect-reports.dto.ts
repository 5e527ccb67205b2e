import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { AGEING_BUCKETS, DEFECT_SLA_DAYS_RANGE } from '@handover/domain';

const { min, max } = DEFECT_SLA_DAYS_RANGE;

/** 整改时限: days to fix per kind of defect. */
export class DefectSlaDto {
  @ApiProperty({ minimum: min, maximum: max, example: 3, description: '简单户内问题 (当场可修)' })
  @Type(() => Number)
  @IsInt()
  @Min(min)
  @Max(max)
  simpleInUnitDays!: number;

  @ApiProperty({ minimum: min, maximum: max, example: 7, description: '其他户内问题' })
  @Type(() => Number)
  @IsInt()
  @Min(min)
  @Max(max)
  inUnitDays!: number;

  @ApiProperty({ minimum: min, maximum: max, example: 30, description: '公共区域问题' })
  @Type(() => Number)
  @IsInt()
  @Min(min)
  @Max(max)
  publicAreaDays!: number;
}

export const AGEING_GROUPINGS = ['building', 'trade', 'company'] as const;
export type AgeingGrouping = (typeof AGEING_GROUPINGS)[number];

export class AgeingQueryDto {
  @ApiProperty({ enum: AGEING_GROUPINGS, description: 'per building (楼栋), trade (专业) or contractor company' })
  @IsIn(AGEING_GROUPINGS as unknown as string[])
  by!: AgeingGrouping;
}

export class AgeingRowDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'the building, trade or company id; null: public areas (by building) or no company (by company)',
  })
  group!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "the company's name (by company)" }) label!: string | null;
  @ApiProperty({ description: 'defects whose deadline runs (open, assigned, disputed)' }) running!: number;
  @ApiProperty({ description: 'of those, overdue' }) overdue!: number;
  @ApiProperty({ description: 'overdue 1–7 days' }) up_to_7!: number;
  @ApiProperty({ description: 'overdue 8–14 days' }) days_8_to_14!: number;
  @ApiProperty({ description: 'overdue 15–30 days' }) days_15_to_30!: number;
  @ApiProperty({ description: 'overdue over 30 days' }) over_30!: number;
}

export class AgeingDto {
  @ApiProperty({ description: "the project's local date the ageing is counted on", example: '2027-03-10' })
  today!: string;
  @ApiProperty({ enum: AGEING_BUCKETS, isArray: true }) buckets!: string[];
  @ApiProperty({ type: [AgeingRowDto] }) rows!: AgeingRowDto[];
}

export class ScorecardRowDto {
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() companyKind!: string;
  @ApiProperty({ description: '专业' }) trade!: string;
  @ApiProperty({ description: 'defects assigned to the company' }) received!: number;
  @ApiProperty() verified!: number;
  @ApiProperty({ description: 'verified without being reopened' }) firstTimePass!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'firstTimePass / verified' })
  firstTimePassRate!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'mean hours from assignment to fixed' })
  meanHoursToFix!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '90th percentile of the hours to fix' })
  p90HoursToFix!: number | null;
  @ApiProperty({ description: 'deadline running' }) running!: number;
  @ApiProperty({ description: 'deadline running and passed' }) overdue!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'overdue / running' }) overdueRate!: number | null;
  @ApiProperty({ description: 'disputes ruled on' }) disputesRuled!: number;
  @ApiProperty({ description: 'disputes upheld' }) disputesUpheld!: number;
}

export class ScorecardDto {
  @ApiProperty({ type: [ScorecardRowDto] }) rows!: ScorecardRowDto[];
}
