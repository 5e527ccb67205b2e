import { BadRequestException, ConflictException, ForbiddenException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import { ApiError } from '../common/api-error';
import {
  approveMilestoneUpdate,
  decideAtRiskUpdate,
  decidePostponementUpdate,
  HANDOVER_PROJECT_WORKFLOW,
  initialState,
  projectWorkflowId,
  rejectMilestoneUpdate,
  requestPostponementUpdate,
  searchAttributeKeys,
  statusQuery,
  statusViewOf,
  type HandoverProjectInput,
  type HandoverProjectState,
  type HandoverProjectStatus,
} from '@handover/contracts';
import {
  buildPlan,
  instantToCalendarDate,
  isCalendarDate,
  isValidTimeZone,
  previewReschedule,
  validatePlan,
  type ApprovalParty,
  type MilestoneKey,
  type PlanProblem,
  type ReschedulePreview,
} from '@handover/domain';
import { ProjectEntity } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import { GateEvidenceService } from '../risks/gate-evidence.service';
import { SummaryGateService } from '../summaries/summary-gate.service';
import { ProjectReportingStarter } from '../briefings/project-reporting.starter';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { TemporalClientService } from '../temporal/temporal-client.service';
import { toHttpError } from '../temporal/workflow-errors';
import { UsersRepository } from '../users/users.repository';
import type { LaunchProjectDto } from './dto/launch-project.dto';
import type { ListProjectsQueryDto } from './dto/list-projects.query';
import type { ListNotificationsQueryDto, NotificationPageDto } from './dto/project-notifications.dto';
import type {
  ApproveMilestoneDto,
  DecideAtRiskDto,
  DecidePostponementDto,
  RejectMilestoneDto,
  RequestPostponementDto,
} from './dto/project-commands.dto';
import { mentionedUserIds, ProjectDetailDto, ProjectSummaryDto } from './dto/project-response.dto';
import { normalizeLaunch, sameJson, type NormalizedLaunch } from './launch-request';
import { ProjectAccessService } from './project-access.service';
import { ProjectsRepository } from './projects.repository';

export interface LaunchResult {
  created: boolean;
  project: ProjectDetailDto;
}

/** What projects.launch_request holds: the normalized launch, plus what is not compared on a repeat. */
type StoredLaunchRequest = NormalizedLaunch & { launchDate: string; hqExceptionRecordedBy?: string | null };

@Injectable()
export class ProjectsService {
  private readonly logger = new Logger('ProjectsService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccessService,
    private readonly users: UsersRepository,
    private readonly temporal: TemporalClientService,
    private readonly audit: AuditService,
    private readonly environment: Environment,
    private readonly gateEvidence: GateEvidenceService,
    private readonly summaryGate: SummaryGateService,
    private readonly reporting: ProjectReportingStarter,
  ) {}

  /** The plan a launch would get, and every problem with it; nothing is stored. */
  previewPlan(dto: LaunchProjectDto, user: AuthenticatedUser): { launchDate: string; plan: ReturnType<typeof buildPlan>; problems: PlanProblem[] } {
    const launch = normalizeLaunch(dto, dto.leadUserId ?? user.id, this.environment.DEFAULT_TIME_ZONE);
    const { plan, problems, launchDate } = this.planFor(launch);
    return { launchDate, plan, problems };
  }

  async launch(dto: LaunchProjectDto, user: AuthenticatedUser): Promise<LaunchResult> {
    const leadUserId = await this.resolveLead(dto, user);
    if (dto.hqException && user.role !== 'hq') throw new ForbiddenException('Only HQ can record an exception to the plan rules.');
    const launch = normalizeLaunch(dto, leadUserId, this.environment.DEFAULT_TIME_ZONE);
    const { problems, launchDate } = this.planFor(launch);
    const blocking = problems.filter((problem) => !problem.waivable || !launch.hqExceptionReason);
    if (blocking.length > 0) {
      const hint = blocking.every((problem) => problem.waivable) ? ' HQ can accept it by recording an exception.' : '';
      throw new BadRequestException(`The plan cannot be accepted: ${blocking.map((problem) => problem.message).join(' ')}${hint}`);
    }
    await this.assertDepartmentHeads(launch.departmentHeadIds);

    const existing = await this.projects.findByNaturalKey(launch.cityCompany, launch.name, launch.batch);
    if (existing) return this.repeatLaunch(existing, launch, user);
    // Only HQ grants an exception (checked above); the workflow records who did.
    const hqExceptionRecordedBy = launch.hqExceptionReason ? user.id : null;

    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ProjectEntity, {
          id,
          cityCompany: launch.cityCompany,
          name: launch.name,
          batch: launch.batch,
          firstHandoverDate: launch.planInput.firstHandoverDate,
          centralizedDays: launch.planInput.centralizedDays,
          timeZone: launch.planInput.timeZone,
          leadUserId,
          workflowId: projectWorkflowId(id),
          status: 'launching',
          launchRequest: { ...launch, launchDate, hqExceptionRecordedBy } as never,
        });
        await this.projects.assign(id, launch.departmentHeadIds, manager);
        await this.audit.record({ actor: user, action: 'project.launch', entityType: 'project', entityId: id, projectId: id, after: launch }, manager);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        const raced = await this.projects.findByNaturalKey(launch.cityCompany, launch.name, launch.batch);
        if (raced) return this.repeatLaunch(raced, launch, user);
      }
      throw error;
    }
    const project = (await this.projects.findById(id))!;
    const input = await this.startWorkflow(project, launch, launchDate, hqExceptionRecordedBy);
    // The workflow starts from this same state; computing it here keeps its first task off the response path.
    const launched = statusViewOf(initialState(input, project.createdAt.toISOString()));
    return { created: true, project: ProjectDetailDto.fromStatus({ ...project, status: 'active' }, launched, 'launch') };
  }

  private async repeatLaunch(existing: ProjectEntity, launch: NormalizedLaunch, user: AuthenticatedUser): Promise<LaunchResult> {
    const { launchDate, hqExceptionRecordedBy, ...stored } = existing.launchRequest as unknown as StoredLaunchRequest;
    // A project the caller may not see is answered the same way whatever its details: nothing about it is revealed.
    if (!(await this.access.canSee(user, existing))) {
      throw new ApiError(HttpStatus.CONFLICT, 'PROJECT_NAME_TAKEN', { cityCompany: launch.cityCompany, name: launch.name, batch: launch.batch });
    }
    if (!sameJson(stored, launch)) {
      throw new ConflictException(
        `${existing.cityCompany} already has a project "${existing.name}" batch "${existing.batch}" (id ${existing.id}) launched with different details.`,
      );
    }
    if (existing.status === 'launching') {
      // Launches stored before the recorder was kept were all made by HQ users recorded as the lead; keep that.
      await this.startWorkflow(existing, launch, launchDate, hqExceptionRecordedBy ?? (launch.hqExceptionReason ? launch.leadUserId : null));
    }
    return { created: false, project: await this.detail((await this.projects.findById(existing.id))!) };
  }

  /** Idempotent: the workflow id is derived from the project id, so a second start is recognised and ignored. */
  private async startWorkflow(
    project: ProjectEntity,
    launch: NormalizedLaunch,
    launchDate: string,
    hqExceptionRecordedBy: string | null,
  ): Promise<HandoverProjectInput> {
    const input: HandoverProjectInput = {
      projectId: project.id,
      cityCompany: launch.cityCompany,
      name: launch.name,
      batch: launch.batch,
      leadUserId: launch.leadUserId,
      planInput: launch.planInput,
      launchDate,
      hqException: launch.hqExceptionReason && hqExceptionRecordedBy ? { reason: launch.hqExceptionReason, recordedBy: hqExceptionRecordedBy } : null,
    };
    try {
      await this.temporal.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        workflowId: project.workflowId,
        taskQueue: this.temporal.taskQueue,
        args: [input],
        typedSearchAttributes: [
          { key: searchAttributeKeys.projectId, value: project.id },
          { key: searchAttributeKeys.cityCompany, value: project.cityCompany },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        this.logger.error({ projectId: project.id, error: (error as Error).message }, 'workflow start failed; a repeated launch retries it');
        throw toHttpError(error);
      }
    }
    await this.reporting.start(project.id); // the daily briefings (集中交付快报) follow the same plan
    await this.dataSource.query(`UPDATE projects SET status = 'active' WHERE id = $1 AND status = 'launching'`, [project.id]);
    return input;
  }

  private planFor(launch: NormalizedLaunch): { plan: ReturnType<typeof buildPlan>; problems: PlanProblem[]; launchDate: string } {
    const timeZone = launch.planInput.timeZone;
    if (!isValidTimeZone(timeZone)) throw new BadRequestException(`timeZone "${timeZone}" is not a known IANA time zone, e.g. Asia/Shanghai.`);
    if (!isCalendarDate(launch.planInput.firstHandoverDate)) {
      throw new BadRequestException(`firstHandoverDate ${launch.planInput.firstHandoverDate} is not a real calendar date.`);
    }
    const launchDate = instantToCalendarDate(Date.now(), timeZone);
    const plan = buildPlan(launch.planInput, launchDate);
    return { plan, problems: validatePlan(plan, launchDate), launchDate };
  }

  private async resolveLead(dto: LaunchProjectDto, user: AuthenticatedUser): Promise<string> {
    if (user.role === 'project_lead') {
      if (dto.leadUserId && dto.leadUserId !== user.id) throw new ForbiddenException('A project lead launches projects they lead themself.');
      return user.id;
    }
    if (user.role === 'hq' || user.role === 'admin') {
      if (!dto.leadUserId) throw new BadRequestException('leadUserId is required when HQ or an admin launches a project.');
      const [lead] = await this.users.findByIds([dto.leadUserId]);
      if (lead?.role !== 'project_lead') throw new BadRequestException(`User ${dto.leadUserId} is not a project lead.`);
      return lead.id;
    }
    throw new ForbiddenException('Only project leads, HQ and admins launch projects.');
  }

  private async assertDepartmentHeads(ids: string[]): Promise<void> {
    const found = await this.users.findByIds(ids);
    const heads = new Set(found.filter((user) => user.role === 'department_head').map((user) => user.id));
    const wrong = ids.filter((id) => !heads.has(id));
    if (wrong.length > 0) throw new BadRequestException(`Not department heads: ${wrong.join(', ')}.`);
  }

  async get(user: AuthenticatedUser, projectId: string): Promise<ProjectDetailDto> {
    return this.withUserNames(await this.detail(await this.access.requireVisible(user, projectId)));
  }

  /** Screens show who approved or decided by name, not by id. */
  private async withUserNames(detail: ProjectDetailDto): Promise<ProjectDetailDto> {
    const ids = mentionedUserIds(detail).filter((id) => UUID.test(id));
    if (ids.length === 0) return detail;
    const users = await this.users.findByIds(ids);
    return { ...detail, userNames: Object.fromEntries(users.map((user) => [user.id, user.name])) };
  }

  /** Live status from the workflow when Temporal answers; the mirrored snapshot otherwise. */
  private async detail(project: ProjectEntity): Promise<ProjectDetailDto> {
    try {
      const status = await this.temporal.client.workflow.getHandle(project.workflowId).query(statusQuery);
      return ProjectDetailDto.fromStatus(project, status, 'live');
    } catch (error) {
      this.logger.warn({ projectId: project.id, error: (error as Error).message }, 'status query failed; serving the read model');
      const snapshot = project.snapshot as unknown as HandoverProjectState | null;
      if (!snapshot) return ProjectDetailDto.fromStatus(project, null, 'none');
      return ProjectDetailDto.fromStatus(project, statusViewOf(snapshot), 'read-model');
    }
  }

  async list(user: AuthenticatedUser, filter: ListProjectsQueryDto): Promise<Page<ProjectSummaryDto>> {
    const [rows, total] = await this.projects.list(user, filter);
    return { items: rows.map(ProjectSummaryDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  async approve(user: AuthenticatedUser, projectId: string, key: MilestoneKey, dto: ApproveMilestoneDto): Promise<ProjectDetailDto> {
    return this.runUpdate(user, projectId, `milestone.approve`, key, async (handle) => {
      // Gate evidence from the records (risk items, defects): refused with 409 before the workflow sees the approval.
      await this.gateEvidence.assertReadyFor(projectId, key);
      if (key === 'summaryAccepted') await this.summaryGate.assertSubmitted(projectId);
      return handle.executeUpdate(approveMilestoneUpdate, {
        args: [{ actor: actorOf(user), milestoneKey: key, party: dto.party as ApprovalParty | undefined, comment: dto.comment }],
      });
    });
  }

  async reject(user: AuthenticatedUser, projectId: string, key: MilestoneKey, dto: RejectMilestoneDto): Promise<ProjectDetailDto> {
    return this.runUpdate(user, projectId, 'milestone.reject', key, (handle) =>
      handle.executeUpdate(rejectMilestoneUpdate, {
        args: [{ actor: actorOf(user), milestoneKey: key, party: dto.party as ApprovalParty | undefined, reason: dto.reason }],
      }),
    );
  }

  async requestPostponement(user: AuthenticatedUser, projectId: string, dto: RequestPostponementDto): Promise<ProjectDetailDto> {
    const requestId = randomUUID();
    return this.runUpdate(user, projectId, 'postponement.request', requestId, (handle) =>
      handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: actorOf(user), requestId, newFirstHandoverDate: dto.newFirstHandoverDate, reason: dto.reason }],
      }),
    );
  }

  async decidePostponement(user: AuthenticatedUser, projectId: string, requestId: string, dto: DecidePostponementDto): Promise<ProjectDetailDto> {
    const detail = await this.runUpdate(user, projectId, dto.approve ? 'postponement.approve' : 'postponement.refuse', requestId, (handle) =>
      handle.executeUpdate(decidePostponementUpdate, { args: [{ actor: actorOf(user), requestId, approve: dto.approve, note: dto.note }] }),
    );
    if (dto.approve) await this.reporting.calendarChanged(projectId);
    return detail;
  }

  async decideAtRisk(user: AuthenticatedUser, projectId: string, dto: DecideAtRiskDto): Promise<ProjectDetailDto> {
    const detail = await this.runUpdate(user, projectId, `at-risk.${dto.decision}`, 'at-risk', (handle) =>
      handle.executeUpdate(decideAtRiskUpdate, {
        args: [{ actor: actorOf(user), decision: dto.decision, newFirstHandoverDate: dto.newFirstHandoverDate, note: dto.note }],
      }),
    );
    if (dto.decision === 'postpone') await this.reporting.calendarChanged(projectId);
    return detail;
  }

  /** What-if of a new D against the live timeline, using the real clock; nothing changes. */
  async previewReschedule(user: AuthenticatedUser, projectId: string, newDate: string): Promise<ReschedulePreview> {
    const project = await this.access.requireVisible(user, projectId);
    if (!isCalendarDate(newDate)) throw new BadRequestException(`firstHandoverDate ${newDate} is not a real calendar date.`);
    const status = await this.liveStatus(project);
    const open = status.milestones.filter((milestone) => milestone.status !== 'closed').map((milestone) => milestone.key);
    return previewReschedule(status.plan, open, newDate, Date.now());
  }

  async notifications(user: AuthenticatedUser, projectId: string, filter: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const project = await this.access.requireVisible(user, projectId);
    const [items, total] = await this.projects.notifications(project.id, filter);
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  async assignDepartmentHead(user: AuthenticatedUser, projectId: string, userId: string): Promise<void> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role === 'department_head') throw new ForbiddenException('Department heads cannot assign people to projects.');
    await this.assertDepartmentHeads([userId]);
    await this.dataSource.transaction(async (manager) => {
      await this.projects.assign(project.id, [userId], manager);
      await this.audit.record({ actor: user, action: 'project.assign', entityType: 'project', entityId: project.id, projectId: project.id, after: { userId } }, manager);
    });
  }

  private async liveStatus(project: ProjectEntity): Promise<HandoverProjectStatus> {
    try {
      return await this.temporal.client.workflow.getHandle(project.workflowId).query(statusQuery);
    } catch (error) {
      throw toHttpError(error);
    }
  }

  private async runUpdate(
    user: AuthenticatedUser,
    projectId: string,
    action: string,
    entityId: string,
    update: (handle: ReturnType<TemporalClientService['client']['workflow']['getHandle']>) => Promise<HandoverProjectStatus>,
  ): Promise<ProjectDetailDto> {
    const project = await this.access.requireVisible(user, projectId);
    const handle = this.temporal.client.workflow.getHandle(project.workflowId);
    const before = await this.liveStatus(project);
    let after: HandoverProjectStatus;
    try {
      after = await update(handle);
    } catch (error) {
      throw toHttpError(error);
    }
    await this.audit.record({ actor: user, action, entityType: 'project', entityId, projectId, before: auditView(before), after: auditView(after) });
    return this.withUserNames(ProjectDetailDto.fromStatus(project, after, 'live'));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function auditView(status: HandoverProjectStatus) {
  return {
    revision: status.revision,
    firstHandoverDate: status.plan.firstHandoverDate,
    atRisk: status.atRisk,
    milestones: status.milestones.map((m) => ({ key: m.key, status: m.status, dueDate: m.dueDate, approved: m.approvals.map((a) => a.party) })),
    postponements: status.postponements.map((p) => ({ id: p.id, status: p.status })),
    atRiskDecision: status.atRiskDecision?.status ?? null,
  };
}
