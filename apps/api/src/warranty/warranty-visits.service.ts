import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEventsRepository, WarrantyCallBacksRepository, type ProjectEntity } from '@handover/database';
import {
  callBackDueAt,
  daysBetween,
  instantToCalendarDate,
  instantToWallTime,
  mayDoVisitAction,
  mayScheduleVisit,
  ticketStatusAfterVisit,
  visitWindowProblem,
  WARRANTY_VISIT_MAX_HOURS,
  type WarrantyTicketStatus,
  type WarrantyVisitAction,
} from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { OwnerMessagesService } from '../owner-messages/owner-messages.service';
import { ProjectAccessService } from '../projects/project-access.service';
import type {
  CancelWarrantyVisitDto,
  CloseCallBackDto,
  ListCallBacksQueryDto,
  ScheduleWarrantyVisitDto,
  WarrantyCallBackDto,
  WarrantyVisitConfirmationDto,
  WarrantyVisitDoneDto,
  WarrantyVisitDto,
  WarrantyVisitListDto,
} from './dto/warranty-visits.dto';
import { WarrantyCallBackWatch } from './warranty-call-back-watch';
import { WarrantyVisitsRepository, type LockedVisit } from './warranty-visits.repository';
import { WarrantyRepository } from './warranty.repository';
import { WarrantyService } from './warranty.service';

/** The ticket locked for a visit's step, with the visit when the step names one. */
interface Locked {
  ticketStatus: WarrantyTicketStatus;
  visit: LockedVisit;
}

/**
 * 上门维修: repair visits of a warranty ticket — the appointment with the owner (told in advance through the
 * notification outbox), done or cancelled, and the owner's confirmation afterwards (recorded by customer service on
 * the owner's behalf) — and the call-back tasks (回访任务) of visits the owner did not confirm within 24 hours. Each
 * step moves the ticket along (booked, repaired, closed; reported again when not fixed or cancelled), in one
 * transaction with its audit entry.
 */
