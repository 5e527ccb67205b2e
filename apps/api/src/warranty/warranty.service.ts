import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WarrantyCallBacksRepository } from '@handover/database';
import {
  instantToCalendarDate,
  mayDoWarrantyAction,
  mayWriteWarranty,
  STATUTORY_WARRANTY_YEARS,
  WARRANTY_ACTION_RESULT,
  WARRANTY_COMPONENTS,
  warrantyEndedOn,
  warrantyLastDay,
  warrantyPeriods,
  type WarrantyTicketAction,
  type WarrantyTicketStatus,
} from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { callerParams } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import type {
  BookVisitDto,
  ConfirmWarrantyDto,
  CreateWarrantyTicketDto,
  ListWarrantyTicketsQueryDto,
  PutWarrantyPeriodsDto,
  RepairedDto,
  WarrantyPeriodsDto,
  WarrantyTicketDto,
} from './dto/warranty.dto';
import { projectWarrantyYears } from './warranty-carry-over';
import { WarrantyRepository } from './warranty.repository';

/** 保修单: tickets carried over from the handover or taken from an owner's call, their visit, repair and confirmation. */
@Injectable()
export class WarrantyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: WarrantyRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly callBacks: WarrantyCallBacksRepository,
  ) {}

  /** The project, when the caller writes warranty tickets in it (404 out of scope, 403 WARRANTY_FORBIDDEN otherwise). */
  async requireWriter(user: AuthenticatedUser, projectId: string) {
    const { project, caller } = await this.access.requireInScope(user, projectId);
    const writes = mayWriteWarranty(caller);
    if (!writes) throw new ApiError(HttpStatus.FORBIDDEN, 'WARRANTY_FORBIDDEN', callerParams(user));
    return project;
  }

  async list(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListWarrantyTicketsQueryDto,
  ): Promise<Page<WarrantyTicketDto>> {
    await this.access.requireVisible(user, projectId);
    const [items, total] = await this.tickets.list(projectId, filter);
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  async get(user: AuthenticatedUser, projectId: string, ticketId: string): Promise<WarrantyTicketDto> {
    await this.access.requireVisible(user, projectId);
    const ticket = await this.tickets.get(projectId, ticketId);
    if (!ticket) throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_TICKET_NOT_FOUND', { ticketId });
    return ticket;
  }

  /** An owner's call: refused when the unit is not handed over, or with the day the component's period ended. */
  async create(user: AuthenticatedUser, projectId: string, body: CreateWarrantyTicketDto): Promise<WarrantyTicketDto> {
    const project = await this.requireWriter(user, projectId);
    const unit = await this.tickets.unitHandover(project.id, body.unitId);
    if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId: body.unitId });
    if (!unit.handedOverAt)
      throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_UNIT_NOT_HANDED_OVER', { unitId: body.unitId });
    const reportedAt = new Date(body.reportedAt);
    const handedOverOn = instantToCalendarDate(new Date(unit.handedOverAt).getTime(), project.timeZone);
    const reportedOn = instantToCalendarDate(reportedAt.getTime(), project.timeZone);
    if (reportedOn < handedOverOn)
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_REPORTED_BEFORE_HANDOVER', {
        reportedOn,
        handedOverOn,
      });
    return this.dataSource.transaction(async (manager) => {
      const years = (await projectWarrantyYears(manager, project.id))[body.component];
      const lastDay = warrantyLastDay(handedOverOn, years);
      if (reportedOn > lastDay)
        throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_EXPIRED', {
          component: body.component,
          years,
          handedOverOn,
          lastDay,
          endedOn: warrantyEndedOn(handedOverOn, years),
          reportedOn,
        });
      const id = await this.tickets.insert(manager, {
        projectId: project.id,
        unitId: body.unitId,
        component: body.component,
        description: body.description.trim(),
        reportedAt,
        handedOverOn,
        years,
        coveredUntil: lastDay,
        createdBy: user.id,
      });
      const ticket = (await this.tickets.get(project.id, id, manager))!;
      await this.audit.record(
        {
          actor: user,
          action: 'warranty_ticket.created',
          entityType: 'warranty_ticket',
          entityId: id,
          projectId: project.id,
          after: {
            unitId: body.unitId,
            component: body.component,
            reportedAt: ticket.reportedAt,
            coveredUntil: lastDay,
          },
        },
        manager,
      );
      return ticket;
    });
  }

  bookVisit(user: AuthenticatedUser, projectId: string, ticketId: string, body: BookVisitDto) {
    return this.step(user, projectId, ticketId, 'book_visit', {
      visit_at: new Date(body.visitAt),
      visit_note: body.note?.trim() || null,
    });
  }

  repaired(user: AuthenticatedUser, projectId: string, ticketId: string, body: RepairedDto) {
    return this.step(user, projectId, ticketId, 'repaired', {
      repaired_at: new Date(),
      repair_note: body.note?.trim() || null,
    });
  }

  confirm(user: AuthenticatedUser, projectId: string, ticketId: string, body: ConfirmWarrantyDto) {
    return this.step(user, projectId, ticketId, 'confirm', { confirmed_at: new Date(), rating: body.rating });
  }

  private async step(
    user: AuthenticatedUser,
    projectId: string,
    ticketId: string,
    action: WarrantyTicketAction,
    set: Record<string, unknown>,
  ): Promise<WarrantyTicketDto> {
    const project = await this.requireWriter(user, projectId);
    return this.dataSource.transaction(async (manager) => {
      const status = (await this.tickets.lockStatus(manager, project.id, ticketId)) as WarrantyTicketStatus | null;
      if (!status) throw new ApiError(HttpStatus.NOT_FOUND, 'WARRANTY_TICKET_NOT_FOUND', { ticketId });
      if (!mayDoWarrantyAction(status, action))
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_STATUS_TRANSITION', { ticketId, status, action });
      const after = WARRANTY_ACTION_RESULT[action];
      await this.tickets.update(manager, ticketId, { ...set, status: after });
      // The owner's confirmation on the ticket ends the call-backs its repair visits were waiting on.
      if (action === 'confirm') await this.callBacks.closeOpen(manager, { ticketId }, user.id, 'confirmation_recorded');
      await this.audit.record(
        {
          actor: user,
          action: `warranty_ticket.${action}`,
          entityType: 'warranty_ticket',
          entityId: ticketId,
          projectId: project.id,
          before: { status },
          after: { status: after, ...set },
        },
        manager,
      );
      return (await this.tickets.get(project.id, ticketId, manager))!;
    });
  }

  async periods(user: AuthenticatedUser, projectId: string): Promise<WarrantyPeriodsDto> {
    await this.access.requireVisible(user, projectId);
    return this.periodsOf(projectId);
  }

  private async periodsOf(projectId: string): Promise<WarrantyPeriodsDto> {
    const set = await this.tickets.periods(this.dataSource.manager, projectId);
    const inForce = warrantyPeriods(set);
    return {
      periods: WARRANTY_COMPONENTS.map((component) => ({
        component,
        years: inForce[component],
        statutoryYears: STATUTORY_WARRANTY_YEARS[component],
      })),
    };
  }

  /** Longer periods per component; a period shorter than the statute is refused (422) with the statute's years. */
  async putPeriods(
    user: AuthenticatedUser,
    projectId: string,
    body: PutWarrantyPeriodsDto,
  ): Promise<WarrantyPeriodsDto> {
    const project = await this.requireWriter(user, projectId);
    for (const { component, years } of body.periods) {
      const statutoryYears = STATUTORY_WARRANTY_YEARS[component];
      if (years < statutoryYears)
        throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'WARRANTY_PERIOD_TOO_SHORT', {
          component,
          years,
          statutoryYears,
        });
    }
    await this.dataSource.transaction(async (manager) => {
      const before = await this.tickets.periods(manager, project.id);
      for (const { component, years } of body.periods)
        await this.tickets.putPeriod(manager, project.id, component, years);
      await this.audit.record(
        {
          actor: user,
          action: 'project.warranty-periods.set',
          entityType: 'project',
          entityId: project.id,
          projectId: project.id,
          before,
          after: Object.fromEntries(body.periods.map((p) => [p.component, p.years])),
        },
        manager,
      );
    });
    return this.periodsOf(project.id);
  }
}
