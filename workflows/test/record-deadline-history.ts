/**
 * Records the history of the record-deadline workflow's "lost signal" run (the stored deadline moved later than the
 * one it slept until) on the time-skipping server into workflows/test/histories/, for the replay test:
 *   npm run record:deadline-history -- <name>
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import {
  RECORD_DEADLINE_WORKFLOW,
  recordDeadlineWorkflowId,
  type DeadlineActivities,
  type OverdueCheckResult,
  type RecordDeadlineInput,
} from '@handover/contracts';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const DAY = 86_400_000;

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: npm run record:deadline-history -- <name>');
  const env = await createTimeSkippingEnv();
  try {
    const now = await env.currentTimeMs();
    const first = new Date(now + DAY).toISOString();
    const moved = new Date(now + 3 * DAY).toISOString();
    let checks = 0;
    const activities: DeadlineActivities = {
      async checkAndEscalateOverdue(): Promise<OverdueCheckResult> {
        checks += 1;
        return checks === 1 ? { outcome: 'rescheduled', deadline: moved } : { outcome: 'escalated' };
      },
    };
    const taskQueue = `record-deadline-history-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities,
    });
    const recordId = randomUUID();
    const input: RecordDeadlineInput = { kind: 'defect', recordId, projectId: randomUUID(), deadline: first };
    const history = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(RECORD_DEADLINE_WORKFLOW, {
        taskQueue,
        workflowId: recordDeadlineWorkflowId('defect', recordId),
        args: [input],
      });
      await handle.result();
      return handle.fetchHistory();
    });
    const file = path.join(__dirname, 'histories', `${name}.json`);
    fs.writeFileSync(file, `${historyToJSON(history)}\n`);
    process.stdout.write(`recorded ${history.events?.length} events (${checks} checks) into ${file}\n`);
  } finally {
    await env.teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
