import { useSearchParams } from 'react-router';

/**
 * A list's page, page size and filters live in the URL, so a reload, a shared link or a return from sign-in shows
 * the same page. Empty filters are dropped.
 */
export function usePageParams<F extends Record<string, string | undefined>>(filterKeys: (keyof F & string)[]) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize') ?? 20) || 20));
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? undefined])) as F;

  function update(next: { page?: number; pageSize?: number; filters?: Partial<F> }) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next.filters ?? {})) {
      if (value === undefined || value === '') merged.delete(key);
      else merged.set(key, String(value));
    }
    if (next.filters) merged.delete('page');
    if (next.page) merged.set('page', String(next.page));
    if (next.pageSize) merged.set('pageSize', String(next.pageSize));
    setParams(merged, { replace: true });
  }

  return { page, pageSize, filters, update };
}
