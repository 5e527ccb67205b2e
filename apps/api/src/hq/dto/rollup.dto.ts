import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { dayLabel, formatRateBp, type Rollup, type RollupRow, type TouchPointMeasures } from '@handover/domain';
import { BriefingFiguresDto } from '../../briefings/dto/briefing.dto';
import { MoneyDto } from '../../unit-handover/dto/money.dto';
import { IsCalendarDate } from '../../common/date-validators';

export class RollupQueryDto {
  @ApiPropertyOptional({
    example: '2026-06-11',
    description: 'the local date of every project; default today in the default time zone',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** 关键触点管控指标 of a project up to the end of the date (definitions in README, 关键触点). */
export class TouchPointMeasuresDto {
  @ApiProperty() totalUnits!: number;
  @ApiProperty({ description: 'units with an active handover booking' }) unitsBooked!: number;
  @ApiProperty({ description: 'unitsBooked / totalUnits, basis points' }) bookingUseBp!: number;
  @ApiProperty({ description: 'active handover bookings whose slot has ended' }) bookingsPast!: number;
  @ApiProperty({ description: 'of bookingsPast, the units not checked in before the slot ended (爽约)' })
  noShows!: number;
  @ApiProperty({ description: 'objections answered (objected → objection_resolved)' }) objectionsReplied!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'median hours from objection to its answer' })
  objectionReplyHoursP50!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile hours from objection to its answer' })
  objectionReplyHoursP90!: number | null;
  @ApiProperty({ description: 'defects fixed' }) defectsFixed!: number;
  @ApiProperty({ description: 'of defectsFixed, verified by the owner (an owner audit entry)' })
  defectsConfirmedByOwner!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'basis points; null when none was fixed' })
  ownerConfirmedBp!: number | null;
  @ApiProperty({ description: 'warranty repairs rated by the owner' }) repairsRated!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'average rating × 100 (1–5 scale); null when none' })
  repairRatingCenti!: number | null;
}

export class RollupRowDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '城市公司' }) cityCompany!: string;
  @ApiProperty() name!: string;
  @ApiProperty() batch!: string;
  @ApiProperty({ description: 'D, the first centralized handover day' }) firstHandoverDate!: string;
  @ApiProperty({ example: 'D+1' }) day!: string;
  @ApiProperty({ type: String, nullable: true, description: 'current phase of the timeline' }) phase!: string | null;
  @ApiProperty() atRisk!: boolean;
  @ApiProperty({ type: BriefingFiguresDto }) figures!: BriefingFiguresDto;
  @ApiProperty({ example: '21.7%' }) handoverRate!: string;
  @ApiProperty({ type: MoneyDto }) settled!: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded!: MoneyDto;
  @ApiProperty({ type: TouchPointMeasuresDto, nullable: true, description: '关键触点; null in the at-risk list' })
  touchPoints!: TouchPointMeasuresDto | null;

  static from(row: RollupRow, date: string, touchPoints?: TouchPointMeasures): RollupRowDto {
    return {
      projectId: row.projectId,
      cityCompany: row.cityCompany,
      name: row.name,
      batch: row.batch,
      firstHandoverDate: row.firstHandoverDate,
      day: dayLabel(row.firstHandoverDate, date),
      phase: row.phase,
      atRisk: row.atRisk,
      figures: { ...row.figures },
      handoverRate: formatRateBp(row.figures.handoverRateBp),
      settled: MoneyDto.of(row.figures.settledFen),
      refunded: MoneyDto.of(row.figures.refundedFen),
      touchPoints: touchPoints ? { ...touchPoints } : null,
    };
  }
}

export class RollupDto {
  @ApiProperty({ example: '2026-06-11' }) date!: string;
  @ApiProperty({ type: [RollupRowDto], description: 'one row per active project' }) rows!: RollupRowDto[];
  @ApiProperty({ type: [RollupRowDto], description: 'the projects whose handover date is at risk' })
  atRisk!: RollupRowDto[];

  static from(rollup: Rollup, touchPoints?: Map<string, TouchPointMeasures>): RollupDto {
    return {
      date: rollup.date,
      rows: rollup.rows.map((row) => RollupRowDto.from(row, rollup.date, touchPoints?.get(row.projectId))),
      atRisk: rollup.atRisk.map((row) => RollupRowDto.from(row, rollup.date)),
    };
  }
}
