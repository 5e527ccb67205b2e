/** Percentile of a sample (nearest-rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(label: string, millis: number[]): string {
  return `${label}: n=${millis.length} p50=${percentile(millis, 50).toFixed(1)} ms p99=${percentile(millis, 99).toFixed(1)} ms max=${Math.max(...millis).toFixed(1)} ms`;
}

/** Runs `task` for every item with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}
