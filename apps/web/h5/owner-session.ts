/** The owner session token (业主登录凭证), kept in localStorage so a reopened page stays signed in. */
const TOKEN_KEY = 'handover.owner.token';

type Listener = () => void;
const listeners = new Set<Listener>();

export const ownerSession = {
  token(): string | null {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  },
  save(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
    listeners.forEach((listener) => listener());
  },
  /** Signed out, or the server no longer knows the token (401): back to sign-in. */
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
