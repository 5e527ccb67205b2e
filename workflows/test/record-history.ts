/**
 * Records the history of one full timeline on the time-skipping server into workflows/test/histories/, for the
 * replay test. Run when the workflow's logic changes (after putting the change behind patched()):
 *   npm run record:history -- <name>
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { HANDOVER_PROJECT_WORKFLOW } from '@handover/contracts';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { resultWhenClosed } from './support/gates';
import { projectInput } from './support/project-fixtures';
import { runTimelineScenario } from './support/timeline-scenario';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE } from './support/workflow-test-env';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: npm run record:history -- <kebab-case-name>');
  const env = await createTimeSkippingEnv();
  try {
    const worker = await createTestWorker(env, new FakeTimelineActivities());
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const history = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await runTimelineScenario(env, handle);
      await resultWhenClosed(handle);
      return handle.fetchHistory();
    });
    const file = path.join(__dirname, 'histories', `${name}.json`);
    fs.writeFileSync(file, `${historyToJSON(history)}\n`); // the same JSON as `temporal workflow show --output json`
    process.stdout.write(`recorded ${history.events?.length} events into ${file}\n`);
  } finally {
    await env.teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
