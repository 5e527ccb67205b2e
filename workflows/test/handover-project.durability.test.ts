import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { HANDOVER_PROJECT_WORKFLOW, statusQuery, type HandoverProjectState } from '@handover/contracts';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { closeGate, resultWhenClosed } from './support/gates';
import { projectInput } from './support/project-fixtures';
import { comparable, runTimelineScenario } from './support/timeline-scenario';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE } from './support/workflow-test-env';

describe('durability: worker restarts, continue-as-new, history size', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function undisturbedRun() {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const worker = await createTestWorker(env, activities);
    return worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await runTimelineScenario(env, handle);
      const state = await resultWhenClosed<HandoverProjectState>(handle);
      return { state, handle, activities };
    });
  }

  it('reaches the same final state when the worker is killed and restarted mid-timeline', async () => {
    const { state: reference } = await undisturbedRun();

    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
      taskQueue: TASK_QUEUE,
      workflowId: input.projectId,
      args: [input],
    });
    const first = await createTestWorker(env, new FakeTimelineActivities(), { cacheWorkflows: false });
    const firstRun = first.run();
    const restarted = new FakeTimelineActivities();
    await runTimelineScenario(env, handle, async () => {
      first.shutdown(); // the worker goes away mid-timeline, with timers pending and state in memory
      await firstRun; // (no time passes without a worker: the test server would not skip over queued workflow tasks)
      const second = await createTestWorker(env, restarted);
      void second.run();
      (globalThis as { secondWorker?: typeof second }).secondWorker = second;
    });
    const state = await resultWhenClosed<HandoverProjectState>(handle);
    const second = (globalThis as { secondWorker?: { shutdown(): void } }).secondWorker!;
    second.shutdown();
    expect(comparable(state)).toEqual(comparable(reference));
    expect(state.escalations.map((e) => e.milestoneKey)).toEqual(['openDay']);
    expect(restarted.mirrored?.status).toBe('completed');
  });

  it('continues as new carrying the full state: 100 idle days give the same state as one long run, each run bounded', async () => {
    // Idle on purpose: the Java test server can lose an update that races a continue-as-new (a real server
    // retries it on the new run), so this test lets only timers, activities and the budget drive the runs.
    const idleLife = async (budget?: number) => {
      const activities = new FakeTimelineActivities();
      const input = projectInput(await env.currentTimeMs(), { daysAhead: 90, historyEventBudget: budget });
      const worker = await createTestWorker(env, activities);
      return worker.runUntil(async () => {
        const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
          taskQueue: TASK_QUEUE,
          workflowId: input.projectId,
          args: [input],
        });
        await closeGate(handle, 'riskSelfCheck');
        await closeGate(handle, 'unitInspection');
        await env.sleep('100 days');
        const status = await handle.query(statusQuery);
        const lastRunEvents = (await handle.fetchHistory()).events!.length;
        await handle.terminate('test finished');
        return { status, lastRunEvents, mirrored: activities.mirrored! };
      });
    };
    const reference = await idleLife();
    const bounded = await idleLife(150);
    expect(bounded.mirrored.continuedAsNewCount).toBeGreaterThanOrEqual(2);
    expect(reference.mirrored.continuedAsNewCount).toBe(0);
    expect(comparable(bounded.mirrored)).toEqual(comparable(reference.mirrored));
    expect(bounded.status.escalations.length).toBe(reference.status.escalations.length);
    // open day, rectification, transfer, D at risk, rehearsal, readiness, centralized handover; by D+10
    expect(bounded.status.escalations.length).toBe(7);
    expect(bounded.lastRunEvents).toBeLessThan(150 + 40);
    expect(reference.lastRunEvents).toBeGreaterThan(150 + 40);
  });
});
