import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { workflowBundleOptions } from '../../../apps/worker/src/workflow-bundle';
import { FakeTimelineActivities } from './fake-timeline-activities';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resolveTestServer } = require('../../../scripts/lib/temporal-binaries');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const searchAttributes: Record<string, string> = require('../../../scripts/lib/search-attributes');

const SEARCH_ATTRIBUTE_TYPES: Record<string, number> = {
  Keyword: 2,
  Bool: 5,
  Int: 3,
  Text: 1,
  Double: 4,
  Datetime: 6,
  KeywordList: 7,
};

export const TASK_QUEUE = 'handover-test';

/** Time-skipping test server (the Java one from Maven Central, via the cache), with our search attributes. */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  const path: string | null = await resolveTestServer();
  const env = await TestWorkflowEnvironment.createTimeSkipping(
    path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
  );
  await registerSearchAttributes(env.connection);
  return env;
}

async function registerSearchAttributes(connection: Connection): Promise<void> {
  await connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(
      Object.entries(searchAttributes).map(([name, type]) => [name, SEARCH_ATTRIBUTE_TYPES[type]]),
    ),
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Bundles the workflows once per test file, exactly as the worker does (path aliases included). */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ ...workflowBundleOptions(), logger: new DefaultLogger('ERROR') });
  return bundle;
}

export async function createTestWorker(
  env: TestWorkflowEnvironment,
  activities: FakeTimelineActivities,
  options: { cacheWorkflows?: boolean; inactivePatches?: string[] } = {},
): Promise<Worker> {
  const inactive = new Set(options.inactivePatches ?? []);
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowBundle: await workflowBundle(),
    activities: activities.bind(),
    // Without a cache every task replays the run from its history; used for a worker that will be killed, because
    // the Java test server does not move a sticky queue's tasks off a worker that has gone away.
    ...(options.cacheWorkflows === false ? { maxCachedWorkflows: 0 } : {}),
    // Runs as a worker from before these patches would: the patch stays off and no marker is recorded.
    ...(inactive.size > 0
      ? { patchActivationCallback: ({ patchId }: { patchId: string }) => !inactive.has(patchId) }
      : {}),
  });
}

let runtimeInstalled = false;
function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}
