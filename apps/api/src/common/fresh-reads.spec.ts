import { FreshReads } from './fresh-reads';

/** A read that answers when told to, numbered in the order it started. */
function controlledReads() {
  const started: { n: number; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      started.push({ n: started.length + 1, resolve, reject });
    });
  return { started, load };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('FreshReads', () => {
  it('serves callers that arrive during a read from the next read, which starts when that one ends', async () => {
    const reads = new FreshReads<string>();
    const { started, load } = controlledReads();
    const first = reads.read('p1', load);
    const during = [reads.read('p1', load), reads.read('p1', load), reads.read('p1', load)];
    expect(started).toHaveLength(1);
    started[0]!.resolve('state at read 1');
    expect(await first).toBe('state at read 1');
    await settle();
    // the three who asked while read 1 was out share read 2, started after they asked
    expect(started).toHaveLength(2);
    started[1]!.resolve('state at read 2');
    expect(await Promise.all(during)).toEqual(['state at read 2', 'state at read 2', 'state at read 2']);
    // nothing in flight any more: the next caller reads at once, alone
    const later = reads.read('p1', load);
    expect(started).toHaveLength(3);
    started[2]!.resolve('state at read 3');
    expect(await later).toBe('state at read 3');
  });

  it('keeps keys apart', async () => {
    const reads = new FreshReads<string>();
    const { started, load } = controlledReads();
    const a = reads.read('p1', load);
    const b = reads.read('p2', load);
    expect(started).toHaveLength(2);
    started[1]!.resolve('p2');
    started[0]!.resolve('p1');
    expect([await a, await b]).toEqual(['p1', 'p2']);
  });

  it('fails only the callers of the failed read; those queued behind it get a read of their own', async () => {
    const reads = new FreshReads<string>();
    const { started, load } = controlledReads();
    const first = reads.read('p1', load);
    const queued = reads.read('p1', load);
    started[0]!.reject(new Error('Temporal did not answer'));
    await expect(first).rejects.toThrow('Temporal did not answer');
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.resolve('answered');
    expect(await queued).toBe('answered');
  });

  it('would be stale without the queue: a caller never gets a read that started before it asked', async () => {
    const reads = new FreshReads<number>();
    let state = 1;
    const gates: (() => void)[] = [];
    // a read sees the state when it starts, and answers when its gate opens
    const load = () => {
      const seen = state;
      return new Promise<number>((resolve) => gates.push(() => resolve(seen)));
    };
    const before = reads.read('p1', load);
    state = 2; // the project changes while that read is out; then a caller asks
    const after = reads.read('p1', load);
    gates[0]!();
    expect(await before).toBe(1);
    await settle();
    gates[1]!();
    expect(await after).toBe(2);
  });
});
