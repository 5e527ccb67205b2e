import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { OwnerMessageActivities, OwnerMessageDispatcherInput } from '@handover/contracts';

// A round sends up to ROUND_SIZE messages, each waiting on the SMS provider (its own timeout is 10 s).
const { sendDueOwnerMessages } = proxyActivities<OwnerMessageActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Messages settled in one round. */
const ROUND_SIZE = 100;
/** The longest the dispatcher sleeps with nothing due: a message queued now goes out within this. */
const IDLE_TICK_MS = 5_000;
const DEFAULT_ROUNDS_PER_RUN = 500;
/** Each round writes a handful of events: the run continues as new well below Temporal's limits. */
const MAX_HISTORY_EVENTS = 10_000;

/**
 * 业主短信分发器: the loop that sends owners' text messages (owner_messages) when they fall due — the reminder the day
 * before a booking, the reply to an objection, the repair visit, the handover notice. What is pending, sent and failed
 * lives in PostgreSQL, so the loop holds no state and continues as new every few hundred rounds.
 */
export async function ownerMessageDispatcherWorkflow(input: OwnerMessageDispatcherInput = {}): Promise<void> {
  const rounds = input.roundsPerRun ?? DEFAULT_ROUNDS_PER_RUN;
  const tick = input.idleTickMs ?? IDLE_TICK_MS;
  for (let round = 0; round < rounds && workflowInfo().historyLength < MAX_HISTORY_EVENTS; round += 1) {
    const { handled, nextDueInMs } = await sendDueOwnerMessages(ROUND_SIZE);
    if (handled === ROUND_SIZE) continue; // a full round: more may be due already
    // at least a second: a message due but held by another replica's round is not polled for in a tight loop
    await sleep(Math.max(Math.min(nextDueInMs ?? tick, tick), 1_000));
  }
  await continueAsNew<typeof ownerMessageDispatcherWorkflow>({ ...input });
}
