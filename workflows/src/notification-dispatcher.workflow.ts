import { condition, continueAsNew, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import {
  notificationsWaitingSignal,
  type NotificationActivities,
  type NotificationDispatcherInput,
} from '@handover/contracts';

const { dispatchNotifications } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// A send waits on a chat API or an SMTP server: its own timeouts are 10–20 s.
const { deliverNotification } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2, maximumAttempts: 5 },
});

/** Deliveries sent in parallel in one round. */
const ROUND_SIZE = 200;
/** The longest the dispatcher sleeps with nothing due, by default: new outbox rows are picked up within this. */
const IDLE_TICK_MS = 2_000;
const DEFAULT_ROUNDS_PER_RUN = 200;
/** A full round of sends writes ~3 events per delivery: the run continues as new well below Temporal's limits. */
const MAX_HISTORY_EVENTS = 10_000;

/**
 * 通知分发器: the one loop that carries the outbox to people. Each round fans new outbox events out into
 * notifications (in-app at once) and sends the deliveries now due; between rounds it sleeps until the next delivery
 * is due or a tick passes, or until told that notifications are waiting. What is sent, deferred and failed lives in
 * PostgreSQL, so the loop holds no state and continues as new every few hundred rounds.
 */
export async function notificationDispatcherWorkflow(input: NotificationDispatcherInput = {}): Promise<void> {
  let waiting = false;
  setHandler(notificationsWaitingSignal, () => {
    waiting = true;
  });
  const rounds = input.roundsPerRun ?? DEFAULT_ROUNDS_PER_RUN;
  for (let round = 0; round < rounds && workflowInfo().historyLength < MAX_HISTORY_EVENTS; round += 1) {
    waiting = false;
    const { due, nextDueInMs, fannedOut } = await dispatchNotifications(ROUND_SIZE);
    const outcomes = await Promise.allSettled(due.map((id) => deliverNotification(id)));
    const busy = fannedOut > 0 || due.length === ROUND_SIZE || outcomes.some((o) => o.status === 'rejected');
    if (busy) {
      // More may be waiting (a full round, or events just fanned out): go again, after a breath if something failed.
      if (outcomes.some((o) => o.status === 'rejected')) await sleep(IDLE_TICK_MS);
      continue;
    }
    const tick = input.idleTickMs ?? IDLE_TICK_MS;
    const wait = Math.min(nextDueInMs ?? tick, tick);
    await condition(() => waiting, Math.max(wait, 100));
  }
  await continueAsNew<typeof notificationDispatcherWorkflow>({ ...input });
}
