import { AccessTokenCache } from './access-token-cache';

describe('AccessTokenCache', () => {
  it('fetches once for concurrent callers and reuses the token until shortly before it expires', async () => {
    let now = 0;
    let fetched = 0;
    const cache = new AccessTokenCache(
      async () => ({ token: `t${++fetched}`, expiresInSeconds: 7200 }),
      () => now,
    );
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(['t1', 't1', 't1']);
    now = (7200 - 6 * 60) * 1000; // six minutes before expiry: still good
    expect(await cache.get()).toBe('t1');
    now = (7200 - 4 * 60) * 1000; // within the five-minute margin: fetch anew
    expect(await cache.get()).toBe('t2');
    expect(fetched).toBe(2);
  });

  it('forgets a refused token, but not a newer one another caller already fetched', async () => {
    let fetched = 0;
    const cache = new AccessTokenCache(async () => ({ token: `t${++fetched}`, expiresInSeconds: 7200 }));
    const first = await cache.get();
    cache.invalidate(first);
    const second = await cache.get();
    expect(second).toBe('t2');
    cache.invalidate(first); // a late refusal of the old token
    expect(await cache.get()).toBe('t2');
  });

  it('does not keep a failed fetch: the next caller tries again', async () => {
    let calls = 0;
    const cache = new AccessTokenCache(async () => {
      calls += 1;
      if (calls === 1) throw new Error('gettoken refused');
      return { token: 'ok', expiresInSeconds: 7200 };
    });
    await expect(cache.get()).rejects.toThrow('gettoken refused');
    expect(await cache.get()).toBe('ok');
  });
});
