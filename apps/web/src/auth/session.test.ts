import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, SESSION_EXPIRED_EVENT } from './session';

function tokenExpiringAt(epochSeconds: number): string {
  const payload = btoa(JSON.stringify({ sub: 'u1', exp: epochSeconds })).replace(/=+$/, '');
  return `eyJhbGciOiJIUzI1NiJ9.${payload}.signature`;
}

describe('session', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps a token until it expires', () => {
    session.save(tokenExpiringAt(Math.floor(Date.now() / 1000) + 3600));
    expect(session.token()).not.toBeNull();
    expect(session.hasExpired()).toBe(false);
  });

  it('treats a token past its expiry as signed out and says it expired', () => {
    session.save(tokenExpiringAt(Math.floor(Date.now() / 1000) - 10));
    expect(session.token()).toBeNull();
    expect(session.hasExpired()).toBe(true);
  });

  it('forgets a token the server refused and announces it, so the app can keep the page for after sign-in', () => {
    const listener = vi.fn();
    window.addEventListener(SESSION_EXPIRED_EVENT, listener);
    session.save(tokenExpiringAt(Math.floor(Date.now() / 1000) + 3600));
    session.expire();
    window.removeEventListener(SESSION_EXPIRED_EVENT, listener);
    expect(session.token()).toBeNull();
    expect(session.hasExpired()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    session.save(tokenExpiringAt(Math.floor(Date.now() / 1000) + 3600));
    expect(session.hasExpired()).toBe(false);
  });
});
