import type { components } from '../../api/schema';

type Defect = components['schemas']['DefectListItemDto'];

/** A defect still to fix whose deadline has passed (today in the project's time zone), unless it was deferred. */
export function isOverdue(defect: Pick<Defect, 'status' | 'deadline' | 'deferredUntil'>, today: string): boolean {
  if (defect.status !== 'open' && defect.status !== 'assigned') return false;
  const due = defect.deferredUntil ?? defect.deadline;
  return due !== null && due < today;
}
