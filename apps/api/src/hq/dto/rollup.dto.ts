import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { dayLabel, formatRateBp, type Rollup, type RollupRow } from '@handover/domain';
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

  static from(row: RollupRow, date: string): RollupRowDto {
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
    };
  }
}

export class RollupDto {
  @ApiProperty({ example: '2026-06-11' }) date!: string;
  @ApiProperty({ type: [RollupRowDto], description: 'one row per active project' }) rows!: RollupRowDto[];
  @ApiProperty({ type: [RollupRowDto], description: 'the projects whose handover date is at risk' })
  atRisk!: RollupRowDto[];

  static from(rollup: Rollup): RollupDto {
    return {
      date: rollup.date,
      rows: rollup.rows.map((row) => RollupRowDto.from(row, rollup.date)),
      atRisk: rollup.atRisk.map((row) => RollupRowDto.from(row, rollup.date)),
    };
  }
}
