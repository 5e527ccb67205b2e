import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import { instantToCalendarDate, renderRollupMarkdown, type CalendarDate, type Rollup } from '@handover/domain';
import { queryPortfolioFigures } from '@handover/database';
import { RollupDto } from './dto/rollup.dto';
import { rollupWorkbook } from './rollup-workbook';

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

  async rollupDto(date?: CalendarDate): Promise<RollupDto> {
    return RollupDto.from(await this.rollup(date));
  }

  async rollupMarkdown(date?: CalendarDate): Promise<{ date: CalendarDate; markdown: string }> {
    const rollup = await this.rollup(date);
    return { date: rollup.date, markdown: renderRollupMarkdown(rollup) };
  }

  async rollupXlsx(date?: CalendarDate): Promise<{ date: CalendarDate; workbook: Buffer }> {
    const rollup = await this.rollup(date);
    return { date: rollup.date, workbook: await rollupWorkbook(rollup) };
  }
}
