import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { BoardDto } from './dto/board.dto';
import { PendingDecisionListDto } from './dto/decisions.dto';
import { HandoverRateDto, HandoverRateQueryDto } from './dto/handover-rate.dto';
import { RollupDto, RollupQueryDto } from './dto/rollup.dto';
import { HqService } from './hq.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * HQ's view across projects (集团交付中心): the portfolio board, the decisions waiting, the daily roll-up as JSON, Excel
 * and Markdown, and the handover rate per day. HQ and admin only.
 */
@ApiTags('hq')
@ApiBearerAuth()
@Controller('hq')
@Roles('hq', 'admin')
export class HqController {
  constructor(private readonly hq: HqService) {}

  @Get('board')
  @ApiOkResponse({ type: BoardDto })
  board(): Promise<BoardDto> {
    return this.hq.board();
  }

  @Get('decisions')
  @ApiOkResponse({ type: PendingDecisionListDto })
  decisions(): Promise<PendingDecisionListDto> {
    return this.hq.pendingDecisions();
  }

  @Get('handover-rate')
  @ApiOkResponse({ type: HandoverRateDto })
  handoverRate(@Query() query: HandoverRateQueryDto): Promise<HandoverRateDto> {
    return this.hq.handoverRate(query.from, query.to, query.cityCompany);
  }

  @Get('rollup')
  @ApiOkResponse({ type: RollupDto })
  rollup(@Query() query: RollupQueryDto): Promise<RollupDto> {
    return this.hq.rollupDto(query.date);
  }

  @Get('rollup.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'workbook with the sheets 汇总 and 风险项目' })
  async rollupXlsx(@Query() query: RollupQueryDto, @Res() response: Response): Promise<void> {
    const { date, workbook } = await this.hq.rollupXlsx(query.date);
    response
      .status(200)
      .set({ 'content-type': XLSX, 'content-disposition': `attachment; filename="hq-rollup-${date}.xlsx"` })
      .send(workbook);
  }

  @Get('rollup.md')
  @ApiProduces('text/markdown')
  @ApiOkResponse({ description: 'the roll-up table and the at-risk list in Markdown' })
  async rollupMarkdown(@Query() query: RollupQueryDto, @Res() response: Response): Promise<void> {
    const { markdown } = await this.hq.rollupMarkdown(query.date);
    response.status(200).type('text/markdown; charset=utf-8').send(markdown);
  }
}
