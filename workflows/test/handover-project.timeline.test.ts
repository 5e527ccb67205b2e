import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { HANDOVER_PROJECT_WORKFLOW, statusQuery, type HandoverProjectState } from '@handover/contracts';
import { addDays, MILESTONE_KEYS } from '@handover/domain';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { closeGate, resultWhenClosed } from './support/gates';
import { projectInput } from './support/project-fixtures';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE } from './support/workflow-test-env';

describe('handover project timeline (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function run<T>(activities: FakeTimelineActivities, body: (worker: Worker) => Promise<T>): Promise<T> {
    const worker = await createTestWorker(env, activities);
    return worker.runUntil(body(worker));
  }

  it('waits 30 days on durable timers in seconds of wall time and escalates the gates that fell due', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 60 });
    await run(activities, async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const startedAt = Date.now();
      await env.sleep('30 days');
      const status = await handle.query(statusQuery);
      expect(Date.now() - startedAt).toBeLessThan(60_000); // a guard against a real 30-day wait, not a speed target
      expect(status.escalations.map((e) => e.milestoneKey).sort()).toEqual(['riskSelfCheck', 'unitInspection']);
      expect(activities.reminderKeys('riskSelfCheck')).toEqual([
        `${addDays(input.planInput.firstHandoverDate, -45)}:3`,
        `${addDays(input.planInput.firstHandoverDate, -45)}:1`,
      ]);
      expect(activities.mirrored?.escalations).toHaveLength(2);
      await handle.terminate('test finished'); // a running workflow with due timers would hold up time skipping for the next test
    });
  });

  it('runs launch to summary accepted: every gate, in order, through a 90-day timeline', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const final = await run(activities, async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await closeGate(handle, 'riskSelfCheck');
      await closeGate(handle, 'unitInspection');
      await env.sleep('60 days'); // D-30: open day
      await closeGate(handle, 'openDay');
      await closeGate(handle, 'rectification');
      await env.sleep('9 days'); // D-21
      await closeGate(handle, 'propertyTransfer');
      await env.sleep('19 days'); // D-2: rehearsal
      await closeGate(handle, 'rehearsal');
      await closeGate(handle, 'handoverReadiness');
      await env.sleep('4 days'); // D+2, the last centralized day
      expect((await handle.query(statusQuery)).currentPhase).toBe('centralizedHandover');
      await closeGate(handle, 'centralizedHandover');
      await env.sleep('10 days');
      await closeGate(handle, 'scatteredHandover');
      await closeGate(handle, 'summaryAccepted');
      return resultWhenClosed<HandoverProjectState>(handle);
    });
    expect(final.status).toBe('completed');
    expect(final.milestones.every((m) => m.status === 'closed')).toBe(true);
    expect(final.milestones.map((m) => m.key)).toEqual(MILESTONE_KEYS);
    expect(final.escalations).toEqual([]); // every gate closed before it fell due
    expect(activities.mirrored?.status).toBe('completed');
    expect(activities.mirrored?.revision).toBe(final.revision);
  });
});
