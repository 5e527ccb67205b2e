import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';

/** The server's error a query has to show, if any: its final error, or the failure a retry under way is repeating. */
export function queryProblem(query: UseQueryResult<unknown>): { error: unknown; retrying: boolean } | null {
  if (query.isError) return { error: query.error, retrying: query.isFetching };
  if (query.isPending && query.failureReason !== null) return { error: query.failureReason, retrying: true };
  return null;
}

/**
 * Every screen's loading and error states in one place: a skeleton while the first answer is awaited, the server's
 * message as soon as a request failed (automatic retries keep running behind it, the retry button spins meanwhile),
 * and nothing for a query that is not asking (disabled): a skeleton there would wait forever.
 */
export function QueryView<T>({
  query,
  children,
  rows = 4,
  skeleton,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  rows?: number;
  /** Instead of the default paragraph skeleton. */
  skeleton?: ReactNode;
}) {
  const problem = queryProblem(query);
  if (problem) {
    return <ApiErrorAlert error={problem.error} retrying={problem.retrying} onRetry={() => void query.refetch()} />;
  }
  if (!query.isSuccess) {
    if (query.fetchStatus === 'idle') return null;
    return (
      <div data-testid="loading" aria-busy="true">
        {skeleton ?? <Skeleton active paragraph={{ rows }} />}
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
