import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_KINDS, DEFECT_CATEGORIES, type CaseKind, type DefectAlertRow } from '@handover/database';
import { FREQUENT_PROBLEM_THRESHOLD_RANGE } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';

const { count, windowDays } = FREQUENT_PROBLEM_THRESHOLD_RANGE;

/** 高频问题预警阈值: so many defects of one category and trade in one building within so many days. */
export class FrequentProblemThresholdDto {
  @ApiProperty({ minimum: count.min, maximum: count.max, example: 5, description: 'defects that make a pattern' })
  @Type(() => Number)
  @IsInt()
  @Min(count.min)
  @Max(count.max)
  count!: number;

  @ApiProperty({
    minimum: windowDays.min,
    maximum: windowDays.max,
    example: 3,
    description: "within so many days: today and the days before it, in the project's time zone",
  })
  @Type(() => Number)
  @IsInt()
  @Min(windowDays.min)
  @Max(windowDays.max)
  windowDays!: number;
}

export const DEFECT_ALERT_STATUSES = ['open', 'promoted'] as const;

export class ListDefectAlertsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEFECT_ALERT_STATUSES, description: 'open (not yet a case) or promoted to a case' })
  @IsOptional()
  @IsIn(DEFECT_ALERT_STATUSES as unknown as string[])
  status?: (typeof DEFECT_ALERT_STATUSES)[number];
}

/** 转为案例: the case is worded from the alert unless the caller words it. */
export class PromoteDefectAlertDto {
  @ApiPropertyOptional({ enum: CASE_KINDS, description: 'by default: common_quality_problem (常见质量问题)' })
  @IsOptional()
  @IsIn(CASE_KINDS as unknown as string[])
  kind?: CaseKind;

  @ApiPropertyOptional({ maxLength: 200, description: 'by default: the building, trade and category' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 8000, description: 'by default: the window and the count' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  summary?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'by default: the trade' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
}

export class DefectAlertDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ enum: DEFECT_CATEGORIES }) category!: string;
  @ApiProperty({ description: '专业' }) trade!: string;
  @ApiProperty({ description: "the window's first day, the project's local date", example: '2027-03-08' })
  windowStart!: string;
  @ApiProperty({ description: "the window's last day (the day it was raised)", example: '2027-03-10' })
  windowEnd!: string;
  @ApiProperty({ description: 'the defects in the window when it was raised' }) defectCount!: number;
  @ApiProperty({ description: 'the threshold in force then' }) thresholdCount!: number;
  @ApiProperty() windowDays!: number;
  @ApiProperty({ enum: DEFECT_ALERT_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the defect whose recording raised it' })
  raisedByDefectId!: string | null;
  @ApiProperty({ description: 'ISO instant' }) raisedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the case (案例) it became' }) caseId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'ISO instant' }) promotedAt!: string | null;

  static from(row: DefectAlertRow): DefectAlertDto {
    return {
      id: row.id,
      building: row.building,
      category: row.category,
      trade: row.trade,
      windowStart: row.windowStart,
      windowEnd: row.windowEnd,
      defectCount: row.defectCount,
      thresholdCount: row.thresholdCount,
      windowDays: row.windowDays,
      status: row.caseId === null ? 'open' : 'promoted',
      raisedByDefectId: row.raisedByDefectId,
      raisedAt: new Date(row.raisedAt).toISOString(),
      caseId: row.caseId,
      promotedAt: row.promotedAt === null ? null : new Date(row.promotedAt).toISOString(),
    };
  }
}

export class DefectAlertPageDto {
  @ApiProperty({ type: [DefectAlertDto] }) items!: DefectAlertDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
