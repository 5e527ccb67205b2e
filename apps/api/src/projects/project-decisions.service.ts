import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  approveMilestoneUpdate,
  decideAtRiskUpdate,
  decidePostponementUpdate,
  rejectMilestoneUpdate,
  requestPostponementUpdate,
  type HandoverProjectStatus,
} from '@handover/contracts';
import type { ApprovalParty, MilestoneKey } from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectReportingStarter } from '../briefings/project-reporting.starter';
import { GateEvidenceService } from '../risks/gate-evidence.service';
import { SummaryGateService } from '../summaries/summary-gate.service';
import { TemporalClientService } from '../temporal/temporal-client.service';
import { toHttpError } from '../temporal/workflow-errors';
import type {
  ApproveMilestoneDto,
  DecideAtRiskDto,
  DecidePostponementDto,
  RejectMilestoneDto,
  RequestPostponementDto,
} from './dto/project-commands.dto';
import { ProjectDetailDto } from './dto/project-response.dto';
import { ProjectAccessService } from './project-access.service';
import { ProjectStatusService } from './project-status.service';

type WorkflowHandle = ReturnType<TemporalClientService['client']['workflow']['getHandle']>;

/**
 * Decisions on a running timeline, each a workflow Update (accepted or refused by the workflow, audited with the
 * state before and after): gate approvals and rejections, postponement requests and decisions, the at-risk decision.
 */
@Injectable()
export class ProjectDecisionsService {
  constructor(
    private readonly access: ProjectAccessService,
    private readonly status: ProjectStatusService,
    private readonly temporal: TemporalClientService,
    private readonly audit: AuditService,
    private readonly gateEvidence: GateEvidenceService,
    private readonly summaryGate: SummaryGateService,
    private readonly reporting: ProjectReportingStarter,
  ) {}

  async approve(
    user: AuthenticatedUser,
    projectId: string,
    key: MilestoneKey,
    dto: ApproveMilestoneDto,
  ): Promise<ProjectDetailDto> {
    return this.runUpdate(user, projectId, `milestone.approve`, key, async (handle) => {
      // Gate evidence from the records (risk items, defects): refused with 409 before the workflow sees the approval.
      await this.gateEvidence.assertReadyFor(projectId, key);
      if (key === 'summaryAccepted') await this.summaryGate.assertSubmitted(projectId);
      return handle.executeUpdate(approveMilestoneUpdate, {
        args: [
          {
            actor: actorOf(user),
            milestoneKey: key,
            party: dto.party as ApprovalParty | undefined,
            comment: dto.comment,
          },
        ],
      });
    });
  }

  async reject(
    user: AuthenticatedUser,
    projectId: string,
    key: MilestoneKey,
    dto: RejectMilestoneDto,
  ): Promise<ProjectDetailDto> {
    return this.runUpdate(user, projectId, 'milestone.reject', key, (handle) =>
      handle.executeUpdate(rejectMilestoneUpdate, {
        args: [
          {
            actor: actorOf(user),
            milestoneKey: key,
            party: dto.party as ApprovalParty | undefined,
            reason: dto.reason,
          },
        ],
      }),
    );
  }

  async requestPostponement(
    user: AuthenticatedUser,
    projectId: string,
    dto: RequestPostponementDto,
  ): Promise<ProjectDetailDto> {
    const requestId = randomUUID();
    return this.runUpdate(user, projectId, 'postponement.request', requestId, (handle) =>
      handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: actorOf(user), requestId, newFirstHandoverDate: dto.newFirstHandoverDate, reason: dto.reason }],
      }),
    );
  }

  async decidePostponement(
    user: AuthenticatedUser,
    projectId: string,
    requestId: string,
    dto: DecidePostponementDto,
  ): Promise<ProjectDetailDto> {
    const detail = await this.runUpdate(
      user,
      projectId,
      dto.approve ? 'postponement.approve' : 'postponement.refuse',
      requestId,
      (handle) =>
        handle.executeUpdate(decidePostponementUpdate, {
          args: [{ actor: actorOf(user), requestId, approve: dto.approve, note: dto.note }],
        }),
    );
    if (dto.approve) await this.reporting.calendarChanged(projectId);
    return detail;
  }

  async decideAtRisk(user: AuthenticatedUser, projectId: string, dto: DecideAtRiskDto): Promise<ProjectDetailDto> {
    const detail = await this.runUpdate(user, projectId, `at-risk.${dto.decision}`, 'at-risk', (handle) =>
      handle.executeUpdate(decideAtRiskUpdate, {
        args: [
          {
            actor: actorOf(user),
            decision: dto.decision,
            newFirstHandoverDate: dto.newFirstHandoverDate,
            note: dto.note,
          },
        ],
      }),
    );
    if (dto.decision === 'postpone') await this.reporting.calendarChanged(projectId);
    return detail;
  }

  private async runUpdate(
    user: AuthenticatedUser,
    projectId: string,
    action: string,
    entityId: string,
    update: (handle: WorkflowHandle) => Promise<HandoverProjectStatus>,
  ): Promise<ProjectDetailDto> {
    const project = await this.access.requireVisible(user, projectId);
    const handle = this.temporal.client.workflow.getHandle(project.workflowId);
    const before = await this.status.liveStatus(project);
    let after: HandoverProjectStatus;
    try {
      after = await update(handle);
    } catch (error) {
      throw toHttpError(error);
    }
    await this.audit.record({
      actor: user,
      action,
      entityType: 'project',
      entityId,
      projectId,
      before: auditView(before),
      after: auditView(after),
    });
    return this.status.withUserNames(
      ProjectDetailDto.fromStatus(project, after, 'live', await this.status.fieldFacts(projectId)),
    );
  }
}

function auditView(status: HandoverProjectStatus) {
  return {
    revision: status.revision,
    firstHandoverDate: status.plan.firstHandoverDate,
    atRisk: status.atRisk,
    milestones: status.milestones.map((m) => ({
      key: m.key,
      status: m.status,
      dueDate: m.dueDate,
      approved: m.approvals.map((a) => a.party),
    })),
    postponements: status.postponements.map((p) => ({ id: p.id, status: p.status })),
    atRiskDecision: status.atRiskDecision?.status ?? null,
  };
}
