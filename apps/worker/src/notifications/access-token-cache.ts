/** An access token and when to stop using it (a margin before the API's expiry). */
interface CachedToken {
  token: string;
  usableUntil: number;
}

const EXPIRY_MARGIN_MS = 5 * 60_000;

/**
 * The application access token of a chat API (企业微信 and 钉钉 both issue one for 2 hours): fetched once, shared by
 * concurrent sends, refreshed before it expires or when the API says it is invalid or expired.
 */
export class AccessTokenCache {
  private cached: CachedToken | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly fetchToken: () => Promise<{ token: string; expiresInSeconds: number }>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.cached && this.now() < this.cached.usableUntil) return this.cached.token;
    this.pending ??= this.fetchToken()
      .then(({ token, expiresInSeconds }) => {
        this.cached = { token, usableUntil: this.now() + expiresInSeconds * 1000 - EXPIRY_MARGIN_MS };
        return token;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** Forgets `token` (the API refused it), so the next get fetches a new one; a newer token is kept. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }
}
