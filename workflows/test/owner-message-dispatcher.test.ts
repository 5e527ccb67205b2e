import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { OwnerMessageActivities, OwnerMessageRound } from '@handover/contracts';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const QUEUE = 'owner-message-dispatcher-test';
const HOUR = 3_600_000;

/**
 * owner_messages as the activity sees them: `batch` messages due at once (more than one round holds), and one
 * reminder due at `reminderAt` (server time), each sent once.
 */
class FakeOwnerMessages {
  readonly sent: { id: string; at: number }[] = [];
  readonly rounds: number[] = [];
  private waiting: string[];
  constructor(
    batch: number,
    private readonly reminderAt: number,
  ) {
    this.waiting = Array.from({ length: batch }, (_, i) => `notice-${i}`);
  }

  bind(): OwnerMessageActivities {
    const now = () => Context.current().info.currentAttemptScheduledTimestampMs;
    return {
      sendDueOwnerMessages: async (limit: number): Promise<OwnerMessageRound> => {
        this.rounds.push(now());
        const due = this.waiting.splice(0, limit);
        if (due.length < limit && now() >= this.reminderAt && !this.sent.some((m) => m.id === 'reminder'))
          due.push('reminder');
        for (const id of due) this.sent.push({ id, at: now() });
        const reminderSent = this.sent.some((m) => m.id === 'reminder');
        return {
          handled: due.length,
          nextDueInMs: this.waiting.length ? 0 : reminderSent ? null : this.reminderAt - now(),
        };
      },
    };
  }
}

describe('the owner message dispatcher (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('sends a full batch round after round, a reminder when it falls due, once, and continues as new', async () => {
    const start = await env.currentTimeMs();
    const messages = new FakeOwnerMessages(250, start + 10 * HOUR); // a notice to 250 households, a reminder at 10:00
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: QUEUE,
      workflowBundle: await workflowBundle(),
      activities: messages.bind(),
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('ownerMessageDispatcherWorkflow', {
        taskQueue: QUEUE,
        workflowId: `owner-messages-${start}`,
        // A tick of 30 minutes (5 s in production) keeps the skipped night to a few rounds.
        args: [{ roundsPerRun: 5, idleTickMs: 30 * 60_000 }],
      });
      const firstRun = (await handle.describe()).runId;
      await env.sleep(HOUR);
      // 100 + 100 + 50: the full rounds ran back to back, without waiting a tick
      expect(messages.sent.filter((m) => m.id.startsWith('notice-'))).toHaveLength(250);
      expect(messages.rounds[2]! - messages.rounds[0]!).toBeLessThan(60_000);
      expect(messages.sent.some((m) => m.id === 'reminder')).toBe(false);
      await env.sleep(10 * HOUR);
      const reminders = messages.sent.filter((m) => m.id === 'reminder');
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.at).toBeGreaterThanOrEqual(start + 10 * HOUR);
      expect(reminders[0]!.at).toBeLessThan(start + 10 * HOUR + 30 * 60_000);
      // after its rounds the run continued as new instead of growing without end
      expect((await env.client.workflow.getHandle(handle.workflowId).describe()).runId).not.toBe(firstRun);
      await handle.terminate('test finished');
    });
  });
});
