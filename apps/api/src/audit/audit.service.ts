import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository, type AuditRecord } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * An owner (业主) acting in the owner app: recorded by their session's id with the role 'owner', never by their phone
 * number or name (owners' personal data stays out of the log).
 */
export interface OwnerAuditActor {
  kind: 'owner';
  sessionId: string;
}

export const ownerAuditActor = (session: { id: string }): OwnerAuditActor => ({ kind: 'owner', sessionId: session.id });

export interface AuditEntry {
  /** a staff user, an owner, or null for the system */
  actor: AuthenticatedUser | OwnerAuditActor | null;
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who did what, when, with before/after; pass the transaction's manager so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.auditLog.record(auditRecordOf(entry), manager);
  }
}

/** The row an entry becomes: for a repository that writes it in the same statement as the change it records. */
export function auditRecordOf(entry: AuditEntry): AuditRecord {
  const actor = entry.actor;
  const owner = actor !== null && 'kind' in actor;
  return {
    actorId: owner ? actor.sessionId : (actor?.id ?? null),
    actorRole: owner ? 'owner' : (actor?.role ?? 'system'),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    projectId: entry.projectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}
