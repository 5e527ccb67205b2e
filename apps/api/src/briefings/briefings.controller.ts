import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CalendarDate } from '@handover/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { BriefingsService } from './briefings.service';
import {
  BriefingDto,
  BriefingListDto,
  BriefingWebhooksDto,
  ListBriefingsQueryDto,
  PutBriefingWebhooksDto,
  ReportingStartedDto,
  RobotTestResultDto,
  TestBriefingWebhooksDto,
} from './dto/briefing.dto';
import { ParseCalendarDatePipe } from './parse-calendar-date.pipe';

/**
 * 集中交付快报: the evening briefings of a project. Reads: anyone who can see the project. Regeneration, robots and
 * the start of the reporting workflow: the project lead or HQ.
 */
@ApiTags('briefings')
@ApiBearerAuth()
@Controller('projects/:id')
export class BriefingsController {
  constructor(private readonly briefings: BriefingsService) {}

  /** Starts the project's reporting workflow (`reporting-<id>`); harmless when it already runs. */
  @Post('reporting/start')
  @HttpCode(200)
  @Roles('project_lead', 'hq')
  @ApiOkResponse({ type: ReportingStartedDto })
  startReporting(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReportingStartedDto> {
    return this.briefings.startReporting(user, id);
  }

  @Get('briefings')
  @ApiOkResponse({ type: BriefingListDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListBriefingsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BriefingListDto> {
    return this.briefings.list(user, id, query);
  }

  @Get('briefings/:date')
  @ApiOkResponse({ type: BriefingDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('date', new ParseCalendarDatePipe()) date: CalendarDate,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BriefingDto> {
    return this.briefings.get(user, id, date);
  }

  /** Recomputes the date's briefing from the records (idempotent: the same records give the same figures). */
  @Post('briefings/:date/regenerate')
  @HttpCode(200)
  @Roles('project_lead', 'hq')
  @ApiOkResponse({ type: BriefingDto })
  regenerate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('date', new ParseCalendarDatePipe()) date: CalendarDate,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BriefingDto> {
    return this.briefings.regenerate(user, id, date);
  }

  @Get('briefing-webhooks')
  @ApiOkResponse({ type: BriefingWebhooksDto })
  webhooks(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BriefingWebhooksDto> {
    return this.briefings.webhooks(user, id);
  }

  /** Replaces the WeChat Work / DingTalk group robots the briefing is pushed to, and optionally the briefing time. */
  @Put('briefing-webhooks')
  @Roles('project_lead', 'hq')
  @ApiOkResponse({ type: BriefingWebhooksDto })
  putWebhooks(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutBriefingWebhooksDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BriefingWebhooksDto> {
    return this.briefings.putWebhooks(user, id, dto);
  }

  /**
   * Sends a test message through the project's robots (or one of them) and answers what each robot said; a robot that
   * refuses or cannot be reached is `delivered: false` with its reason, never an error of the API.
   */
  @Post('briefing-webhooks/test')
  @HttpCode(200)
  @Roles('project_lead', 'hq', 'admin')
  @ApiOkResponse({ type: RobotTestResultDto })
  testWebhooks(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TestBriefingWebhooksDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RobotTestResultDto> {
    return this.briefings.testWebhooks(user, id, dto);
  }
}
