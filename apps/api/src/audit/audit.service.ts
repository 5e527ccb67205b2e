import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository, type AuditRecord } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';

export interface AuditEntry {
  actor: AuthenticatedUser | null;
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
  return {
    actorId: entry.actor?.id ?? null,
    actorRole: entry.actor?.role ?? 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    projectId: entry.projectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}
