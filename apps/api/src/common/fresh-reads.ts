/**
 * Coalesces concurrent reads of the same key without serving a stale answer: a caller that arrives while a read of
 * its key is in flight does not join that read (it may have been answered before the caller's own request arrived)
 * but the next one, started as soon as the one in flight ends and shared by everyone who arrived meanwhile. So every
 * caller gets an answer read after it asked — as fresh as reading alone — while a key read by a hundred callers at
 * once costs two reads, not a hundred. A failed read fails the callers that shared it, and only them.
 */
export class FreshReads<T> {
  private readonly inFlight = new Map<string, Promise<T>>();
  private readonly queued = new Map<string, Promise<T>>();

  read(key: string, load: () => Promise<T>): Promise<T> {
    const queued = this.queued.get(key);
    if (queued) return queued;
    const current = this.inFlight.get(key);
    if (!current) return this.start(key, load);
    const next = current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued.delete(key);
        return this.start(key, load);
      });
    this.queued.set(key, next);
    return next;
  }

  private start(key: string, load: () => Promise<T>): Promise<T> {
    const reading = load().finally(() => {
      if (this.inFlight.get(key) === reading) this.inFlight.delete(key);
    });
    this.inFlight.set(key, reading);
    return reading;
  }
}
