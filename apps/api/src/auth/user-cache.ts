import type { AuthenticatedUser } from './authenticated-user';

/**
 * Users seen by the auth guard in the last `ttlMs`, so a busy handover day does not pay one users-table query per
 * request. A role change therefore takes effect within `ttlMs`; users are never deleted, only re-roled.
 */
export class UserCache {
  private readonly entries = new Map<string, { user: AuthenticatedUser; expiresAt: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(id: string, now = Date.now()): AuthenticatedUser | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.user;
  }

  set(user: AuthenticatedUser, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(user.id, { user, expiresAt: now + this.ttlMs });
  }
}
