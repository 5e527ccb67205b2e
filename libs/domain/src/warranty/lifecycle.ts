/**
 * 保修单 lifecycle: reported → visit booked (预约上门) → repaired (已维修) → closed once the owner confirms it and rates
 * the repair 1–5 (业主确认). A repaired ticket the owner has not confirmed 24 hours later needs a call-back (回访).
 */
export const WARRANTY_TICKET_STATUSES = ['reported', 'visit_booked', 'repaired', 'closed'] as const;
export type WarrantyTicketStatus = (typeof WARRANTY_TICKET_STATUSES)[number];

export const WARRANTY_TICKET_SOURCES = ['handover_defect', 'owner_call'] as const;
export type WarrantyTicketSource = (typeof WARRANTY_TICKET_SOURCES)[number];

export type WarrantyTicketAction = 'book_visit' | 'repaired' | 'confirm';

/** The statuses each action may start from (a visit may be booked again before the repair). */
const FROM: Readonly<Record<WarrantyTicketAction, readonly WarrantyTicketStatus[]>> = {
  book_visit: ['reported', 'visit_booked'],
  repaired: ['visit_booked'],
  confirm: ['repaired'],
};

export const WARRANTY_ACTION_RESULT: Readonly<Record<WarrantyTicketAction, WarrantyTicketStatus>> = {
  book_visit: 'visit_booked',
  repaired: 'repaired',
  confirm: 'closed',
};

export function mayDoWarrantyAction(status: WarrantyTicketStatus, action: WarrantyTicketAction): boolean {
  return FROM[action].includes(status);
}

/** The actions a ticket in `status` offers (the console shows these buttons). */
export function warrantyActionsOf(status: WarrantyTicketStatus): WarrantyTicketAction[] {
  return (Object.keys(FROM) as WarrantyTicketAction[]).filter((action) => FROM[action].includes(status));
}

/** Hours after the repair without the owner's confirmation before a call-back is due. */
export const WARRANTY_CALL_BACK_HOURS = 24;

export function needsCallBack(
  ticket: { status: WarrantyTicketStatus; repairedAt: number | null },
  now: number,
): boolean {
  return (
    ticket.status === 'repaired' &&
    ticket.repairedAt !== null &&
    now - ticket.repairedAt >= WARRANTY_CALL_BACK_HOURS * 3_600_000
  );
}

export const WARRANTY_RATING_RANGE = Object.freeze({ min: 1, max: 5 });

/** The departments whose heads write warranty tickets, besides the project lead (and an admin). */
export const WARRANTY_WRITING_DEPARTMENTS = ['customer_service', 'property', 'engineering'] as const;

/** Whether a caller in the project's scope writes warranty tickets; the console shows the buttons from this. */
export function mayWriteWarranty(caller: { role: string; department: string | null; relation: string }): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'project_lead') return caller.relation === 'lead';
  return (
    caller.role === 'department_head' &&
    caller.relation === 'assigned' &&
    (WARRANTY_WRITING_DEPARTMENTS as readonly string[]).includes(caller.department ?? '')
  );
}
