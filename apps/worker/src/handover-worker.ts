import { NativeConnection, Worker } from '@temporalio/worker';
import type { INestApplicationContext } from '@nestjs/common';
import { Environment } from '@handover/config';
import { DeadlineActivitiesService } from './activities/deadline.activities';
import { ReportingActivities } from './activities/reporting.activities';
import { SummaryActivitiesService } from './activities/summary.activities';
import { TimelineActivities } from './activities/timeline.activities';
import { WarrantyCallBackActivities } from './activities/warranty-callback.activities';
import { NotificationActivitiesService } from './notifications/notification.activities';
import { ensureDispatcher } from './dispatcher-start';
import { OwnerMessageActivitiesService } from './owner-messages/owner-message.activities';
import { workflowBundleOptions } from './workflow-bundle';

/** Creates the Temporal worker with every activity bound from the Nest context. */
export async function createHandoverWorker(
  app: INestApplicationContext,
  connection: NativeConnection,
  options: { notificationDispatcher?: boolean; ownerMessageDispatcher?: boolean } = {},
): Promise<Worker> {
  const environment = app.get(Environment);
  const deadlines = app.get(DeadlineActivitiesService).bind();
  const worker = await Worker.create({
    connection,
    namespace: environment.TEMPORAL_NAMESPACE,
    taskQueue: environment.TEMPORAL_TASK_QUEUE,
    activities: {
      ...app.get(TimelineActivities).bind(),
      ...deadlines,
      // The deadline watcher's round also creates the warranty call-back tasks (回访任务) that fell due, and sleeps
      // until the next one too: warranty-callback.activities.ts (same activity, no workflow change).
      escalateDueDeadlines: app.get(WarrantyCallBackActivities).withCallBacks(deadlines.escalateDueDeadlines),
      // compileHandoverSummary (reporting workflow) is registered by the summary activities next to these.
      ...app.get(ReportingActivities).bind(),
      ...app.get(SummaryActivitiesService).bind(),
      ...app.get(NotificationActivitiesService).bind(),
      ...app.get(OwnerMessageActivitiesService).bind(),
    },
    // A workflow's next task waits this long for the worker that cached it before any worker may take it: after a
    // worker dies (kill -9), its workflows' queries and updates stall about this long instead of the default 10 s.
    stickyQueueScheduleToStartTimeout: '1s',
    // On SIGTERM: running activities get this long to finish, then the worker gives up on them and stops.
    shutdownGraceTime: '3s',
    shutdownForceTime: '8s',
    bundlerOptions: { webpackConfigHook: workflowBundleOptions().webpackConfigHook },
    workflowsPath: workflowBundleOptions().workflowsPath,
  });
  // The notification dispatcher runs on this task queue; the first replica to start it does, the others find it.
  if (options.notificationDispatcher ?? true)
    await ensureDispatcher(
      'notificationDispatcherWorkflow',
      connection,
      environment.TEMPORAL_NAMESPACE,
      environment.TEMPORAL_TASK_QUEUE,
    );
  // The owner message dispatcher (业主短信) likewise, one per task queue.
  if (options.ownerMessageDispatcher ?? true)
    await ensureDispatcher(
      'ownerMessageDispatcherWorkflow',
      connection,
      environment.TEMPORAL_NAMESPACE,
      environment.TEMPORAL_TASK_QUEUE,
    );
  return worker;
}
