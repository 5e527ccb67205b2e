import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { notificationDispatcherWorkflowId, ownerMessageDispatcherWorkflowId } from '@handover/contracts';

/** The outbox dispatchers a task queue runs, one of each: staff notifications (通知分发) and owners' texts (业主短信). */
const DISPATCHERS = {
  notificationDispatcherWorkflow: notificationDispatcherWorkflowId,
  ownerMessageDispatcherWorkflow: ownerMessageDispatcherWorkflowId,
} as const;

export type DispatcherWorkflow = keyof typeof DISPATCHERS;

/**
 * Starts the task queue's dispatcher of that kind unless it runs already (the first worker replica to start does it;
 * the others find it running). Idempotent.
 */
export async function ensureDispatcher(
  workflowType: DispatcherWorkflow,
  connection: NativeConnection,
  namespace: string,
  taskQueue: string,
): Promise<void> {
  const client = new Client({ connection, namespace });
  try {
    await client.workflow.start(workflowType, {
      workflowId: DISPATCHERS[workflowType](taskQueue),
      taskQueue,
      args: [{}],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
