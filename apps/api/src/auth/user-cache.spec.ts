import { UserCache } from './user-cache';

const user = (id: string) => ({ id, name: id, role: 'hq' as const, department: null });

describe('UserCache', () => {
  it('returns a user until the entry expires', () => {
    const cache = new UserCache(1000);
    cache.set(user('a'), 0);
    expect(cache.get('a', 999)?.id).toBe('a');
    expect(cache.get('a', 1000)).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new UserCache(1000, 2);
    cache.set(user('a'), 0);
    cache.set(user('b'), 0);
    cache.set(user('c'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)?.id).toBe('b');
    expect(cache.get('c', 1)?.id).toBe('c');
  });
});
