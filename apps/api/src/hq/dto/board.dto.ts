import { ApiProperty } from '@nestjs/swagger';
import { dayLabel } from '@handover/domain';
import type { BoardProjectRow } from '@handover/database';

/** One card of the portfolio board (项目看板). */
export class BoardProjectDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: '城市公司' }) cityCompany!: string;
  @ApiProperty() name!: string;
  @ApiProperty() batch!: string;
  @ApiProperty({ description: 'D, the first centralized handover day' }) firstHandoverDate!: string;
  @ApiProperty({ example: 'D-12', description: 'today in the project time zone relative to D' }) day!: string;
  @ApiProperty() centralizedDays!: number;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ enum: ['launching', 'active', 'completed'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'current phase of the timeline' }) currentPhase!:
    | string
    | null;
  @ApiProperty() atRisk!: boolean;
  @ApiProperty({ description: 'escalations ever raised for the project' }) escalations!: number;
  @ApiProperty({ description: 'escalations whose gate, record or at-risk date is still open' })
  openEscalations!: number;
  @ApiProperty({ description: 'postponement requests waiting for HQ' }) pendingPostponements!: number;
  @ApiProperty({ description: 'an at-risk handover date waits for HQ to postpone or proceed' })
  atRiskDecisionPending!: boolean;

  static from(row: BoardProjectRow): BoardProjectDto {
    const { today, ...rest } = row;
    return { ...rest, day: dayLabel(row.firstHandoverDate, today) };
  }
}

export class BoardCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() atRisk!: number;
  @ApiProperty({ description: 'projects with at least one open escalation' }) escalated!: number;
  @ApiProperty({ description: 'projects waiting for an HQ decision (postponement or at-risk date)' })
  awaitingDecision!: number;
}

export class BoardDto {
  @ApiProperty({ type: [BoardProjectDto], description: 'every project: at-risk first, then escalated, then by D' })
  items!: BoardProjectDto[];
  @ApiProperty({ type: BoardCountsDto }) counts!: BoardCountsDto;

  static from(rows: BoardProjectRow[]): BoardDto {
    return {
      items: rows.map(BoardProjectDto.from),
      counts: {
        total: rows.length,
        atRisk: rows.filter((row) => row.atRisk).length,
        escalated: rows.filter((row) => row.openEscalations > 0).length,
        awaitingDecision: rows.filter((row) => row.pendingPostponements > 0 || row.atRiskDecisionPending).length,
      },
    };
  }
}
