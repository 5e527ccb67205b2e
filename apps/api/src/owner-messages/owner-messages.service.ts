import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  bookingReminderDueAt,
  instantToWallTime,
  ownerMessageSourceKey,
  unitAddressLabel,
  type OwnerMessageKind,
  type OwnerMessageParams,
} from '@handover/domain';
import { AuditService, ownerAuditActor } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { OwnerSession } from '../owner-auth/owner-auth.repository';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  OwnerMessagePreferencesDto,
  PREFERENCE_FIELDS,
  type HandoverNoticeSmsResultDto,
  type PreferenceField,
  type PutOwnerMessagePreferencesDto,
} from './dto/owner-messages.dto';
import { OwnerMessagesRepository } from './owner-messages.repository';

/** The booking's slot as the reminder tells it. */
export interface BookedSlot {
  bookingId: string;
  unitId: string;
  kind: 'open_day' | 'handover';
  startsAt: Date;
  endsAt: Date;
}

/** The clock time of an instant on the project's clock, 'HH:mm'. */
const clockTime = (at: Date, timeZone: string) => instantToWallTime(at.getTime(), timeZone).slice(11);

/**
 * 业主短信 (issue 17 item 3): the messages are queued in owner_messages in the transaction of what they tell of — a
 * booking (reminder the day before at 10:00 on the project's clock; moved with it, cancelled with it), a reply to an
 * objection, a scheduled repair visit, the lead's 短信发送交付通知 — and sent by the worker's owner message dispatcher.
 * The owner's number is never copied into a message: the dispatcher reads it from the unit when it sends.
 */
