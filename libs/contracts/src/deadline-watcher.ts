import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * 期限巡检: one workflow per project watches every open record deadline of the project (defect fix deadlines,
 * complaint reply deadlines). It sleeps until the earliest one, read from PostgreSQL, escalates what is due once, and
 * is woken only when a new deadline is earlier than the one it sleeps on. It replaces one workflow per record.
 */
export const PROJECT_DEADLINE_WATCHER_WORKFLOW = 'projectDeadlineWatcherWorkflow';

export interface DeadlineWatcherInput {
  projectId: string;
  /** escalations handled per activity call (tests make it small) */
  batchSize?: number;
  /** rounds per run before continue-as-new (tests make it small) */
  roundsPerRun?: number;
}

/** What one round of the watcher found and did. */
export interface DueDeadlinesResult {
  /** records escalated in this call (each at most once per deadline) */
  escalated: number;
  /** more records were due than one call escalates: call again at once */
  more: boolean;
  /**
   * the earliest instant (ISO 8601) still ahead with something to escalate — an open record's deadline, or the next
   * level of an overdue defect's escalation ladder — or null when none is
   */
  nextDueAt: string | null;
}

export interface DeadlineWatcherStatus {
  projectId: string;
  /** when it sleeps until (ISO 8601), or null while working or idle */
  sleepingUntil: string | null;
  escalated: number;
  rounds: number;
}

/** Implemented by apps/worker (DeadlineActivities); imported as a type by the workflow. */
export interface DeadlineWatcherActivities {
  /**
   * Idempotent: escalates up to `limit` records of the project whose deadline is at or before `now` and that have no
   * escalation for that deadline yet, then answers the earliest deadline still ahead (and stores it as the project's
   * watch mark, which the API compares new deadlines with).
   */
  escalateDueDeadlines(projectId: string, now: string, limit: number): Promise<DueDeadlinesResult>;
}

export function deadlineWatcherWorkflowId(projectId: string): string {
  return `deadline-watcher-${projectId}`;
}

/** A deadline earlier than the watch mark was set: wake and look again. */
export const deadlineSetSignal = defineSignal<[{ at: string }]>('deadlineSet');
export const deadlineWatcherStatusQuery = defineQuery<DeadlineWatcherStatus>('deadlineWatcherStatus');
