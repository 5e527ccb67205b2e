import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseDto } from '../cases/dto/case.dto';
import { DefectAlertsService } from './defect-alerts.service';
import {
  DefectAlertPageDto,
  FrequentProblemThresholdDto,
  ListDefectAlertsQueryDto,
  PromoteDefectAlertDto,
} from './dto/defect-alert.dto';

@ApiTags('defects')
@ApiBearerAuth()
@Controller('projects/:id')
export class DefectAlertsController {
  constructor(private readonly alerts: DefectAlertsService) {}

  @Get('defect-alerts')
  @ApiOperation({
    summary:
      '高频问题预警: the same category and trade reaching the threshold in one building within the window, newest first',
  })
  @ApiOkResponse({ type: DefectAlertPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListDefectAlertsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DefectAlertPageDto> {
    return this.alerts.list(user, id, query);
  }

  @Get('frequent-problem-threshold')
  @ApiOperation({
    summary: '高频问题预警阈值: defects within days (the defaults, 5 in 3, until the project sets its own)',
  })
  @ApiOkResponse({ type: FrequentProblemThresholdDto })
  threshold(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.alerts.threshold(user, id);
  }

  @Put('frequent-problem-threshold')
  @ApiOperation({
    summary:
      'Set the threshold (the project lead or an admin; others FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN); defects recorded from now on are counted against it',
  })
  @ApiForbiddenResponse({ description: 'FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN' })
  @ApiOkResponse({ type: FrequentProblemThresholdDto })
  putThreshold(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FrequentProblemThresholdDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.alerts.putThreshold(user, id, body);
  }

  @Post('defect-alerts/:alertId/case')
  @Roles('project_lead', 'department_head', 'hq')
  @ApiOperation({ summary: '转为案例: promote the alert to a case of the company case library (案例库), once' })
  @ApiCreatedResponse({ type: CaseDto })
  @ApiNotFoundResponse({ description: 'DEFECT_ALERT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'DEFECT_ALERT_PROMOTED: the alert is already a case (its id in params.caseId)' })
  promote(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alertId', ParseUUIDPipe) alertId: string,
    @Body() body: PromoteDefectAlertDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CaseDto> {
    return this.alerts.promote(user, id, alertId, body);
  }
}
