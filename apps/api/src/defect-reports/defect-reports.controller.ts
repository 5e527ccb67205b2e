import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DefectReportsService } from './defect-reports.service';
import { AgeingDto, AgeingQueryDto, DefectSlaDto, ScorecardDto } from './dto/defect-reports.dto';
import { scorecardWorkbook } from './scorecard-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('defects')
@ApiBearerAuth()
@Controller()
export class DefectReportsController {
  constructor(private readonly reports: DefectReportsService) {}

  @Get('projects/:id/defect-sla')
  @ApiOperation({
    summary: "整改时限: the project's days to fix per kind of defect (the defaults until it sets its own)",
  })
  @ApiOkResponse({ type: DefectSlaDto })
  sla(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.reports.sla(user, id);
  }

  @Put('projects/:id/defect-sla')
  @Roles('project_lead', 'admin')
  @ApiOperation({ summary: 'Set the days to fix; defects recorded from now on without a deadline get them' })
  @ApiOkResponse({ type: DefectSlaDto })
  putSla(@Param('id', ParseUUIDPipe) id: string, @Body() body: DefectSlaDto, @CurrentUser() user: AuthenticatedUser) {
    return this.reports.putSla(user, id, body);
  }

  @Get('projects/:id/defects-ageing')
  @ApiOperation({ summary: '超期账龄: running defects per building, trade or company, by days overdue' })
  @ApiOkResponse({ type: AgeingDto })
  ageing(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AgeingQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.reports.ageing(user, id, query.by);
  }

  @Get('projects/:id/contractor-scorecards')
  @ApiOperation({ summary: '施工单位评分卡 of the project, per company and trade' })
  @ApiOkResponse({ type: ScorecardDto })
  async projectScorecards(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return { rows: await this.reports.projectScorecards(user, id) };
  }

  @Get('projects/:id/contractor-scorecards.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'the scorecard as a workbook (sheet 施工单位评分卡)' })
  async projectScorecardsXlsx(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const workbook = await scorecardWorkbook(await this.reports.projectScorecards(user, id));
    response
      .status(200)
      .set({ 'content-type': XLSX, 'content-disposition': `attachment; filename="contractor-scorecards-${id}.xlsx"` })
      .send(workbook);
  }

  @Get('hq/contractor-scorecards')
  @Roles('hq', 'admin')
  @ApiOperation({ summary: '施工单位评分卡 across every project (HQ)' })
  @ApiOkResponse({ type: ScorecardDto })
  async portfolioScorecards() {
    return { rows: await this.reports.portfolioScorecards() };
  }

  @Get('hq/contractor-scorecards.xlsx')
  @Roles('hq', 'admin')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'the portfolio scorecard as a workbook' })
  async portfolioScorecardsXlsx(@Res() response: Response): Promise<void> {
    const workbook = await scorecardWorkbook(await this.reports.portfolioScorecards());
    response
      .status(200)
      .set({ 'content-type': XLSX, 'content-disposition': 'attachment; filename="contractor-scorecards.xlsx"' })
      .send(workbook);
  }
}
