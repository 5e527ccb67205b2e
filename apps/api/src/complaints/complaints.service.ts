import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ComplaintEntity, ProjectEntity } from '@handover/database';
import {
  applyComplaintAction,
  ComplaintNotAcceptedError,
  ComplaintStatusTransitionError,
  DEFAULT_LANGUAGE,
  instantToCalendarDate,
  instantToWallTime,
  renderEscalationMessage,
  isReplyPending,
  ReplyDeadlineFixedError,
  type ComplaintAction,
} from '@handover/domain';
import { AuditService, type OwnerAuditActor } from '../audit/audit.service';
import { callerParams } from '../auth/access-refusal';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { RecordDeadlinesService } from '../defects/record-deadlines.service';
import { OwnerMessagesService } from '../owner-messages/owner-messages.service';
import { ProjectAccessService } from '../projects/project-access.service';
import { ComplaintsRepository } from './complaints.repository';
import {
  ComplaintDto,
  type AcceptComplaintDto,
  type CreateComplaintDto,
  type DetermineResponsibilityDto,
  type FollowUpComplaintDto,
  type InvestigateComplaintDto,
  type ListComplaintsQueryDto,
  type ReplyComplaintDto,
} from './dto/complaint.dto';

/** The audit log's name of each lifecycle action. */
const AUDIT_ACTION: Record<ComplaintAction, string> = {
  accept: 'accept',
  investigate: 'investigate',
  determine_responsibility: 'determine-responsibility',
  reply: 'reply',
  change_reply_deadline: 'reply-deadline',
  follow_up: 'follow-up',
};

/** The status the domain's complaint lifecycle gives after the action; a refused action answers 409 with its code. */
function statusAfter(complaint: ComplaintEntity, action: ComplaintAction): ComplaintEntity['status'] {
  try {
    return applyComplaintAction(complaint, action);
  } catch (error) {
    const complaintId = complaint.id;
    if (error instanceof ComplaintStatusTransitionError)
      throw new ApiError(HttpStatus.CONFLICT, 'COMPLAINT_STATUS_TRANSITION', {
        complaintId,
        status: error.status,
        target: error.target,
        allowed: error.allowed.join(','),
      });
    if (error instanceof ReplyDeadlineFixedError)
      throw new ApiError(HttpStatus.CONFLICT, 'COMPLAINT_REPLY_DEADLINE_FIXED', { complaintId, status: error.status });
    if (error instanceof ComplaintNotAcceptedError)
      throw new ApiError(HttpStatus.CONFLICT, 'COMPLAINT_NOT_ACCEPTED', { complaintId });
    throw error;
  }
}

const inFuture = (field: 'receivedAt' | 'repliedAt') =>
  new ApiError(HttpStatus.BAD_REQUEST, 'COMPLAINT_TIME_IN_FUTURE', { field });
const replyDeadlineTooEarly = () => new ApiError(HttpStatus.BAD_REQUEST, 'COMPLAINT_REPLY_DEADLINE_TOO_EARLY');
const complaintNotFound = (complaintId: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'COMPLAINT_NOT_FOUND', { complaintId });

/** What the audit log keeps: structure and times, no free text that may carry an owner's personal data. */
function auditView(complaint: ComplaintEntity) {
  return {
    unitId: complaint.unitId,
    severity: complaint.severity,
    status: complaint.status,
    receivedAt: complaint.receivedAt,
    replyDeadline: complaint.replyDeadline,
    responsibleParty: complaint.responsibleParty,
    repliedAt: complaint.repliedAt,
    followUpOwner: complaint.followUpOwner,
  };
}

