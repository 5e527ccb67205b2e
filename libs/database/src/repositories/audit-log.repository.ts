import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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

/**
 * The INSERT of one audit entry with its `$n` placeholders numbered from `$from`, and their values: for a statement
 * that writes a change and its audit entry in one round trip (as a data-modifying WITH), and for `record`.
 * before/after are jsonb, SQL NULL when absent. With `onlyWithRowOf` (a CTE's name) the entry is written once per
 * row of that CTE: none when a guarded UPDATE before it changed nothing.
 */
export function auditInsert(entry: AuditRecord, from = 1, onlyWithRowOf?: string): { sql: string; params: unknown[] } {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const params = [
    entry.actorId,
    entry.actorRole,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.projectId,
    json(entry.before),
    json(entry.after),
  ];
  const at = (i: number) => `$${from + i}`;
  return {
    sql: `INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, project_id, before, after)
          ${onlyWithRowOf ? 'SELECT ' : 'VALUES ('}${params.map((_, i) => at(i)).join(', ')}${onlyWithRowOf ? ` FROM ${onlyWithRowOf}` : ')'}`,
    params,
  };
}

/** The audit log (审计日志), written by the API and the worker; pass the transaction's manager to commit with the change. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const { sql, params } = auditInsert(entry);
    await manager.query(sql, params);
  }
}
