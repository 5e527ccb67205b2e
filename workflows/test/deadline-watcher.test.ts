import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  deadlineSetSignal,
  deadlineWatcherStatusQuery,
  deadlineWatcherWorkflowId,
  PROJECT_DEADLINE_WATCHER_WORKFLOW,
  type DeadlineWatcherActivities,
  type DeadlineWatcherInput,
  type DueDeadlinesResult,
} from '@handover/contracts';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * PostgreSQL as the watcher's activity sees it: open records with their deadlines; escalations keyed by record and
 * deadline (as the escalations table's unique key), each with the workflow time it was raised at.
 */
class FakeWatcherDatabase {
  readonly due = new Map<string, number>();
  readonly escalations = new Map<string, { recordId: string; dueMs: number; at: number }>();
  rounds = 0;

  bind(): DeadlineWatcherActivities {
    return {
      escalateDueDeadlines: async (_projectId: string, now: string, limit: number): Promise<DueDeadlinesResult> => {
        this.rounds += 1;
        if (process.env.WATCHER_DEBUG) process.stdout.write(`round ${this.rounds} at ${now}\n`);
        const nowMs = Date.parse(now);
        const toEscalate = [...this.due]
          .filter(([id, dueMs]) => dueMs <= nowMs && !this.escalations.has(`${id}@${dueMs}`))
          .sort((a, b) => a[1] - b[1])
          .slice(0, limit);
        for (const [id, dueMs] of toEscalate)
          this.escalations.set(`${id}@${dueMs}`, { recordId: id, dueMs, at: nowMs });
        const ahead = [...this.due.values()].filter((dueMs) => dueMs > nowMs);
        return {
          escalated: toEscalate.length,
          more: toEscalate.length >= limit,
          nextDueAt: ahead.length === 0 ? null : new Date(Math.min(...ahead)).toISOString(),
        };
      },
    };
  }
}

describe('projectDeadlineWatcherWorkflow: one watcher per project for every record deadline (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let database: FakeWatcherDatabase;
  let taskQueue: string;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  beforeEach(() => {
    database = new FakeWatcherDatabase();
    taskQueue = `deadline-watcher-${randomUUID()}`;
  });
  afterAll(async () => {
    await env?.teardown();
  });

  /** No sticky cache: a replaced worker's successor gets the next task at once, replaying the history. */
  const newWorker = async () =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: database.bind(),
      maxCachedWorkflows: 0,
    });
  const startWatcher = (projectId: string, batchSize = 500, roundsPerRun = 25) =>
    env.client.workflow.signalWithStart(PROJECT_DEADLINE_WATCHER_WORKFLOW, {
      taskQueue,
      workflowId: deadlineWatcherWorkflowId(projectId),
      args: [{ projectId, batchSize, roundsPerRun } satisfies DeadlineWatcherInput],
      signal: deadlineSetSignal,
      signalArgs: [{ at: new Date().toISOString() }],
    });
  const sleepUntil = async (instant: number) => {
    const now = await env.currentTimeMs();
    if (instant > now) await env.sleep(instant - now);
  };

  it('escalates 1,000 deadlines exactly once each, at their instant, in batches, across continue-as-new, then ends', async () => {
    const start = await env.currentTimeMs();
    // 1,000 records over 20 instants an hour apart (50 share each instant): more rounds than one run holds.
    for (let i = 0; i < 1000; i += 1) database.due.set(`r${i}`, start + HOUR * (1 + (i % 20)));
    const worker = await newWorker();
    const handle = await worker.runUntil(async () => {
      const started = await startWatcher(randomUUID(), 20);
      await started.result(); // waiting on the result lets the test server skip time
      return started;
    });
    // It continued as new (its rounds exceed one run's 25), and the latest run is another than the first.
    const latest = await env.client.workflow.getHandle(handle.workflowId).describe();
    expect(latest.runId).not.toBe(handle.signaledRunId);
    expect(database.escalations.size).toBe(1000);
    for (const { dueMs, at } of database.escalations.values()) {
      expect(at).toBeGreaterThanOrEqual(dueMs);
      expect(at - dueMs).toBeLessThan(MINUTE);
    }
    // Fifty due at each instant, twenty per call: three calls per instant, plus the first look of each run (three).
    expect(database.rounds).toBe(1 + 20 * 3 + 2);
  });

  it('wakes for an earlier deadline signalled while it sleeps on a later one, and never escalates a closed record', async () => {
    const start = await env.currentTimeMs();
    database.due.set('late', start + 10 * DAY);
    database.due.set('closed', start + 2 * DAY);
    const worker = await newWorker();
    await worker.runUntil(async () => {
      const projectId = randomUUID();
      const handle = await startWatcher(projectId);
      database.due.delete('closed'); // closed before its deadline: PostgreSQL no longer holds it open
      await sleepUntil(start + DAY);
      expect((await handle.query(deadlineWatcherStatusQuery)).sleepingUntil).not.toBeNull();

      database.due.set('early', start + 3 * DAY);
      await handle.signal(deadlineSetSignal, { at: new Date(start + 3 * DAY).toISOString() });
      await sleepUntil(start + 3 * DAY + HOUR);
      expect([...database.escalations.values()].map((e) => e.recordId)).toEqual(['early']);
      expect(database.escalations.get(`early@${start + 3 * DAY}`)!.at - (start + 3 * DAY)).toBeLessThan(MINUTE);
      // It sleeps on towards the late one, never longer than its longest sleep.
      const sleepingUntil = Date.parse((await handle.query(deadlineWatcherStatusQuery)).sleepingUntil!);
      expect(sleepingUntil).toBeLessThanOrEqual(start + 10 * DAY);

      await sleepUntil(start + 11 * DAY);
      await handle.result(); // waiting on the result lets the test server skip time
    });
    expect([...database.escalations.values()].map((e) => e.recordId).sort()).toEqual(['early', 'late']);
    expect(database.escalations.get(`late@${start + 10 * DAY}`)!.at - (start + 10 * DAY)).toBeLessThan(MINUTE);
  });

  it('loses nothing when its worker is replaced mid-way: the timers and the state live in Temporal', async () => {
    const start = await env.currentTimeMs();
    database.due.set('a', start + DAY);
    database.due.set('b', start + 2 * DAY);
    database.due.set('c', start + 3 * DAY);
    const projectId = randomUUID();
    const first = await newWorker();
    const handle = await first.runUntil(async () => {
      const started = await startWatcher(projectId);
      await sleepUntil(start + DAY + HOUR);
      expect(database.escalations.size).toBe(1);
      return started;
    });
    // The first worker has shut down while the watcher sleeps towards b; a new one takes over.
    const second = await newWorker();
    await second.runUntil(() => handle.result());
    expect([...database.escalations.values()].map((e) => e.recordId)).toEqual(['a', 'b', 'c']);
    for (const { dueMs, at } of database.escalations.values()) expect(at - dueMs).toBeLessThan(MINUTE);
  });
});
