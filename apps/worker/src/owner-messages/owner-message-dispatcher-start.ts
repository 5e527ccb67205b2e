import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { ownerMessageDispatcherWorkflowId } from '@handover/contracts';

/**
 * Starts the task queue's owner message dispatcher unless it runs already (the first worker replica to start does it;
 * the others find it running). Idempotent.
 */
export async function ensureOwnerMessageDispatcher(
  connection: NativeConnection,
  namespace: string,
  taskQueue: string,
): Promise<void> {
  const client = new Client({ connection, namespace });
  try {
    await client.workflow.start('ownerMessageDispatcherWorkflow', {
      workflowId: ownerMessageDispatcherWorkflowId(taskQueue),
      taskQueue,
      args: [{}],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
