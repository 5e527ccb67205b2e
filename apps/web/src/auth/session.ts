/** The signed-in person's bearer token, kept in this browser until it expires or they sign out. */
const TOKEN_KEY = 'handover.token';
export const SESSION_EXPIRED_EVENT = 'handover:session-expired';

function decodeExpiry(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

/** Survives a reload of the tab, so the notice is shown even when the refusal happened just before it. */
const REFUSED_KEY = 'handover.tokenRefused';

export const session = {
  token(): string | null {
    const token = localStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    const expiresAt = decodeExpiry(token);
    return expiresAt !== null && expiresAt <= Date.now() ? null : token;
  },
  /** The person was signed in and lost it (time up, or the server refused the token): tell them why. */
  hasExpired(): boolean {
    const token = localStorage.getItem(TOKEN_KEY);
    const expiresAt = token ? decodeExpiry(token) : null;
    return sessionStorage.getItem(REFUSED_KEY) !== null || (expiresAt !== null && expiresAt <= Date.now());
  },
  save(token: string): void {
    sessionStorage.removeItem(REFUSED_KEY);
    localStorage.setItem(TOKEN_KEY, token.trim());
  },
  clear(): void {
    sessionStorage.removeItem(REFUSED_KEY);
    localStorage.removeItem(TOKEN_KEY);
  },
  /** The server refused the token: forget it and let the app send the person to sign-in, keeping their page. */
  expire(): void {
    sessionStorage.setItem(REFUSED_KEY, '1');
    localStorage.removeItem(TOKEN_KEY);
    window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
  },
};
