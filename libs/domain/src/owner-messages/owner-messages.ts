import { addDays } from '../schedule/calendar-date';
import { instantToCalendarDate, zonedTimeToInstant } from '../schedule/time-zone';

/**
 * 业主短信: the text messages owners get besides the sign-in code — 交付通知书 (the lead sends it to every household),
 * 预约提醒 (the day before a booked slot), 异议答复 (customer service replied to an objection) and 报修上门 (a repair
 * visit was scheduled). Each kind can be turned off by the owner (消息设置); the sign-in code cannot.
 */
export const OWNER_MESSAGE_KINDS = ['handover_notice', 'booking_reminder', 'objection_reply', 'repair_visit'] as const;
export type OwnerMessageKind = (typeof OWNER_MESSAGE_KINDS)[number];

export const OWNER_MESSAGE_STATUSES = ['pending', 'sent', 'failed', 'cancelled', 'opted_out'] as const;
export type OwnerMessageStatus = (typeof OWNER_MESSAGE_STATUSES)[number];

/** The values each kind's text takes (kept in the message row; never the owner's name or number). */
export interface OwnerMessageParams {
  handover_notice: { projectName: string; firstDate: string; lastDate: string; place: string };
  /** `from` is the slot's start 'YYYY-MM-DD HH:mm' and `until` its end 'HH:mm', on the project's clock */
  booking_reminder: { projectName: string; unit: string; visit: '交付' | '开放日'; from: string; until: string };
  objection_reply: { projectName: string; unit: string };
  /** the visit's window on the project's clock, as in booking_reminder */
  repair_visit: { projectName: string; unit: string; from: string; until: string };
}

export type OwnerMessage = { [K in OwnerMessageKind]: { kind: K; params: OwnerMessageParams[K] } }[OwnerMessageKind];

/**
 * The template of each kind: its zh-CN text with `${name}` placeholders (registered as such with 阿里云; 腾讯云 numbers
 * them {1}, {2}, … in the order of `variables`). The provider's signature (签名) is added by the provider.
 */
export const OWNER_MESSAGE_TEMPLATES: {
  [K in OwnerMessageKind]: { text: string; variables: (keyof OwnerMessageParams[K])[] };
} = {
  handover_notice: {
    text: '${projectName}交付通知：集中交付日${firstDate}至${lastDate}，地点${place}。应缴款项及所需材料请在业主App查看。',
    variables: ['projectName', 'firstDate', 'lastDate', 'place'],
  },
  booking_reminder: {
    text: '温馨提醒：${projectName}${unit}的${visit}预约在${from}-${until}，请准时到场。如需改约请在业主App操作。',
    variables: ['projectName', 'unit', 'visit', 'from', 'until'],
  },
  objection_reply: {
    text: '您就${projectName}${unit}提出的交付异议已有答复，请在业主App「我的异议」查看。',
    variables: ['projectName', 'unit'],
  },
  repair_visit: {
    text: '${projectName}${unit}的报修已安排上门：${from}-${until}，请留意接听维修人员电话。',
    variables: ['projectName', 'unit', 'from', 'until'],
  },
};

/** The longest a template variable may be: providers cap each variable (阿里云 35 characters); longer ones are cut. */
export const OWNER_MESSAGE_VARIABLE_MAX = 30;

function clip(value: string): string {
  const chars = [...value.trim()];
  return chars.length > OWNER_MESSAGE_VARIABLE_MAX
    ? `${chars.slice(0, OWNER_MESSAGE_VARIABLE_MAX - 1).join('')}…`
    : chars.join('');
}

/** The template's variables in order, each clipped to what providers accept. */
export function ownerMessageVariables(message: OwnerMessage): { name: string; value: string }[] {
  const template = OWNER_MESSAGE_TEMPLATES[message.kind] as { variables: string[] };
  const params = message.params as unknown as Record<string, string>;
  return template.variables.map((name) => ({ name, value: clip(String(params[name] ?? '')) }));
}

/** The text the owner reads (the local outbox keeps it; providers render the same from the registered template). */
export function renderOwnerMessage(message: OwnerMessage): string {
  const values = new Map(ownerMessageVariables(message).map(({ name, value }) => [name, value]));
  return OWNER_MESSAGE_TEMPLATES[message.kind].text.replace(
    /\$\{(\w+)\}/g,
    (_all, name: string) => values.get(name) ?? '',
  );
}

/** When the booking reminder is sent: 10:00 on the project's clock, the day before the slot. */
export const BOOKING_REMINDER_TIME = '10:00';

/**
 * The instant (epoch ms) to send a slot's reminder: the day before the slot's local day at 10:00 in the project's time
 * zone; at once when that has passed but the slot has not started (a booking made late); null when the slot has
 * started (no reminder).
 */
export function bookingReminderDueAt(slotStartsAt: number, timeZone: string, now: number): number | null {
  if (slotStartsAt <= now) return null;
  const dayBefore = addDays(instantToCalendarDate(slotStartsAt, timeZone), -1);
  const due = zonedTimeToInstant(dayBefore, BOOKING_REMINDER_TIME, timeZone);
  return Math.max(due, now);
}

/** The source key of a message: one message per booking, objection reply, repair visit, and unit's notice send. */
export const ownerMessageSourceKey = {
  bookingReminder: (bookingId: string) => `booking:${bookingId}`,
  objectionReply: (complaintId: string) => `complaint-reply:${complaintId}`,
  repairVisit: (visitId: string) => `warranty-visit:${visitId}`,
  /**
   * one notice per unit and content: pressing send twice reaches no one twice, a notice with new days or place reaches
   * everyone again
   */
  handoverNotice: (unitId: string, notice: { firstDate: string; lastDate: string; place: string }) =>
    `handover-notice:${unitId}:${notice.firstDate}:${notice.lastDate}:${notice.place}`,
};

/** Sends after a failure wait 1, 2, 4, 8 minutes; the fifth failure is final. */
export const OWNER_MESSAGE_MAX_ATTEMPTS = 5;

/** When to try a failed send again (epoch ms), or null when `attempts` (including this one) used them all. */
export function ownerMessageRetryAt(attempts: number, now: number): number | null {
  if (attempts >= OWNER_MESSAGE_MAX_ATTEMPTS) return null;
  return now + 60_000 * 2 ** (attempts - 1);
}
