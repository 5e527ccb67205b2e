import { WARRANTY_CALL_BACK_HOURS, type WarrantyTicketStatus } from './lifecycle';

/**
 * 上门维修: a repair visit is an appointment with the owner (预约上门, the owner is told in advance), scheduled →
 * done (维修完成) or cancelled. After it is done the owner confirms it (业主确认: confirmed, or not fixed with a note),
 * recorded by customer service on the owner's behalf for now; a done visit without a confirmation 24 hours later
 * becomes a call-back task (回访任务) for customer service, once.
 */
export const WARRANTY_VISIT_STATUSES = ['scheduled', 'done', 'cancelled'] as const;
export type WarrantyVisitStatus = (typeof WARRANTY_VISIT_STATUSES)[number];

/** 业主确认: the repair holds (with a rating 1–5, which closes the ticket), or it does not (with what is still wrong). */
export const WARRANTY_VISIT_CONFIRMATIONS = ['confirmed', 'not_fixed'] as const;
export type WarrantyVisitConfirmation = (typeof WARRANTY_VISIT_CONFIRMATIONS)[number];

/** Why a call-back task (回访任务) was closed: the owner's confirmation was recorded, or customer service closed it. */
export const WARRANTY_CALL_BACK_CLOSE_REASONS = ['confirmation_recorded', 'closed_by_customer_service'] as const;
export type WarrantyCallBackCloseReason = (typeof WARRANTY_CALL_BACK_CLOSE_REASONS)[number];

/** The longest appointment window of one visit (a half day is the usual promise; a day's work fits in this). */
export const WARRANTY_VISIT_MAX_HOURS = 12;

const HOUR_MS = 3_600_000;

/** What is wrong with an appointment window, or null: it must lie ahead and end after it starts, within the maximum. */
export function visitWindowProblem(
  window: { startsAt: number; endsAt: number },
  now: number,
): 'in_past' | 'ends_before_start' | 'too_long' | null {
  if (window.startsAt <= now) return 'in_past';
  if (window.endsAt <= window.startsAt) return 'ends_before_start';
  if (window.endsAt - window.startsAt > WARRANTY_VISIT_MAX_HOURS * HOUR_MS) return 'too_long';
  return null;
}

/** Whether two appointment windows [start, end) overlap (one ending as the other starts does not). */
export function visitWindowsOverlap(
  a: { startsAt: number; endsAt: number },
  b: { startsAt: number; endsAt: number },
): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The instant a done visit without the owner's confirmation becomes a call-back task. */
export function callBackDueAt(doneAt: number): number {
  return doneAt + WARRANTY_CALL_BACK_HOURS * HOUR_MS;
}

export type WarrantyVisitAction = 'done' | 'cancel' | 'confirm';

/** Whether `action` may be taken on a visit: done and cancel while scheduled, the confirmation once after done. */
export function mayDoVisitAction(
  visit: { status: WarrantyVisitStatus; confirmation: WarrantyVisitConfirmation | null },
  action: WarrantyVisitAction,
): boolean {
  if (action === 'confirm') return visit.status === 'done' && visit.confirmation === null;
  return visit.status === 'scheduled';
}

/** A ticket may get a visit scheduled while it waits for one (reported) or has one booked; not repaired or closed. */
export function mayScheduleVisit(ticketStatus: WarrantyTicketStatus): boolean {
  return ticketStatus === 'reported' || ticketStatus === 'visit_booked';
}

/**
 * The ticket's status after a step of one of its visits: scheduled → visit booked; cancelled → reported again;
 * done → repaired; confirmed → closed; not fixed → reported again (another visit is needed). A ticket already past
 * the step keeps its status (its own steps may have moved it on).
 */
export function ticketStatusAfterVisit(
  ticketStatus: WarrantyTicketStatus,
  step: 'scheduled' | 'cancelled' | 'done' | WarrantyVisitConfirmation,
): WarrantyTicketStatus {
  switch (step) {
    case 'scheduled':
      return ticketStatus === 'reported' ? 'visit_booked' : ticketStatus;
    case 'cancelled':
      return ticketStatus === 'visit_booked' ? 'reported' : ticketStatus;
    case 'done':
      return ticketStatus === 'reported' || ticketStatus === 'visit_booked' ? 'repaired' : ticketStatus;
    case 'confirmed':
      return 'closed';
    case 'not_fixed':
      return ticketStatus === 'repaired' ? 'reported' : ticketStatus;
  }
}
