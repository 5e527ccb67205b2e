import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';

type Interceptor = NonNullable<ConnectionOptions['interceptors']>[number];

/**
 * How long the API waits for Temporal, per call, before it answers the HTTP request itself. Without a deadline the
 * SDK retries a refused connection for about 20 s, longer than any client or probe waits.
 *
 * Updates wait for a worker to run the validator and the handler: after a worker dies they wait for the sticky
 * queue's schedule-to-start timeout (the worker sets it to 1 s) and a replay on another worker.
 */
export const TEMPORAL_CALL_DEADLINE_MS: Readonly<Record<string, number>> = {
  QueryWorkflow: 3_000,
  StartWorkflowExecution: 3_000,
  SignalWorkflowExecution: 3_000,
  SignalWithStartWorkflowExecution: 3_000,
  DescribeWorkflowExecution: 3_000,
  DescribeNamespace: 1_500,
  UpdateWorkflowExecution: 8_000,
  PollWorkflowExecutionUpdate: 8_000,
};
/** Calls not listed above: the same order of magnitude, long enough for any list or describe call. */
const OTHER_CALL_DEADLINE_MS = 10_000;
/** Long polls wait on purpose (a workflow's result); they keep only the retry budget below. */
const LONG_POLLS = new Set(['GetWorkflowExecutionHistory']);

/**
 * Retries of a refused or dropped connection (UNAVAILABLE and the SDK's other retryable codes) stop once this much
 * time has gone: a Temporal outage answers the caller within about two seconds.
 */
export const TEMPORAL_RETRY_BUDGET_MS = 2_000;

/**
 * The gRPC interceptor of the API's Temporal connection: a deadline for each call (unless the caller set one with
 * `connection.withDeadline`) and the SDK's own retry policy cut off at the retry budget.
 */
export function temporalDeadlineInterceptor(): Interceptor {
  const sdkRetry = defaultGrpcRetryOptions();
  return (options, nextCall) => {
    const started = Date.now();
    const method = options.method_definition.path.split('/').pop() ?? '';
    const deadlineMs = LONG_POLLS.has(method)
      ? undefined
      : (TEMPORAL_CALL_DEADLINE_MS[method] ?? OTHER_CALL_DEADLINE_MS);
    const withDeadline =
      options.deadline === undefined && deadlineMs !== undefined
        ? { ...options, deadline: started + deadlineMs }
        : options;
    const retryUntil = Math.min(
      started + TEMPORAL_RETRY_BUDGET_MS,
      typeof withDeadline.deadline === 'number'
        ? withDeadline.deadline
        : (withDeadline.deadline?.getTime() ?? Infinity),
    );
    const retry = makeGrpcRetryInterceptor({
      delayFunction: (attempt, status) =>
        Math.max(0, Math.min(sdkRetry.delayFunction(attempt, status), retryUntil - Date.now())),
      retryableDecider: (attempt, status) => Date.now() < retryUntil - 50 && sdkRetry.retryableDecider(attempt, status),
    });
    return retry(withDeadline, nextCall);
  };
}