/** 交付异议/投诉 of a project: recorded, accepted with a committed reply time, investigated, answered. */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly deadlines: RecordDeadlinesService,
    private readonly ownerMessages: OwnerMessagesService,
  ) {}

  /** The access policy's complaint handlers: the project lead or the assigned customer service head. */
  private requireWriter(
    user: AuthenticatedUser,
    projectId: string,
    action: 'create' | 'update' = 'update',
  ): Promise<ProjectEntity> {
    return this.access.requireAllowed(user, projectId, 'complaint', action, () => ({
      code: 'COMPLAINTS_FORBIDDEN',
      params: callerParams(user),
    }));
  }

  async create(user: AuthenticatedUser, projectId: string, body: CreateComplaintDto): Promise<ComplaintDto> {
    const project = await this.requireWriter(user, projectId, 'create');
    const receivedAt = new Date(body.receivedAt);
    if (receivedAt.getTime() > Date.now() + 5 * 60_000) throw inFuture('receivedAt');
    const complaint = await this.dataSource.transaction(async (manager) => {
      if (body.unitId && !(await this.complaints.unitBelongsTo(projectId, body.unitId, manager))) {
        throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_NOT_IN_PROJECT', { unitId: body.unitId });
      }
      const created = await this.complaints.insert(
        {
          projectId,
          unitId: body.unitId ?? null,
          subject: body.subject,
          description: body.description,
          receivedAt,
          severity: body.severity,
          status: 'received',
          createdBy: user.id,
        },
        manager,
      );
      await this.audit.record(
        {
          actor: user,
          action: 'complaint.create',
          entityType: 'complaint',
          entityId: created.id,
          projectId,
          after: auditView(created),
        },
        manager,
      );
      if (created.severity !== 'normal') {
        const codedMessage = {
          code: 'MAJOR_COMPLAINT',
          params: {
            subject: created.subject,
            severity: created.severity as 'major' | 'group',
            receivedAt: created.receivedAt.toISOString(),
            receivedAtLocal: instantToWallTime(created.receivedAt.getTime(), project.timeZone),
          },
        } as const;
        // Stored in zh-CN (projects have no language of their own yet); readers get it in theirs from the code.
        const message = renderEscalationMessage(codedMessage, DEFAULT_LANGUAGE);
        const key = `complaint-${created.id}-${created.severity}`;
        const dueDate = instantToCalendarDate(created.receivedAt.getTime(), project.timeZone);
        const payload = {
          key,
          kind: 'major_complaint',
          complaintId: created.id,
          severity: created.severity,
          dueDate,
          codedMessage,
        };
        await this.complaints.escalateToHq(
          projectId,
          created.id,
          key,
          dueDate,
          { message, codedMessage },
          payload,
          manager,
        );
      }
      return created;
    });
    return ComplaintDto.from(complaint);
  }

  async accept(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: AcceptComplaintDto,
  ): Promise<ComplaintDto> {
    const replyDeadline = new Date(body.replyDeadline);
    return this.apply(user, projectId, complaintId, 'accept', (complaint) => {
      if (replyDeadline <= complaint.receivedAt) throw replyDeadlineTooEarly();
      return { replyDeadline, acceptedAt: new Date() };
    });
  }

  /** Moves the committed reply time (the deadline workflow is signalled). */
  async changeReplyDeadline(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: AcceptComplaintDto,
  ): Promise<ComplaintDto> {
    const replyDeadline = new Date(body.replyDeadline);
    return this.apply(user, projectId, complaintId, 'change_reply_deadline', (complaint) => {
      if (replyDeadline <= complaint.receivedAt) throw replyDeadlineTooEarly();
      return { replyDeadline };
    });
  }

  investigate(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: InvestigateComplaintDto,
  ): Promise<ComplaintDto> {
    return this.apply(user, projectId, complaintId, 'investigate', () => ({ facts: body.facts }));
  }

  determineResponsibility(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: DetermineResponsibilityDto,
  ): Promise<ComplaintDto> {
    return this.apply(user, projectId, complaintId, 'determine_responsibility', () => ({
      responsibleParty: body.responsibleParty,
      responsibility: body.responsibility,
    }));
  }

  reply(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: ReplyComplaintDto,
  ): Promise<ComplaintDto> {
    const repliedAt = body.repliedAt ? new Date(body.repliedAt) : new Date();
    if (repliedAt.getTime() > Date.now() + 5 * 60_000) throw inFuture('repliedAt');
    return this.apply(user, projectId, complaintId, 'reply', () => ({ replyContent: body.content, repliedAt }));
  }

  followUp(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    body: FollowUpComplaintDto,
  ): Promise<ComplaintDto> {
    return this.apply(user, projectId, complaintId, 'follow_up', () => ({
      followUpOwner: body.followUpOwner,
      followUpNote: body.note ?? null,
    }));
  }

  /** One lifecycle action: the domain's complaint lifecycle decides the status, then `change` adds the action's fields. */
  private apply(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    action: ComplaintAction,
    change: (complaint: ComplaintEntity) => Partial<ComplaintEntity>,
  ): Promise<ComplaintDto> {
    return this.mutate(user, projectId, complaintId, AUDIT_ACTION[action], (complaint) => {
      const status = statusAfter(complaint, action);
      return { ...change(complaint), status };
    });
  }

  private async mutate(
    user: AuthenticatedUser,
    projectId: string,
    complaintId: string,
    action: string,
    change: (complaint: ComplaintEntity) => Partial<ComplaintEntity>,
  ): Promise<ComplaintDto> {
    await this.requireWriter(user, projectId);
    const [before, after] = await this.dataSource.transaction(async (manager) => {
      const locked = await this.complaints.lock(projectId, complaintId, manager);
      if (!locked) throw complaintNotFound(complaintId);
      const updated = await this.complaints.update(complaintId, change(locked), manager);
      if (updated.status === 'replied') await this.complaints.resolveEscalations(complaintId, manager);
      // 异议答复: the owner of the complaint's unit is told by SMS that the reply is there
      if (updated.status === 'replied' && locked.status !== 'replied' && updated.unitId)
        await this.ownerMessages.queueObjectionReply(manager, complaintId, updated.unitId);
      await this.audit.record(
        {
          actor: user,
          action: `complaint.${action}`,
          entityType: 'complaint',
          entityId: complaintId,
          projectId,
          before: auditView(locked),
          after: auditView(updated),
        },
        manager,
      );
      return [locked, updated] as const;
    });
    const pendingBefore = isReplyPending(before.status);
    const pendingAfter = isReplyPending(after.status);
    if (pendingAfter && (!pendingBefore || before.replyDeadline?.getTime() !== after.replyDeadline?.getTime())) {
      await this.deadlines.track('complaint', after.id, projectId, after.replyDeadline!.toISOString());
    }
    return ComplaintDto.from(after);
  }

  async get(user: AuthenticatedUser, projectId: string, complaintId: string): Promise<ComplaintDto> {
    await this.access.requireVisible(user, projectId);
    const complaint = await this.complaints.find(projectId, complaintId);
    if (!complaint) throw complaintNotFound(complaintId);
    return ComplaintDto.from(complaint);
  }

  async list(user: AuthenticatedUser, projectId: string, filter: ListComplaintsQueryDto): Promise<Page<ComplaintDto>> {
    await this.access.requireVisible(user, projectId);
    const [rows, total] = await this.complaints.list(projectId, filter);
    return { items: rows.map(ComplaintDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  // ── The owner app (异议): the signed-in owner's own unit only; the guard has checked the unit is theirs. ──

  /**
   * An objection the owner raises about their unit: a complaint of the unit as the desk records one (received now,
   * normal severity), for customer service to accept with a committed reply time; audited with the owner as actor.
   */
  async raiseAsOwner(
    owner: { actor: OwnerAuditActor; projectId: string; unitId: string },
    body: { subject: string; description: string },
  ): Promise<ComplaintEntity> {
    return this.dataSource.transaction(async (manager) => {
      const created = await this.complaints.insert(
        {
          projectId: owner.projectId,
          unitId: owner.unitId,
          subject: body.subject,
          description: body.description,
          receivedAt: new Date(),
          severity: 'normal',
          status: 'received',
          createdBy: null,
          raisedByOwner: true,
        },
        manager,
      );
      await this.audit.record(
        {
          actor: owner.actor,
          action: 'complaint.owner-raise',
          entityType: 'complaint',
          entityId: created.id,
          projectId: owner.projectId,
          after: auditView(created),
        },
        manager,
      );
      return created;
    });
  }

  /** The unit's objections, the desk's and the owner's, newest received first. */
  listForOwnerUnit(unitId: string, page: number, pageSize: number): Promise<[ComplaintEntity[], number]> {
    return this.complaints.listOfUnit(unitId, page, pageSize);
  }
}
