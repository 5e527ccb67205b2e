import { defineSignal } from '@temporalio/workflow';

/** What one round of the dispatcher found: deliveries due now, and when the next later one is due. */
export interface DispatchRound {
  /** outbox events turned into notifications in this round */
  fannedOut: number;
  /** deliveries due now, to send in this round */
  due: string[];
  /** ms until the next pending delivery after these is due; null when none waits */
  nextDueInMs: number | null;
}

export type DeliveryOutcome = 'sent' | 'already_done' | 'not_yet_due' | 'retry_later' | 'failed';

/** The activities of the notification dispatcher; implemented by apps/worker. */
export interface NotificationActivities {
  /** Fans out up to `limit` outbox events into notifications and deliveries, then lists the deliveries due now. */
  dispatchNotifications(limit: number): Promise<DispatchRound>;
  /** Sends one delivery on its channel, once; records a failure and when to try again. */
  deliverNotification(deliveryId: string): Promise<DeliveryOutcome>;
}

export interface NotificationDispatcherInput {
  /** rounds before the workflow continues as new, keeping its history bounded */
  roundsPerRun?: number;
  /** the longest wait between rounds with nothing due (2 s: new outbox rows are picked up within it) */
  idleTickMs?: number;
}

/** Something new is in the outbox: the dispatcher runs a round now instead of at its next tick. */
export const notificationsWaitingSignal = defineSignal('notificationsWaiting');

/** One dispatcher per task queue (several worker replicas share it). */
export function notificationDispatcherWorkflowId(taskQueue: string): string {
  return `notification-dispatcher-${taskQueue}`;
}
