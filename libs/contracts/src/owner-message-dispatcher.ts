/** What one round of the owner message dispatcher did, and when the next pending message is due. */
export interface OwnerMessageRound {
  /** messages settled in this round: sent, failed, opted out, or put back for a retry */
  handled: number;
  /** ms until the next pending message is due; null when none waits */
  nextDueInMs: number | null;
}

/** The activities of the owner message dispatcher (业主短信); implemented by apps/worker/src/owner-messages. */
export interface OwnerMessageActivities {
  /** Sends up to `limit` due owner messages (each once, rows claimed with SKIP LOCKED), and says when the next is due. */
  sendDueOwnerMessages(limit: number): Promise<OwnerMessageRound>;
}

export interface OwnerMessageDispatcherInput {
  /** rounds before the workflow continues as new, keeping its history bounded */
  roundsPerRun?: number;
  /** the longest wait between rounds with nothing due (5 s: a reply or visit message goes out within it) */
  idleTickMs?: number;
}

/** One owner message dispatcher per task queue (several worker replicas share it). */
export function ownerMessageDispatcherWorkflowId(taskQueue: string): string {
  return `owner-message-dispatcher-${taskQueue}`;
}