@Injectable()
export class OwnerMessagesService {
  constructor(
    private readonly messages: OwnerMessagesRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** 预约提醒 for a new booking (none when the slot has started). */
  async queueBookingReminder(manager: EntityManager, slot: BookedSlot, now = new Date()): Promise<void> {
    const unit = await this.messages.unitContext(manager, slot.unitId);
    if (!unit) return;
    const due = bookingReminderDueAt(slot.startsAt.getTime(), unit.timeZone, now.getTime());
    if (due === null) return;
    const params: OwnerMessageParams['booking_reminder'] = {
      projectName: unit.projectName,
      unit: unitAddressLabel(unit),
      visit: slot.kind === 'handover' ? '交付' : '开放日',
      from: instantToWallTime(slot.startsAt.getTime(), unit.timeZone),
      until: clockTime(slot.endsAt, unit.timeZone),
    };
    await this.messages.enqueue(manager, {
      projectId: unit.projectId,
      unitId: unit.unitId,
      kind: 'booking_reminder',
      sourceKey: ownerMessageSourceKey.bookingReminder(slot.bookingId),
      params,
      sendAfter: new Date(due),
    });
  }

  /** The reminder of a booking cancelled (or moved away from: the new booking gets its own). */
  async cancelBookingReminder(manager: EntityManager, bookingId: string): Promise<void> {
    await this.messages.cancelPending(manager, ownerMessageSourceKey.bookingReminder(bookingId));
  }

  /** 异议答复: customer service replied to an objection of the unit; sent at once. */
  async queueObjectionReply(manager: EntityManager, complaintId: string, unitId: string): Promise<void> {
    const unit = await this.messages.unitContext(manager, unitId);
    if (!unit) return;
    const params: OwnerMessageParams['objection_reply'] = {
      projectName: unit.projectName,
      unit: unitAddressLabel(unit),
    };
    await this.messages.enqueue(manager, {
      projectId: unit.projectId,
      unitId,
      kind: 'objection_reply',
      sourceKey: ownerMessageSourceKey.objectionReply(complaintId),
      params,
      sendAfter: new Date(),
    });
  }

  /** 报修上门: a repair visit was scheduled for the unit; sent at once. */
  async queueRepairVisit(
    manager: EntityManager,
    visit: { id: string; unitId: string; startsAt: Date; endsAt: Date },
  ): Promise<void> {
    const unit = await this.messages.unitContext(manager, visit.unitId);
    if (!unit) return;
    const params: OwnerMessageParams['repair_visit'] = {
      projectName: unit.projectName,
      unit: unitAddressLabel(unit),
      from: instantToWallTime(visit.startsAt.getTime(), unit.timeZone),
      until: clockTime(visit.endsAt, unit.timeZone),
    };
    await this.messages.enqueue(manager, {
      projectId: unit.projectId,
      unitId: visit.unitId,
      kind: 'repair_visit',
      sourceKey: ownerMessageSourceKey.repairVisit(visit.id),
      params,
      sendAfter: new Date(),
    });
  }

  /** A visit cancelled before its message went out: the message is not sent. */
  async cancelRepairVisit(manager: EntityManager, visitId: string): Promise<void> {
    await this.messages.cancelPending(manager, ownerMessageSourceKey.repairVisit(visitId));
  }

  /**
   * 短信发送交付通知 (the project lead): the notice's days and place to every household with a mobile number, once per
   * household and notice content; refused (404 HANDOVER_NOTICE_NOT_SET) before the lead has set the notice.
   */
  async sendHandoverNotice(user: AuthenticatedUser, projectId: string): Promise<HandoverNoticeSmsResultDto> {
    const project = await this.access.requireVisible(user, projectId);
    return this.messages.transaction(async (manager) => {
      const notice = await this.messages.noticeProject(project.id, manager);
      if (!notice?.place)
        throw new ApiError(HttpStatus.NOT_FOUND, 'HANDOVER_NOTICE_NOT_SET', { projectId: project.id });
      const params: OwnerMessageParams['handover_notice'] = {
        projectName: notice.projectName,
        firstDate: notice.firstHandoverDate,
        lastDate: addDays(notice.firstHandoverDate, notice.centralizedDays - 1),
        place: notice.place,
      };
      const units = await this.messages.noticeUnits(project.id, manager);
      const reachable = units.filter((unit) => unit.reachable);
      const queued = await this.messages.enqueueMany(
        manager,
        project.id,
        'handover_notice',
        reachable.map((unit) => ({
          unitId: unit.id,
          sourceKey: ownerMessageSourceKey.handoverNotice(unit.id, params),
        })),
        params,
        new Date(),
      );
      const result = {
        queued,
        alreadyQueued: reachable.length - queued,
        withoutMobile: units.length - reachable.length,
      };
      await this.audit.record(
        {
          actor: user,
          action: 'owner_messages.handover_notice_sms',
          entityType: 'project_handover_notice',
          entityId: project.id,
          projectId: project.id,
          after: { ...result, firstDate: params.firstDate, lastDate: params.lastDate },
        },
        manager,
      );
      return result;
    });
  }

  async preferences(session: OwnerSession): Promise<OwnerMessagePreferencesDto> {
    return OwnerMessagePreferencesDto.from(await this.messages.optedOut(session.phone));
  }

  /** Sets the number's preferences (every unit of the number follows them), audited with the owner's session. */
  async putPreferences(session: OwnerSession, dto: PutOwnerMessagePreferencesDto): Promise<OwnerMessagePreferencesDto> {
    return this.messages.transaction(async (manager) => {
      const before = OwnerMessagePreferencesDto.from(await this.messages.optedOut(session.phone, manager));
      for (const [field, kind] of Object.entries(PREFERENCE_FIELDS) as [PreferenceField, OwnerMessageKind][]) {
        const enabled = dto[field];
        if (enabled !== undefined) await this.messages.setPreference(manager, session.phone, kind, !enabled);
      }
      const after = OwnerMessagePreferencesDto.from(await this.messages.optedOut(session.phone, manager));
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'owner_message_preferences.put',
          entityType: 'owner_message_preferences',
          entityId: session.id,
          before: { ...before },
          after: { ...after },
        },
        manager,
      );
      return after;
    });
  }
}
