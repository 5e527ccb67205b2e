/**
 * The one way tests wait for something asynchronous they cannot await directly (a read model mirrored by a worker, a
 * run closing on the test server, a lock being waited on): poll with a deadline, and fail with what was awaited.
 * Never a bare `setTimeout` loop: without a deadline a broken test hangs until Jest's own timeout says nothing useful.
 */
export interface EventuallyOptions {
  /** what is awaited, for the failure message ("the launch mirrored to the read model") */
  what?: string;
  /** give up after this long; 30 s unless given */
  timeoutMs?: number;
  /** pause between attempts; 100 ms unless given */
  intervalMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `check` until it returns without throwing and returns its result; after the deadline, fails with its last error. */
export async function eventually<T>(check: () => T | Promise<T>, options: EventuallyOptions = {}): Promise<T> {
  const { what = 'the condition', timeoutMs = 30_000, intervalMs = 100 } = options;
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started >= timeoutMs) {
        const last = error instanceof Error ? error.message : String(error);
        throw Object.assign(
          new Error(`${what} did not hold within ${timeoutMs} ms (${attempt} attempts); last failure:\n${last}`),
          { cause: error },
        );
      }
    }
    await pause(intervalMs);
  }
}

/** Waits until `predicate` is true; after the deadline, fails saying what was awaited. */
export async function until(
  predicate: () => boolean | Promise<boolean>,
  options: EventuallyOptions = {},
): Promise<void> {
  await eventually(async () => {
    if (!(await predicate())) throw new Error(`${options.what ?? 'the condition'} is still false`);
  }, options);
}
