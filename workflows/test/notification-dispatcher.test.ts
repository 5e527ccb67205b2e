import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DeliveryOutcome, DispatchRound, NotificationActivities } from '@handover/contracts';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const QUEUE = 'notification-dispatcher-test';
const HOUR = 3_600_000;

/**
 * A delivery held back by quiet hours until `dueAt` (server time): the fake outbox answers as PostgreSQL would —
 * not due before it, due from it on, sent once.
 */
class FakeOutbox {
  readonly sent: { id: string; at: number }[] = [];
  rounds = 0;
  constructor(private readonly dueAt: number) {}

  bind(): NotificationActivities {
    const now = () => Context.current().info.currentAttemptScheduledTimestampMs;
    return {
      dispatchNotifications: async (): Promise<DispatchRound> => {
        this.rounds += 1;
        const pending = this.sent.length === 0;
        if (!pending) return { fannedOut: 0, due: [], nextDueInMs: null };
        const wait = this.dueAt - now();
        return wait <= 0
          ? { fannedOut: 0, due: ['d1'], nextDueInMs: null }
          : { fannedOut: 0, due: [], nextDueInMs: wait };
      },
      deliverNotification: async (id: string): Promise<DeliveryOutcome> => {
        if (this.sent.some((delivery) => delivery.id === id)) return 'already_done';
        this.sent.push({ id, at: now() });
        return 'sent';
      },
    };
  }
}

describe('the notification dispatcher (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('sends a delivery deferred through the night when quiet hours end, once, and keeps its history bounded', async () => {
    const start = await env.currentTimeMs();
    const outbox = new FakeOutbox(start + 10 * HOUR); // raised at 22:00, sent at 08:00
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: QUEUE,
      workflowBundle: await workflowBundle(),
      activities: outbox.bind(),
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('notificationDispatcherWorkflow', {
        taskQueue: QUEUE,
        workflowId: `dispatcher-${start}`,
        // A tick of 30 minutes (2 s in production) keeps the skipped night to a few rounds.
        args: [{ roundsPerRun: 4, idleTickMs: 30 * 60_000 }],
      });
      const firstRun = (await handle.describe()).runId;
      await env.sleep(9 * HOUR);
      expect(outbox.sent).toEqual([]);
      await env.sleep(2 * HOUR);
      expect(outbox.sent.map((delivery) => delivery.id)).toEqual(['d1']);
      expect(outbox.sent[0].at).toBeGreaterThanOrEqual(start + 10 * HOUR);
      expect(outbox.sent[0].at).toBeLessThan(start + 10 * HOUR + 5_000);
      // After its rounds the run continued as new instead of growing without end; nothing was sent twice.
      expect((await env.client.workflow.getHandle(handle.workflowId).describe()).runId).not.toBe(firstRun);
      await env.sleep(3 * HOUR);
      expect(outbox.sent).toHaveLength(1);
      await handle.terminate('test finished');
    });
  });
});
