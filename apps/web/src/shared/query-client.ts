import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** Retries after a failure: a refusal (4xx) never changes on retry; a dropped connection or a 5xx might, twice. */
export const MAX_RETRIES = 2;

export function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** 0.5 s, then 1 s: the last answer is on screen within about two seconds of the first. */
export function retryDelay(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 2_000);
}

/**
 * The console's one query client. `networkMode: 'always'`: a browser that believes it is offline still asks, so the
 * person sees "the server cannot be reached" instead of a request paused without a word (and a screen loading forever).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryUnlessRefused,
        retryDelay,
        networkMode: 'always',
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
