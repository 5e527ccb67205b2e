import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { HANDOVER_PROJECT_WORKFLOW, type HandoverProjectState } from '@handover/contracts';
import { until } from '../../test/harness/eventually';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { actorFor } from './support/gates';
import { projectInput } from './support/project-fixtures';
import { createTimeSkippingEnv, TASK_QUEUE, workflowBundle } from './support/workflow-test-env';
import { approveMilestoneUpdate } from '@handover/contracts';

describe('read-model mirroring', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('mirrors a change made while a mirror activity is in flight, without waiting for another event', async () => {
    const fake = new FakeTimelineActivities();
    const mirrored: HandoverProjectState[] = [];
    let releaseFirstMirror!: () => void;
    const firstMirrorHeld = new Promise<void>((resolve) => (releaseFirstMirror = resolve));
    let firstMirrorStarted!: () => void;
    const firstMirrorRunning = new Promise<void>((resolve) => (firstMirrorStarted = resolve));
    const activities = {
      ...fake.bind(),
      mirrorProjectState: async (state: HandoverProjectState) => {
        mirrored.push(state);
        if (mirrored.length === 1) {
          firstMirrorStarted();
          await firstMirrorHeld;
        }
      },
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: await workflowBundle(),
      activities,
    });
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await firstMirrorRunning;
      const approved = await handle.executeUpdate(approveMilestoneUpdate, {
        args: [{ actor: actorFor('engineering'), milestoneKey: 'unitInspection' }],
      });
      releaseFirstMirror();
      // The follow-up mirror arrives through this process's worker: wait until the fake activity has recorded it.
      await until(() => mirrored.at(-1)!.revision >= approved.revision, {
        what: `a mirror of revision ${approved.revision} (the approval) after the held one was released`,
        timeoutMs: 10_000,
        intervalMs: 20,
      });
      expect(mirrored.at(-1)!.revision).toBe(approved.revision);
      expect(mirrored.at(-1)!.milestones.find((m) => m.key === 'unitInspection')!.status).toBe('closed');
      await handle.terminate('test finished');
    });
  });
});
