/**
 * Event count of one project's whole history over a 120-day life on the time-skipping server (every run,
 * continue-as-new included), with the realistic scenario of the durability test plus the tail to day 120.
 */
import { HANDOVER_PROJECT_WORKFLOW } from '@handover/contracts';
import { FakeTimelineActivities } from '../workflows/test/support/fake-timeline-activities';
import { resultWhenClosed } from '../workflows/test/support/gates';
import { projectInput } from '../workflows/test/support/project-fixtures';
import { runTimelineScenario } from '../workflows/test/support/timeline-scenario';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE } from '../workflows/test/support/workflow-test-env';

async function main(): Promise<void> {
  const env = await createTimeSkippingEnv();
  try {
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const worker = await createTestWorker(env, new FakeTimelineActivities());
    const runs = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const startedAt = await env.currentTimeMs();
      await runTimelineScenario(env, handle, async () => {}, 29); // 120 days from launch to summary accepted
      const lifeDays = ((await env.currentTimeMs()) - startedAt) / 864e5;
      await resultWhenClosed(handle);
      const counts: number[] = [];
      let runId: string | undefined = handle.firstExecutionRunId;
      while (runId) {
        const history = await env.client.workflow.getHandle(input.projectId, runId).fetchHistory();
        counts.push(history.events!.length);
        runId = history.events!.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
      }
      return { counts, lifeDays };
    });
    const total = runs.counts.reduce((a, b) => a + b, 0);
    console.log(
      `one project over ${runs.lifeDays.toFixed(0)} days (launch to summary accepted): ${total} events in ${runs.counts.length} run(s) [${runs.counts.join(', ')}]`,
    );
  } finally {
    await env.teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
