import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import {
  HANDOVER_PROJECT_WORKFLOW,
  initialState,
  projectWorkflowId,
  searchAttributeKeys,
  statusViewOf,
  type HandoverProjectInput,
} from '@handover/contracts';
import { assertPlanAcceptable, PlanRejectedError } from '@handover/domain';
import type { ProjectEntity } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectReportingStarter } from '../briefings/project-reporting.starter';
import { ApiError } from '../common/api-error';
import { TemporalClientService } from '../temporal/temporal-client.service';
import { toHttpError } from '../temporal/workflow-errors';
import { UsersRepository } from '../users/users.repository';
import type { LaunchProjectDto } from './dto/launch-project.dto';
import { ProjectDetailDto } from './dto/project-response.dto';
import { normalizeLaunch, planOfLaunch, sameJson, type NormalizedLaunch } from './launch-request';
import { ProjectAccessService } from './project-access.service';
import { ProjectAssignmentsService } from './project-assignments.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectsRepository } from './projects.repository';

export interface LaunchResult {
  created: boolean;
  project: ProjectDetailDto;
}

/** What projects.launch_request holds: the normalized launch, plus what is not compared on a repeat. */
type StoredLaunchRequest = NormalizedLaunch & { launchDate: string; hqExceptionRecordedBy?: string | null };

/**
 * Launching a project (项目启动): the plan accepted or refused, the project stored with its assignments, its timeline
 * workflow and daily briefings started. Repeating the same launch returns the same project and finishes a start that
 * did not reach Temporal.
 */
@Injectable()
export class ProjectLaunchService {
  private readonly logger = new Logger('ProjectLaunchService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccessService,
    private readonly users: UsersRepository,
    private readonly assignments: ProjectAssignmentsService,
    private readonly status: ProjectStatusService,
    private readonly temporal: TemporalClientService,
    private readonly audit: AuditService,
    private readonly environment: Environment,
    private readonly reporting: ProjectReportingStarter,
  ) {}

  async launch(dto: LaunchProjectDto, user: AuthenticatedUser): Promise<LaunchResult> {
    const leadUserId = await this.resolveLead(dto, user);
    if (dto.hqException && user.role !== 'hq') throw new ApiError(HttpStatus.FORBIDDEN, 'HQ_EXCEPTION_HQ_ONLY');
    const launch = normalizeLaunch(dto, leadUserId, this.environment.DEFAULT_TIME_ZONE);
    const { plan, launchDate } = planOfLaunch(launch);
    try {
      assertPlanAcceptable(plan, launchDate, Boolean(launch.hqExceptionReason));
    } catch (error) {
      if (!(error instanceof PlanRejectedError)) throw error;
      throw new ApiError(HttpStatus.BAD_REQUEST, 'PLAN_NOT_ACCEPTABLE', {
        planProblems: error.problems.map((problem) => problem.code).join(','),
        waivable: error.waivableByHq ? 1 : 0,
        detail: error.message,
      });
    }
    await this.assignments.assertDepartmentHeads(launch.departmentHeadIds);

    const existing = await this.projects.findByNaturalKey(launch.cityCompany, launch.name, launch.batch);
    if (existing) return this.repeatLaunch(existing, launch, user);
    // Only HQ grants an exception (checked above); the workflow records who did.
    const hqExceptionRecordedBy = launch.hqExceptionReason ? user.id : null;

    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        const launchRequest: StoredLaunchRequest = { ...launch, launchDate, hqExceptionRecordedBy };
        await this.projects.insert(
          {
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
            launchRequest: launchRequest as never,
          },
          manager,
        );
        await this.projects.assign(id, launch.departmentHeadIds, manager);
        await this.audit.record(
          { actor: user, action: 'project.launch', entityType: 'project', entityId: id, projectId: id, after: launch },
          manager,
        );
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
    const fieldFacts = await this.status.fieldFacts(id);
    return {
      created: true,
      project: ProjectDetailDto.fromStatus({ ...project, status: 'active' }, launched, 'launch', fieldFacts),
    };
  }

  private async repeatLaunch(
    existing: ProjectEntity,
    launch: NormalizedLaunch,
    user: AuthenticatedUser,
  ): Promise<LaunchResult> {
    const { launchDate, hqExceptionRecordedBy, ...stored } = existing.launchRequest as unknown as StoredLaunchRequest;
    // A project the caller may not see is answered the same way whatever its details: nothing about it is revealed.
    if (!(await this.access.canSee(user, existing))) {
      throw new ApiError(HttpStatus.CONFLICT, 'PROJECT_NAME_TAKEN', {
        cityCompany: launch.cityCompany,
        name: launch.name,
        batch: launch.batch,
      });
    }
    if (!sameJson(stored, launch)) {
      throw new ApiError(HttpStatus.CONFLICT, 'PROJECT_LAUNCHED_DIFFERENTLY', {
        cityCompany: existing.cityCompany,
        name: existing.name,
        batch: existing.batch,
        projectId: existing.id,
      });
    }
    if (existing.status === 'launching') {
      // Launches stored before the recorder was kept were all made by HQ users recorded as the lead; keep that.
      await this.startWorkflow(
        existing,
        launch,
        launchDate,
        hqExceptionRecordedBy ?? (launch.hqExceptionReason ? launch.leadUserId : null),
      );
    }
    return { created: false, project: await this.status.detail((await this.projects.findById(existing.id))!) };
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
      ...(launch.notificationSettings && { notificationSettings: launch.notificationSettings }),
      ...(launch.escalationLadder && { escalationLadder: launch.escalationLadder }),
      hqException:
        launch.hqExceptionReason && hqExceptionRecordedBy
          ? { reason: launch.hqExceptionReason, recordedBy: hqExceptionRecordedBy }
          : null,
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
        this.logger.error(
          { projectId: project.id, error: (error as Error).message },
          'workflow start failed; a repeated launch retries it',
        );
        throw toHttpError(error);
      }
    }
    await this.reporting.start(project.id); // the daily briefings (集中交付快报) follow the same plan
    await this.projects.markActive(project.id);
    return input;
  }

  private async resolveLead(dto: LaunchProjectDto, user: AuthenticatedUser): Promise<string> {
    if (user.role === 'project_lead') {
      if (dto.leadUserId && dto.leadUserId !== user.id)
        throw new ApiError(HttpStatus.FORBIDDEN, 'LAUNCH_OWN_PROJECTS_ONLY');
      return user.id;
    }
    if (user.role === 'hq' || user.role === 'admin') {
      if (!dto.leadUserId) throw new ApiError(HttpStatus.BAD_REQUEST, 'LAUNCH_LEAD_REQUIRED');
      const [lead] = await this.users.findByIds([dto.leadUserId]);
      if (lead?.role !== 'project_lead')
        throw new ApiError(HttpStatus.BAD_REQUEST, 'LAUNCH_LEAD_NOT_PROJECT_LEAD', { userId: dto.leadUserId });
      return lead.id;
    }
    throw new ApiError(HttpStatus.FORBIDDEN, 'LAUNCH_FORBIDDEN');
  }
}
