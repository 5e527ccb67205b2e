import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import {
  daysBetween,
  instantToCalendarDate,
  renderRollupMarkdown,
  type CalendarDate,
  type Rollup,
} from '@handover/domain';
import {
  queryBoard,
  queryHandoverRate,
  queryPendingDecisions,
  queryPortfolioFigures,
  queryTouchPoints,
} from '@handover/database';
import { ApiError } from '../common/api-error';
import { BoardDto } from './dto/board.dto';
import { PendingDecisionDto, PendingDecisionListDto } from './dto/decisions.dto';
import { HandoverRateDto } from './dto/handover-rate.dto';
import { RollupDto } from './dto/rollup.dto';
import { rollupWorkbook } from './rollup-workbook';

const MAX_RATE_DAYS = 92;

/** 集团交付日报汇总: every active project's figures for one date, from one set-based query. */
@Injectable()
export class HqService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly environment: Environment,
  ) {}

  async rollup(date?: CalendarDate): Promise<Rollup> {
    const day = date ?? instantToCalendarDate(Date.now(), this.environment.DEFAULT_TIME_ZONE);
    const rows = await queryPortfolioFigures(this.dataSource, day, null);
    return { date: day, rows, atRisk: rows.filter((row) => row.atRisk) };
  }

  /** The roll-up with each project's 关键触点 measures (a second set-based query over the same projects). */
  async rollupDto(date?: CalendarDate): Promise<RollupDto> {
    const rollup = await this.rollup(date);
    const touchPoints = await queryTouchPoints(
      this.dataSource,
      rollup.date,
      rollup.rows.map((row) => row.projectId),
    );
    return RollupDto.from(rollup, touchPoints);
  }

  async rollupMarkdown(date?: CalendarDate): Promise<{ date: CalendarDate; markdown: string }> {
    const rollup = await this.rollup(date);
    return { date: rollup.date, markdown: renderRollupMarkdown(rollup) };
  }

  async rollupXlsx(date?: CalendarDate): Promise<{ date: CalendarDate; workbook: Buffer }> {
    const rollup = await this.rollup(date);
    return { date: rollup.date, workbook: await rollupWorkbook(rollup) };
  }

  /** The portfolio board: every project with its escalation counts, in one query. */
  async board(): Promise<BoardDto> {
    return BoardDto.from(await queryBoard(this.dataSource));
  }

  /** The portfolio's handover rate per day, each project counted on its own local days. */
  async handoverRate(from: CalendarDate, to: CalendarDate, cityCompany?: string): Promise<HandoverRateDto> {
    const span = daysBetween(from, to);
    if (span < 0) throw new ApiError(HttpStatus.BAD_REQUEST, 'DATE_RANGE_REVERSED');
    if (span >= MAX_RATE_DAYS)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DATE_RANGE_TOO_LONG', { maxDays: MAX_RATE_DAYS });
    return HandoverRateDto.from(await queryHandoverRate(this.dataSource, from, to, cityCompany ?? null));
  }

  /** Postponement requests and at-risk dates waiting for HQ, across projects. */
  async pendingDecisions(): Promise<PendingDecisionListDto> {
    return { items: (await queryPendingDecisions(this.dataSource)).map(PendingDecisionDto.from) };
  }
}
