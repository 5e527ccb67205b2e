import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

/** One audit entry: who (null and 'system' for the worker), did what to which record, with before/after. */
export interface AuditRecord {
  actorId: string | null;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  projectId: string | null;
  before: unknown;
  after: unknown;
}

/** The audit log (审计日志), written by the API and the worker; pass the transaction's manager to commit with the change. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      projectId: entry.projectId,
      // jsonb: TypeORM's deep-partial type does not take unknown
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
    });
  }
}