@Injectable()
export class WarrantyVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visits: WarrantyVisitsRepository,
    private readonly tickets: WarrantyRepository,
    private readonly warranty: WarrantyService,
    private readonly callBacks: WarrantyCallBacksRepository,
    private readonly notifications: NotificationEventsRepository,
    private readonly watch: WarrantyCallBackWatch,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly ownerMessages: OwnerMessagesService,
  ) {}

  /** The ticket's visits and the windows the owner proposed in the owner app (业主希望上门时间), for booking in. */
  async list(user: AuthenticatedUser, projectId: string, ticketId: string): Promise<WarrantyVisitListDto> {
    const project = await this.access.requireVisible(user, projectId);
    if (!(await this.tickets.get(project.id, ticketId)))
      throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_TICKET_NOT_FOUND', { ticketId });
    const [items, windows] = await Promise.all([
      this.visits.listForTicket(project.id, ticketId),
      this.visits.ownerProposedWindows(project.id, [ticketId]),
    ]);
    return { items, ownerProposedWindows: windows.get(ticketId) ?? [] };
  }

  /**
   * 预约上门: refused in the past, for a closed ticket, while the ticket has a visit booked, or when the technician
   * has another booked visit in the window; the owner is told in advance (an outbox event for the owner's channel).
   */
  async schedule(
    user: AuthenticatedUser,
    projectId: string,
    ticketId: string,
    body: ScheduleWarrantyVisitDto,
  ): Promise<WarrantyVisitDto> {
    const project = await this.warranty.requireWriter(user, projectId);
    const wall = (at: Date) => instantToWallTime(at.getTime(), project.timeZone);
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    const now = new Date();
    const problem = visitWindowProblem({ startsAt: startsAt.getTime(), endsAt: endsAt.getTime() }, now.getTime());
    if (problem === 'in_past')
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_VISIT_IN_PAST', {
        from: wall(startsAt),
        now: wall(now),
      });
    if (problem)
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_VISIT_WINDOW', {
        problem,
        from: wall(startsAt),
        until: wall(endsAt),
        maxHours: WARRANTY_VISIT_MAX_HOURS,
      });
    const technician = body.technician.trim();
    const note = body.note?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const ticketStatus = await this.lockTicket(manager, project.id, ticketId);
      if (!mayScheduleVisit(ticketStatus))
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_STATUS_TRANSITION', {
          ticketId,
          status: ticketStatus,
          action: 'book_visit',
        });
      const booked = await this.visits.scheduledOf(manager, ticketId);
      if (booked)
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_VISIT_ALREADY_SCHEDULED', {
          visitId: booked.id,
          from: wall(booked.startsAt),
        });
      const overlap = await this.visits.technicianOverlap(manager, project.id, technician, { startsAt, endsAt });
      if (overlap)
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_VISIT_OVERLAP', {
          technician,
          visitId: overlap.id,
          from: wall(overlap.startsAt),
          until: wall(overlap.endsAt),
        });
      const companyId = body.contractorCompanyId ?? null;
      if (companyId && !(await this.visits.contractorOnProject(manager, project.id, companyId)))
        throw new ApiError(HttpStatus.CONFLICT, 'CONTRACTOR_COMPANY_NOT_ON_PROJECT', { companyId });
      const ticket = (await this.tickets.get(project.id, ticketId, manager))!;
      const keyEntrustmentId = body.keyEntrustmentId ?? null;
      if (
        keyEntrustmentId &&
        !(await this.visits.openEntrustmentOfUnit(manager, project.id, ticket.unitId, keyEntrustmentId))
      )
        throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_VISIT_KEY_ENTRUSTMENT', { keyEntrustmentId });

      const visitId = await this.visits.insert(manager, {
        projectId: project.id,
        ticketId,
        startsAt,
        endsAt,
        technician,
        contractorCompanyId: companyId,
        ownerLeavesKey: body.ownerLeavesKey,
        keyEntrustmentId,
        note,
        createdBy: user.id,
      });
      const after = ticketStatusAfterVisit(ticketStatus, 'scheduled');
      await this.tickets.update(manager, ticketId, { status: after, visit_at: startsAt, visit_note: note });
      const visit = (await this.visits.get(manager, project.id, visitId))!;
      await this.noticeToOwner(manager, project, ticket.unitId, visit, 'scheduled', now);
      await this.ownerMessages.queueRepairVisit(manager, { id: visitId, unitId: ticket.unitId, startsAt, endsAt });
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_visit.scheduled',
          entityType: 'warranty_visit',
          entityId: visitId,
          projectId: project.id,
          before: { ticketStatus },
          after: {
            ticketId,
            ticketStatus: after,
            startsAt: visit.startsAt,
            endsAt: visit.endsAt,
            technician,
            contractorCompanyId: companyId,
            ownerLeavesKey: body.ownerLeavesKey,
            keyEntrustmentId,
          },
        },
        manager,
      );
      return visit;
    });
  }

  /** 维修完成: the ticket is repaired; without the owner's confirmation 24 hours later a call-back task is created. */
  async done(
    user: AuthenticatedUser,
    projectId: string,
    ticketId: string,
    visitId: string,
    body: WarrantyVisitDoneDto,
  ): Promise<WarrantyVisitDto> {
    const project = await this.warranty.requireWriter(user, projectId);
    const note = body.note?.trim() || null;
    const doneAt = new Date();
    const visit = await this.dataSource.transaction(async (manager) => {
      const { ticketStatus } = await this.lockStep(manager, project.id, ticketId, visitId, 'done');
      await this.visits.update(manager, visitId, { status: 'done', done_at: doneAt, done_note: note });
      const after = ticketStatusAfterVisit(ticketStatus, 'done');
      if (after !== ticketStatus)
        await this.tickets.update(manager, ticketId, { status: after, repaired_at: doneAt, repair_note: note });
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_visit.done',
          entityType: 'warranty_visit',
          entityId: visitId,
          projectId: project.id,
          before: { status: 'scheduled', ticketStatus },
          after: { status: 'done', ticketStatus: after, doneAt: doneAt.toISOString(), note },
        },
        manager,
      );
      return (await this.visits.get(manager, project.id, visitId))!;
    });
    await this.watch.track(project.id, visitId, new Date(callBackDueAt(doneAt.getTime())));
    return visit;
  }

  /** 取消预约: the ticket waits for another visit; the owner is told. */
  async cancel(
    user: AuthenticatedUser,
    projectId: string,
    ticketId: string,
    visitId: string,
    body: CancelWarrantyVisitDto,
  ): Promise<WarrantyVisitDto> {
    const project = await this.warranty.requireWriter(user, projectId);
    const reason = body.reason?.trim() || null;
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const { ticketStatus } = await this.lockStep(manager, project.id, ticketId, visitId, 'cancel');
      await this.visits.update(manager, visitId, { status: 'cancelled', cancelled_at: now, cancel_reason: reason });
      const after = ticketStatusAfterVisit(ticketStatus, 'cancelled');
      if (after !== ticketStatus)
        await this.tickets.update(manager, ticketId, { status: after, visit_at: null, visit_note: null });
      const visit = (await this.visits.get(manager, project.id, visitId))!;
      const { unitId } = (await this.tickets.get(project.id, ticketId, manager))!;
      await this.noticeToOwner(manager, project, unitId, visit, 'cancelled', now);
      await this.ownerMessages.cancelRepairVisit(manager, visitId);
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_visit.cancelled',
          entityType: 'warranty_visit',
          entityId: visitId,
          projectId: project.id,
          before: { status: 'scheduled', ticketStatus },
          after: { status: 'cancelled', ticketStatus: after, reason },
        },
        manager,
      );
      return visit;
    });
  }

  /**
   * 业主确认, recorded by customer service on the owner's behalf: confirmed (with a rating) closes the ticket; not
   * fixed (with what is still wrong) puts it back to reported, for another visit. An open call-back task of the visit
   * is closed with it.
   */
  async confirm(
    user: AuthenticatedUser,
    projectId: string,
    ticketId: string,
    visitId: string,
    body: WarrantyVisitConfirmationDto,
  ): Promise<WarrantyVisitDto> {
    const project = await this.warranty.requireWriter(user, projectId);
    const note = body.note?.trim() || null;
    const confirmed = body.outcome === 'confirmed';
    const rating = confirmed ? body.rating! : null;
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const { ticketStatus } = await this.lockStep(manager, project.id, ticketId, visitId, 'confirm');
      await this.visits.update(manager, visitId, {
        confirmation: body.outcome,
        confirmation_note: note,
        rating,
        confirmed_at: now,
        confirmed_by: user.id,
      });
      const after = ticketStatusAfterVisit(ticketStatus, body.outcome);
      if (confirmed) await this.tickets.update(manager, ticketId, { status: after, confirmed_at: now, rating });
      else if (after !== ticketStatus) await this.tickets.update(manager, ticketId, { status: after });
      const closedCallBacks = await this.callBacks.closeOpen(manager, { visitId }, user.id, 'confirmation_recorded');
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_visit.confirmation',
          entityType: 'warranty_visit',
          entityId: visitId,
          projectId: project.id,
          before: { ticketStatus },
          after: { outcome: body.outcome, rating, note, ticketStatus: after, closedCallBacks },
        },
        manager,
      );
      return (await this.visits.get(manager, project.id, visitId))!;
    });
  }

  async listCallBacks(
    user: AuthenticatedUser,
    projectId: string,
    query: ListCallBacksQueryDto,
  ): Promise<Page<WarrantyCallBackDto>> {
    const project = await this.access.requireVisible(user, projectId);
    const [items, total] = await this.visits.listCallBacks(project.id, query);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** 回访完成: customer service called the owner back and says what came of it. */
  async closeCallBack(
    user: AuthenticatedUser,
    projectId: string,
    taskId: string,
    body: CloseCallBackDto,
  ): Promise<WarrantyCallBackDto> {
    const project = await this.warranty.requireWriter(user, projectId);
    const note = body.note.trim();
    return this.dataSource.transaction(async (manager) => {
      const task = await this.visits.lockCallBack(manager, project.id, taskId);
      if (!task) throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_CALL_BACK_NOT_FOUND', { taskId });
      if (task.closedAt) throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_CALL_BACK_CLOSED', { taskId });
      await this.callBacks.closeOpen(manager, { taskId }, user.id, 'closed_by_customer_service', note);
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_call_back.closed',
          entityType: 'warranty_call_back_task',
          entityId: taskId,
          projectId: project.id,
          before: { closed: false },
          after: { closed: true, reason: 'closed_by_customer_service', note },
        },
        manager,
      );
      return (await this.visits.getCallBack(manager, project.id, taskId))!;
    });
  }

  private async lockTicket(manager: EntityManager, projectId: string, ticketId: string): Promise<WarrantyTicketStatus> {
    const status = (await this.tickets.lockStatus(manager, projectId, ticketId)) as WarrantyTicketStatus | null;
    if (!status) throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_TICKET_NOT_FOUND', { ticketId });
    if (status === 'closed') throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_TICKET_CLOSED', { ticketId });
    return status;
  }

  /** The ticket and the visit locked for `action`: 404 when absent, 409 when the ticket is closed or the visit may not. */
  private async lockStep(
    manager: EntityManager,
    projectId: string,
    ticketId: string,
    visitId: string,
    action: WarrantyVisitAction,
  ): Promise<Locked> {
    const ticketStatus = await this.lockTicket(manager, projectId, ticketId);
    const visit = await this.visits.lock(manager, projectId, ticketId, visitId);
    if (!visit) throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_VISIT_NOT_FOUND', { visitId });
    if (action === 'confirm' && visit.confirmation !== null)
      throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_VISIT_ALREADY_CONFIRMED', { visitId });
    if (!mayDoVisitAction(visit, action))
      throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_VISIT_STATUS', { visitId, status: visit.status, action });
    return { ticketStatus, visit };
  }

  /**
   * The owner is told of the visit in advance (or of its cancellation): an outbox event addressed to the unit's
   * owner (`owner:<unitId>`), once per visit and step. Owners have no channel of the notification centre yet (the
   * owner app is a later issue): the fan-out resolves no staff member for it, so it stays a record of what the owner
   * is to be told. The payload carries the appointment, never the owner's name or phone.
   */
  private async noticeToOwner(
    manager: EntityManager,
    project: ProjectEntity,
    unitId: string,
    visit: WarrantyVisitDto,
    step: 'scheduled' | 'cancelled',
    now: Date,
  ): Promise<void> {
    const startsAt = Date.parse(visit.startsAt);
    const dueDate = instantToCalendarDate(startsAt, project.timeZone);
    await this.notifications.emit(
      {
        projectId: project.id,
        kind: 'reminder',
        key: `warranty-visit:${visit.id}:${step}`,
        recipients: [`owner:${unitId}`],
        payload: {
          ownerNotice: step === 'scheduled' ? 'WARRANTY_VISIT_SCHEDULED' : 'WARRANTY_VISIT_CANCELLED',
          ticketId: visit.ticketId,
          visitId: visit.id,
          unitId,
          startsAt: visit.startsAt,
          endsAt: visit.endsAt,
          from: instantToWallTime(startsAt, project.timeZone),
          until: instantToWallTime(Date.parse(visit.endsAt), project.timeZone),
          technician: visit.technician,
          contractorCompanyName: visit.contractorCompanyName,
          ownerLeavesKey: visit.ownerLeavesKey,
          dueDate,
          daysBefore: daysBetween(instantToCalendarDate(now.getTime(), project.timeZone), dueDate),
        },
      },
      manager,
    );
  }
}
