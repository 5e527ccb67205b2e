import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { formatRateBp } from '@handover/domain';
import type { HandoverRateDay } from '@handover/database';
import { IsCalendarDate } from '../../common/date-validators';

export class HandoverRateQueryDto {
  @ApiProperty({ example: '2026-06-01', description: 'first local date, inclusive' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-06-30', description: 'last local date, inclusive; at most 92 days after from' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ description: 'only the projects of this city company (城市公司)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cityCompany?: string;
}

export class HandoverRateDayDto {
  @ApiProperty({ example: '2026-06-11' }) date!: string;
  @ApiProperty({ description: 'units of every active project' }) totalUnits!: number;
  @ApiProperty({ description: 'units handed over by the end of the day, each project on its own local day' })
  handedOverCumulative!: number;
  @ApiProperty({ description: 'units handed over on the day' }) handedOverToday!: number;
  @ApiProperty({ description: '交付率 in basis points (3333 = 33.33 %), rounded down' }) handoverRateBp!: number;
  @ApiProperty({ example: '33.3%' }) handoverRate!: string;
}

export class HandoverRateDto {
  @ApiProperty({ type: [HandoverRateDayDto], description: 'one entry per day from `from` to `to`' })
  days!: HandoverRateDayDto[];

  static from(days: HandoverRateDay[]): HandoverRateDto {
    return { days: days.map((day) => ({ ...day, handoverRate: formatRateBp(day.handoverRateBp) })) };
  }
}
