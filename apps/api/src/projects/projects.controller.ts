import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MILESTONE_KEYS, type Language, type MilestoneKey } from '@handover/domain';
import { CurrentUser, Roles, OpenToContractors } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ParseEnumValuePipe } from '../common/parse-enum-value.pipe';
import { RequestLanguage } from '../common/request-language';
import { LaunchProjectDto } from './dto/launch-project.dto';
import { ListProjectsQueryDto } from './dto/list-projects.query';
import {
  ApproveMilestoneDto,
  AssignDepartmentHeadDto,
  CityResponsibleDto,
  DecideAtRiskDto,
  DecidePostponementDto,
  RejectMilestoneDto,
  RequestPostponementDto,
  ReschedulePreviewQueryDto,
  SetCityResponsibleDto,
} from './dto/project-commands.dto';
import { ProjectAssignmentsDto } from './dto/project-assignments.dto';
import { PlanPreviewDto, ReschedulePreviewDto } from './dto/plan-response.dto';
import { ListNotificationsQueryDto, NotificationPageDto } from './dto/project-notifications.dto';
import { ProjectDetailDto, ProjectPageDto } from './dto/project-response.dto';
import { PlanPreviewService } from './plan-preview.service';
import { ProjectAssignmentsService } from './project-assignments.service';
import { ProjectDecisionsService } from './project-decisions.service';
import { ProjectLaunchService } from './project-launch.service';
import { ProjectNotificationsService } from './project-notifications.service';
import { ProjectStatusService } from './project-status.service';

const milestoneKey = new ParseEnumValuePipe<MilestoneKey>('milestone', MILESTONE_KEYS);

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly launches: ProjectLaunchService,
    private readonly previews: PlanPreviewService,
    private readonly status: ProjectStatusService,
    private readonly decisions: ProjectDecisionsService,
    private readonly notificationsOf: ProjectNotificationsService,
    private readonly assignments: ProjectAssignmentsService,
  ) {}

  /** Launch a handover project: stores it and starts its timeline workflow. Repeating the same launch is harmless. */
  @Post()
  @Roles('project_lead', 'hq', 'admin')
  @ApiCreatedResponse({
    type: ProjectDetailDto,
    description: '201 when created, 200 when the same launch was already done',
  })
  async launch(
    @Body() dto: LaunchProjectDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.launches.launch(dto, user);
    response.status(result.created ? 201 : 200);
    return result.project;
  }

  /** The plan a launch would produce and its problems; nothing is stored. */
  @Post('plan-preview')
  @HttpCode(200)
  @Roles('project_lead', 'hq', 'admin')
  @ApiOkResponse({ type: PlanPreviewDto })
  previewPlan(@Body() dto: LaunchProjectDto, @CurrentUser() user: AuthenticatedUser) {
    return this.previews.previewPlan(dto, user);
  }

  @Get()
  @OpenToContractors()
  @ApiOkResponse({ type: ProjectPageDto })
  list(@Query() query: ListProjectsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.status.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProjectDetailDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @RequestLanguage() language: Language,
  ) {
    return this.status.get(user, id, language);
  }

  @Post(':id/milestones/:milestone/approve')
  @HttpCode(200)
  @ApiParam({ name: 'milestone', enum: MILESTONE_KEYS })
  @ApiOkResponse({ type: ProjectDetailDto })
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('milestone', milestoneKey) milestone: MilestoneKey,
    @Body() dto: ApproveMilestoneDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.decisions.approve(user, id, milestone, dto);
  }

  /** Sends the milestone back to work with a reason; approvals given so far are withdrawn. */
  @Post(':id/milestones/:milestone/reject')
  @HttpCode(200)
  @ApiParam({ name: 'milestone', enum: MILESTONE_KEYS })
  @ApiOkResponse({ type: ProjectDetailDto })
  reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('milestone', milestoneKey) milestone: MilestoneKey,
    @Body() dto: RejectMilestoneDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.decisions.reject(user, id, milestone, dto);
  }

  @Post(':id/postponements')
  @Roles('project_lead')
  @ApiOkResponse({ type: ProjectDetailDto })
  requestPostponement(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RequestPostponementDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.decisions.requestPostponement(user, id, dto);
  }

  @Post(':id/postponements/:requestId/decision')
  @HttpCode(200)
  @Roles('hq')
  @ApiOkResponse({ type: ProjectDetailDto })
  decidePostponement(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: DecidePostponementDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.decisions.decidePostponement(user, id, requestId, dto);
  }

  /** HQ's decision when the property transfer missed D-20: postpone D, or proceed with a recorded exception. */
  @Post(':id/at-risk-decision')
  @HttpCode(200)
  @Roles('hq')
  @ApiOkResponse({ type: ProjectDetailDto })
  decideAtRisk(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecideAtRiskDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.decisions.decideAtRisk(user, id, dto);
  }

  /** What-if: the re-planned dates of a new D, which gates would be late or at risk, which reminders would fire. */
  @Get(':id/reschedule-preview')
  @ApiOkResponse({ type: ReschedulePreviewDto })
  previewReschedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ReschedulePreviewQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.previews.previewReschedule(user, id, query.firstHandoverDate);
  }

  /** Reminders and escalations the timeline sent for this project, newest first. */
  @Get(':id/notifications')
  @ApiOkResponse({ type: NotificationPageDto })
  notifications(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListNotificationsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.notificationsOf.list(user, id, query);
  }

  /** 城市公司负责人: whom an overdue gate reaches after the signers and the lead, before HQ (escalation ladder). */
  @Put(':id/city-responsible')
  @Roles('project_lead', 'hq', 'admin')
  @ApiOkResponse({ type: CityResponsibleDto })
  async setCityResponsible(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetCityResponsibleDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CityResponsibleDto> {
    return { cityResponsibleUserId: await this.assignments.setCityResponsible(user, id, dto.userId) };
  }

  /** The project's current staff (department → person, with names) and its city company's responsible person. */
  @Get(':id/assignments')
  @ApiOkResponse({ type: ProjectAssignmentsDto })
  staff(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProjectAssignmentsDto> {
    return this.assignments.staff(user, id);
  }

  @Post(':id/assignments')
  @HttpCode(204)
  @Roles('project_lead', 'hq', 'admin')
  async assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignDepartmentHeadDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.assignments.assignDepartmentHead(user, id, dto.userId);
  }
}
