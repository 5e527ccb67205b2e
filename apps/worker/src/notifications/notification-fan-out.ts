import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import {
  BRIEFING_ROBOTS_RECIPIENT,
  BriefingDeliveriesRepository,
  NotificationDispatchRepository,
  NotificationsRepository,
  UserContactsRepository,
  type EventToDispatch,
  type NewNotification,
} from '@handover/database';
import {
  channelsFor,
  deliverableAt,
  dailyBriefingText,
  decisionNoticeText,
  escalationTitle,
  frequentProblemAlertTitle,
  gateReminderText,
  isDecisionNoticeCode,
  isEscalationMessageCode,
  renderEscalationMessage,
  addressOn,
  type DailyBriefingParams,
  type DecisionNotice,
  type EscalationMessage,
  type Language,
  type NotificationText,
  type NotificationTopic,
} from '@handover/domain';
import { PROJECT_LANGUAGE } from '../activities/project-language';
import { ChannelSenders } from './channel-senders';
import { pushRobotNotice, type RobotNotice } from './robot-notices';

/** Escalations that reach people at once, through their quiet hours: major and group complaints (重大/群体投诉). */
const URGENT_ESCALATION_KINDS = new Set(['major_complaint']);

/**
 * 通知分发: turns one outbox event into a notification for each person it names, in that person's language, with
 * one delivery per channel the person chose and can be reached on, not before their quiet hours end. Runs in one
 * transaction that holds the event, so a retry or a second dispatcher finds it done. An event that names the
 * project's briefing robots (robot:briefing) is pushed to them once that transaction has committed.
 */
@Injectable()
export class NotificationFanOut {
  private readonly logger = new Logger('NotificationFanOut');

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatch: NotificationDispatchRepository,
    private readonly contacts: UserContactsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly senders: ChannelSenders,
    private readonly webhooks: BriefingDeliveriesRepository,
    private readonly environment: Environment,
  ) {}

  /** Fans out the oldest event still waiting; false when none is left. */
  async dispatchNext(): Promise<boolean> {
    let robotNotice: RobotNotice | null = null;
    const dispatched = await this.dataSource.transaction(async (manager) => {
      const event = await this.dispatch.lockNextUndispatched(manager);
      if (!event) return false;
      if (event.recipients.includes(BRIEFING_ROBOTS_RECIPIENT))
        robotNotice = { projectId: event.projectId, ...textOf(event, PROJECT_LANGUAGE), link: linkOf(event) };
      const recipients = await this.dispatch.resolveRecipientsWithRoles(manager, event.recipients);
      const roleOf = new Map(recipients.map((recipient) => [recipient.id, recipient.role]));
      const people = await this.contacts.findMany(
        recipients.map((recipient) => recipient.id),
        manager,
      );
      const configured = this.senders.configured();
      const topic: NotificationTopic = event.kind;
      const urgent = event.escalation !== null && URGENT_ESCALATION_KINDS.has(event.escalation.kind);
      const now = Date.now();
      for (const person of people) {
        // The daily briefing goes only to those who asked for it (one per project and day would bury the rest).
        if (topic === 'daily_briefing' && person.preferences.daily_briefing.length === 0) continue;
        const text = textOf(event, person.language);
        const notBefore = new Date(urgent ? now : deliverableAt(now, person.quietHours, person.timeZone));
        const notification: NewNotification = {
          userId: person.userId,
          projectId: event.projectId,
          topic,
          sourceKey: `event:${event.id}`,
          ...coded(event),
          title: text.title,
          body: text.body,
          link: linkOf(event, roleOf.get(person.userId)),
          deliveries: channelsFor(topic, person.preferences, person, configured).map((channel) => ({
            channel,
            address: addressOn(channel, person)!,
            notBefore,
          })),
        };
        await this.notifications.create(notification, manager);
      }
      await this.dispatch.markDispatched(manager, event.id);
      return true;
    });
    if (robotNotice) await this.tellRobots(robotNotice);
    return dispatched;
  }

  /** The group robots hear of it at most once: a failed push is logged, not retried. */
  private async tellRobots(notice: RobotNotice): Promise<void> {
    const webhooks = await this.webhooks.webhooksOf(notice.projectId);
    if (webhooks.length === 0) return;
    const { pushed, failures } = await pushRobotNotice(webhooks, notice, this.senders.consoleUrl, {
      allowPrivateTargets: this.environment.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    });
    if (failures.length > 0)
      this.logger.warn({ event: 'robot_notice_failed', projectId: notice.projectId, pushed, failures });
  }
}

