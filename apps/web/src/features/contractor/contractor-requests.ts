import { isDefectOverdue, type DefectDisputeReason, type DefectStatus } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { Defect, DefectListItem } from '../field/defect-requests';

export type ProjectSummary = components['schemas']['ProjectSummaryDto'];
export type DisputeBody = components['schemas']['DisputeDefectDto'];

/** The most defects asked per project (the API's page limit); more shows a hint to filter. */
export const WORK_ORDER_PAGE = 200;

/** A contractor's work order: one defect of its company with the project it belongs to. */
export interface WorkOrder {
  defect: DefectListItem;
  project: ProjectSummary;
  overdue: boolean;
}

/** The order work is done in: overdue first, then still to fix, awaiting a ruling, and closed; earliest deadline first. */
const STATUS_RANK: Readonly<Record<string, number>> = {
  assigned: 0,
  open: 0,
  disputed: 1,
  fixed: 2,
  verified: 3,
  cannot_fix: 3,
  dismissed: 3,
};

export function sortWorkOrders(orders: readonly WorkOrder[]): WorkOrder[] {
  return [...orders].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (STATUS_RANK[a.defect.status] ?? 4) - (STATUS_RANK[b.defect.status] ?? 4) ||
      (a.defect.deferredUntil ?? a.defect.deadline ?? '9999').localeCompare(
        b.defect.deferredUntil ?? b.defect.deadline ?? '9999',
      ) ||
      a.defect.createdAt.localeCompare(b.defect.createdAt),
  );
}

export function isOverdue(defect: Pick<Defect, 'status' | 'deadline' | 'deferredUntil'>, today: string): boolean {
  return isDefectOverdue({ ...defect, status: defect.status as DefectStatus }, today);
}

/** The contractor's actions a defect allows now: accept until accepted, then fix or dispute while it is assigned. */
export function contractorActions(defect: Pick<Defect, 'status' | 'acceptedAt'>): ('accept' | 'fix' | 'dispute')[] {
  if (defect.status !== 'assigned') return [];
  return defect.acceptedAt === null ? ['accept', 'fix', 'dispute'] : ['fix', 'dispute'];
}

export const contractorKeys = {
  projects: ['contractor-projects'] as const,
  defects: (projectId: string, status: string | undefined) => ['defects', projectId, 'contractor', status] as const,
};

const path = (projectId: string, defectId: string) => ({ params: { path: { id: projectId, defectId } } });

/** 接单 (POST …/accept). */
export function acceptDefect(projectId: string, defectId: string): Promise<Defect> {
  return call(api.POST('/projects/{id}/defects/{defectId}/accept', path(projectId, defectId)));
}

/** 标记已整改 (POST …/fix): the server refuses it without an after photo (DEFECT_FIX_PHOTO_REQUIRED). */
export function fixDefect(projectId: string, defectId: string, note: string | undefined): Promise<Defect> {
  return call(api.POST('/projects/{id}/defects/{defectId}/fix', { ...path(projectId, defectId), body: { note } }));
}

/** 提出异议 (POST …/dispute). */
export function disputeDefect(
  projectId: string,
  defectId: string,
  reason: DefectDisputeReason,
  note: string,
): Promise<Defect> {
  return call(
    api.POST('/projects/{id}/defects/{defectId}/dispute', { ...path(projectId, defectId), body: { reason, note } }),
  );
}
