import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  deadlineChangedSignal,
  RECORD_DEADLINE_WORKFLOW,
  recordClosedSignal,
  recordDeadlineStatusQuery,
  recordDeadlineWorkflowId,
  type DeadlineActivities,
  type DeadlineRecordKind,
  type OverdueCheckResult,
  type RecordDeadlineInput,
} from '@handover/contracts';
import { resultWhenClosed } from './support/gates';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** In-memory stand-in for PostgreSQL: open records with their deadlines, escalations deduplicated by key. */
class FakeDeadlineActivities {
  readonly open = new Map<string, string>();
  readonly escalations = new Map<string, { recordId: string; deadline: string; at: number }>();
  calls = 0;

  constructor(private readonly now: () => Promise<number>) {}

  bind(): DeadlineActivities {
    return {
      checkAndEscalateOverdue: async (
        _kind: DeadlineRecordKind,
        recordId: string,
        deadline: string,
      ): Promise<OverdueCheckResult> => {
        this.calls += 1;
        const stored = this.open.get(recordId);
        if (!stored) return { outcome: 'closed' };
        if (Date.parse(stored) > Date.parse(deadline)) return { outcome: 'rescheduled', deadline: stored };
        const key = `${recordId}-${stored}`;
        if (this.escalations.has(key)) return { outcome: 'already_escalated' };
        this.escalations.set(key, { recordId, deadline: stored, at: await this.now() });
        return { outcome: 'escalated' };
      },
    };
  }
}

describe('recordDeadlineWorkflow: durable defect and complaint deadlines (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let activities: FakeDeadlineActivities;
  let worker: Worker;
  let taskQueue: string;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  beforeEach(async () => {
    activities = new FakeDeadlineActivities(() => env.currentTimeMs());
    taskQueue = `record-deadline-${randomUUID()}`;
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: activities.bind(),
    });
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function start(kind: DeadlineRecordKind, deadlineMs: number) {
    const recordId = randomUUID();
    const deadline = new Date(deadlineMs).toISOString();
    activities.open.set(recordId, deadline);
    const input: RecordDeadlineInput = { kind, recordId, projectId: randomUUID(), deadline };
    const handle = await env.client.workflow.start(RECORD_DEADLINE_WORKFLOW, {
      taskQueue,
      workflowId: recordDeadlineWorkflowId(kind, recordId),
      args: [input],
    });
    return { recordId, handle };
  }

  async function sleepUntil(instant: number): Promise<void> {
    const now = await env.currentTimeMs();
    if (instant > now) await env.sleep(instant - now);
  }

  it('escalates a defect exactly once when its deadline passes while it is still open', async () => {
    await worker.runUntil(async () => {
      const deadlineMs = (await env.currentTimeMs()) + 5 * DAY;
      const { recordId, handle } = await start('defect', deadlineMs);
      expect(handle.workflowId).toBe(`deadline-defect-${recordId}`);

      await sleepUntil(deadlineMs - HOUR);
      expect(activities.calls).toBe(0);
      expect((await handle.query(recordDeadlineStatusQuery)).outcome).toBeNull();

      await sleepUntil(deadlineMs + HOUR);
      expect(await resultWhenClosed(handle)).toBe('escalated');
      expect([...activities.escalations.values()]).toEqual([
        { recordId, deadline: new Date(deadlineMs).toISOString(), at: expect.any(Number) },
      ]);
      expect([...activities.escalations.values()][0].at).toBeGreaterThanOrEqual(deadlineMs);
      expect(activities.calls).toBe(1);
    });
  });

  it('ends without escalating when the record is closed before its deadline', async () => {
    await worker.runUntil(async () => {
      const deadlineMs = (await env.currentTimeMs()) + 3 * DAY;
      const { recordId, handle } = await start('complaint', deadlineMs);
      await sleepUntil(deadlineMs - DAY);
      activities.open.delete(recordId);
      await handle.signal(recordClosedSignal);

      expect(await resultWhenClosed(handle)).toBe('closed');
      await sleepUntil(deadlineMs + DAY);
      expect(activities.escalations.size).toBe(0);
      expect(activities.calls).toBe(0);
    });
  });

  it('escalates at the new deadline, not the old one, when the deadline is moved later', async () => {
    await worker.runUntil(async () => {
      const oldDeadlineMs = (await env.currentTimeMs()) + 2 * DAY;
      const newDeadlineMs = oldDeadlineMs + 7 * DAY;
      const { recordId, handle } = await start('defect', oldDeadlineMs);
      const newDeadline = new Date(newDeadlineMs).toISOString();
      activities.open.set(recordId, newDeadline);
      await handle.signal(deadlineChangedSignal, { deadline: newDeadline });

      await sleepUntil(oldDeadlineMs + DAY);
      expect(activities.escalations.size).toBe(0);
      expect(activities.calls).toBe(0);
      expect((await handle.query(recordDeadlineStatusQuery)).deadline).toBe(newDeadline);

      await sleepUntil(newDeadlineMs - HOUR);
      expect(activities.escalations.size).toBe(0);

      await sleepUntil(newDeadlineMs + HOUR);
      expect(await resultWhenClosed(handle)).toBe('escalated');
      const [escalation] = [...activities.escalations.values()];
      expect(escalation.deadline).toBe(newDeadline);
      expect(escalation.at).toBeGreaterThanOrEqual(newDeadlineMs);
      expect(activities.escalations.size).toBe(1);
    });
  });

  it('hands a record whose stored deadline moved later over to the project watcher: it ends without escalating', async () => {
    await worker.runUntil(async () => {
      const oldDeadlineMs = (await env.currentTimeMs()) + DAY;
      const newDeadlineMs = oldDeadlineMs + 2 * DAY;
      const { recordId, handle } = await start('defect', oldDeadlineMs);
      activities.open.set(recordId, new Date(newDeadlineMs).toISOString());

      await sleepUntil(oldDeadlineMs + HOUR);
      expect(await resultWhenClosed(handle)).toBe('rescheduled');
      await sleepUntil(newDeadlineMs + HOUR);
      expect(activities.escalations.size).toBe(0);
      expect(activities.calls).toBe(1);
    });
  });
});
