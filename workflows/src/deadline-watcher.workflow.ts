import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  deadlineSetSignal,
  deadlineWatcherStatusQuery,
  type DeadlineWatcherActivities,
  type DeadlineWatcherInput,
} from '@handover/contracts';

const { escalateDueDeadlines } = proxyActivities<DeadlineWatcherActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2 },
});

const DEFAULT_BATCH = 500;
/**
 * The longest sleep: a deadline whose wake-up signal was lost (Temporal unreachable when it was set) is still found
 * within this time.
 */
export const WATCHER_MAX_SLEEP_MS = 6 * 3_600_000;
/** Rounds per run before continue-as-new, keeping the history bounded (a round is a handful of events). */
const ROUNDS_PER_RUN = 200;

/**
 * 期限巡检: per project, sleeps until the earliest open deadline, escalates what is due (PostgreSQL decides, each
 * record once per deadline), and sleeps again. `deadlineSet` wakes it early. With no deadline ahead it ends; the API
 * starts it again (signal-with-start) when a new deadline is set.
 */
export async function projectDeadlineWatcherWorkflow(input: DeadlineWatcherInput): Promise<void> {
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  let woken = false;
  let sleepingUntil: string | null = null;
  let escalated = 0;
  let rounds = 0;
  setHandler(deadlineSetSignal, () => {
    woken = true;
  });
  setHandler(deadlineWatcherStatusQuery, () => ({ projectId: input.projectId, sleepingUntil, escalated, rounds }));

  for (;;) {
    woken = false; // a signal that arrives while the activity runs makes the next round start at once
    const result = await escalateDueDeadlines(input.projectId, new Date(Date.now()).toISOString(), batchSize);
    escalated += result.escalated;
    rounds += 1;
    if (result.more) continue;
    if (result.nextDueAt === null && !woken) return;
    if (rounds >= (input.roundsPerRun ?? ROUNDS_PER_RUN) || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof projectDeadlineWatcherWorkflow>(input);
    }
    const untilNext = result.nextDueAt === null ? 0 : Math.max(0, Date.parse(result.nextDueAt) - Date.now());
    const sleepMs = Math.min(untilNext, WATCHER_MAX_SLEEP_MS);
    if (sleepMs > 0 && !woken) {
      sleepingUntil = new Date(Date.now() + sleepMs).toISOString();
      await condition(() => woken, sleepMs);
      sleepingUntil = null;
    }
  }
}
