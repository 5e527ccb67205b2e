import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from '@handover/database';
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
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const row: Partial<AuditLogEntity> = {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      projectId: entry.projectId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    };
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditLogEntity)
      .values(row as never)
      .execute();
  }
}
