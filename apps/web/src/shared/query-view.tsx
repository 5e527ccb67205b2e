import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';

/** Every screen's loading and error states in one place: a skeleton while loading, the server's message on error. */
export function QueryView<T>({ query, children, rows = 4 }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; rows?: number }) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} data-testid="loading" />;
  if (query.isError) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
