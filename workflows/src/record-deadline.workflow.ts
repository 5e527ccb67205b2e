import { allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  deadlineChangedSignal,
  recordClosedSignal,
  recordDeadlineStatusQuery,
  type DeadlineActivities,
  type OverdueCheckResult,
  type RecordDeadlineInput,
} from '@handover/contracts';

const { checkAndEscalateOverdue } = proxyActivities<DeadlineActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2 },
});

/** Moved deadlines belong to the project's deadline watcher (projectDeadlineWatcherWorkflow). */
export const DEADLINE_WATCHER_PATCH = 'project-deadline-watcher';

/**
 * 期限跟踪 (superseded by the project's deadline watcher; runs started earlier finish here): sleeps until a record's deadline (a durable timer, re-armed when `deadlineChanged` arrives), then asks
 * PostgreSQL whether the record is still open and escalates it if so. `recordClosed` ends it early without escalating.
 */
export async function recordDeadlineWorkflow(input: RecordDeadlineInput): Promise<OverdueCheckResult['outcome']> {
  let deadline = input.deadline;
  let closed = false;
  let outcome: OverdueCheckResult['outcome'] | null = null;

  setHandler(deadlineChangedSignal, (change) => {
    if (!Number.isNaN(Date.parse(change.deadline))) deadline = change.deadline;
  });
  setHandler(recordClosedSignal, () => {
    closed = true;
  });
  setHandler(recordDeadlineStatusQuery, () => ({
    kind: input.kind,
    recordId: input.recordId,
    deadline,
    closed,
    outcome,
  }));

  for (;;) {
    const armed = deadline;
    const remaining = Date.parse(armed) - Date.now();
    if (closed) {
      outcome = 'closed';
      break;
    }
    if (remaining > 0) {
      await condition(() => closed || deadline !== armed, remaining);
      continue;
    }
    const result = await checkAndEscalateOverdue(input.kind, input.recordId, armed);
    if (deadline !== armed) continue; // moved while we checked: sleep until the new deadline
    if (result.outcome === 'rescheduled' && Date.parse(result.deadline) > Date.parse(armed)) {
      // The API now hands every new or moved deadline to the project's deadline watcher: a record whose deadline
      // moved is the watcher's, and this workflow (started before the watcher existed) ends.
      if (patched(DEADLINE_WATCHER_PATCH)) {
        outcome = 'rescheduled';
        break;
      }
      deadline = result.deadline;
      continue;
    }
    outcome = result.outcome === 'rescheduled' ? 'closed' : result.outcome;
    break;
  }
  await condition(allHandlersFinished);
  return outcome;
}
