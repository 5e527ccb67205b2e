import type { DefectStatus } from '@handover/database';

/** The defect lifecycle: open → assigned → fixed → verified, or cannot fix (with explanation); fixed → assigned reopens. */
export const DEFECT_TRANSITIONS: Readonly<Record<DefectStatus, readonly DefectStatus[]>> = Object.freeze({
  open: ['assigned', 'fixed', 'cannot_fix'],
  assigned: ['assigned', 'fixed', 'cannot_fix'],
  fixed: ['verified', 'assigned'],
  verified: [],
  cannot_fix: [],
});

/** States in which the fix deadline runs (an overdue defect escalates). */
export const DEADLINE_RUNNING: readonly DefectStatus[] = ['open', 'assigned'];

export function canMove(from: DefectStatus, to: DefectStatus): boolean {
  return DEFECT_TRANSITIONS[from].includes(to);
}