function reminderParams(event: EventToDispatch) {
  const payload = event.payload as { milestoneKey?: string; dueDate?: string; daysBefore?: number };
  return {
    projectName: event.projectName,
    milestoneKey: String(payload.milestoneKey ?? ''),
    dueDate: String(payload.dueDate ?? ''),
    daysBefore: Number(payload.daysBefore ?? 0),
  };
}

/**
 * What an escalation event says as a code: its escalation row's (message_code), else the event's own (a later
 * step of the ladder carries the overdue gate's code); null for rows from before the codes.
 */
function codedMessageOf(event: EventToDispatch): { code: string; params: Record<string, string | number> } | null {
  if (event.escalation?.messageCode)
    return { code: event.escalation.messageCode, params: event.escalation.messageParams ?? {} };
  const { codedMessage } = event.payload as {
    codedMessage?: { code: string; params: Record<string, string | number> };
  };
  return codedMessage ?? null;
}

/** The approval or decision an event of those kinds carries. */
function noticeOf(event: EventToDispatch): DecisionNotice | null {
  const { notice } = event.payload as { notice?: DecisionNotice };
  return notice && isDecisionNoticeCode(notice.code) ? notice : null;
}

function briefingParams(event: EventToDispatch): DailyBriefingParams {
  const { date, figures } = event.payload as {
    date: string;
    figures: Omit<DailyBriefingParams, 'projectName' | 'date'>;
  };
  return { projectName: event.projectName, date, ...figures };
}

function textOf(event: EventToDispatch, language: Language): NotificationText {
  if (event.kind === 'reminder') return gateReminderText(reminderParams(event), language);
  if (event.kind === 'daily_briefing') return dailyBriefingText(briefingParams(event), language);
  const notice = noticeOf(event);
  if (notice) return decisionNoticeText(notice, language);
  const coded = codedMessageOf(event);
  const body =
    coded && isEscalationMessageCode(coded.code)
      ? renderEscalationMessage(coded as EscalationMessage, language)
      : (event.escalation?.message ?? '');
  const title = isFrequentProblem(event)
    ? frequentProblemAlertTitle(event.projectName, language)
    : escalationTitle(event.projectName, language);
  return { title, body };
}

/** The defect an escalation of the deadline watcher is about (整改逾期), if it is one. */
function overdueDefectOf(event: EventToDispatch): string | null {
  if (event.kind !== 'escalation') return null;
  const payload = event.payload as { recordKind?: unknown; recordId?: unknown };
  return payload.recordKind === 'defect' && typeof payload.recordId === 'string' ? payload.recordId : null;
}

/** 高频问题预警: an escalation event the defect intake emits for a frequent-problem alert. */
function isFrequentProblem(event: EventToDispatch): boolean {
  return event.kind === 'escalation' && (event.payload as { kind?: unknown }).kind === 'frequent_problem';
}

/** The code and parameters the console can word again in another language. */
function coded(event: EventToDispatch): { code: string; params: Record<string, string | number> } {
  if (event.kind === 'reminder') return { code: 'GATE_REMINDER', params: reminderParams(event) };
  if (event.kind === 'daily_briefing') return { code: 'DAILY_BRIEFING', params: { ...briefingParams(event) } };
  const notice = noticeOf(event);
  if (notice) return { code: notice.code, params: { ...notice.params } };
  return codedMessageOf(event) ?? { code: 'ESCALATION', params: {} };
}

/**
 * The console page of the event for a person of `role`: the approval inbox, an overdue defect's own page (the
 * contractor's page for a contractor, who may not open HQ's list), HQ's escalation list, the 整改看板 of an alert, or
 * the project's page.
 */
function linkOf(event: EventToDispatch, role?: string): string {
  if (isFrequentProblem(event)) return `/projects/${event.projectId}/rectification`;
  const defectId = overdueDefectOf(event);
  if (defectId)
    return role === 'contractor'
      ? `/contractor/projects/${event.projectId}/defects/${defectId}`
      : `/projects/${event.projectId}/defects/${defectId}`;
  switch (event.kind) {
    case 'approval_waiting':
      return '/approvals';
    case 'escalation':
      return '/hq/escalations';
    case 'daily_briefing':
      return `/projects/${event.projectId}/briefings`;
    default:
      return `/projects/${event.projectId}`;
  }
}
