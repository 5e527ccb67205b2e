import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarDate, EscalationMessage } from '@handover/domain';
import {
  ESCALATION_RECORD_KIND_OF,
  type EscalationKind,
  type EscalationRecordKind,
} from '../entities/escalation.entity';
import { affectedRows } from './affected-rows';

/** An escalation to raise: the escalation row and the notification event that carries it to HQ. */
export interface RaiseEscalation {
  projectId: string;
  /** unique within the project: raising the same key again changes nothing */
  key: string;
  kind: EscalationKind;
  /** the gate, for milestone and at-risk escalations */
  milestoneKey: string | null;
  /** the defect or complaint, for record escalations (its kind follows from `kind`) */
  recordId: string | null;
  dueDate: CalendarDate;
  /** the sentence as stored: rendered from `codedMessage` in the project's language when there is one */
  message: string;
  /** what it says as a code with parameters; absent for escalations of runs from before the codes */
  codedMessage?: EscalationMessage;
  /** when it was raised (the workflow's time); now when not given */
  raisedAt?: string;
  /** `role:hq`, `user:<id>` */
  recipients: string[];
  /** what the notification event carries to the delivery channels */
  payload: object;
}

/** A gate that closed, with the time it closed (null when the timeline did not record one). */
export interface ClosedGate {
  key: string;
  closedAt: string | null;
}

/** A condition on the projects row `alias`, its parameters numbered from `$paramIndex` (the API's ProjectScope). */
export interface ProjectScopeSql {
  sql(alias: string, paramIndex: number): { sql: string; params: unknown[] };
}

/** Which escalations to list; `scope` restricts to the projects the caller may see. */
export interface EscalationListFilter {
  scope: ProjectScopeSql;
  projectId?: string;
  kind?: EscalationKind;
  /** true: only unresolved ones; false: only resolved ones */
  open?: boolean;
  limit: number;
  offset: number;
}

export interface EscalationListRow {
  id: string;
  projectId: string;
  projectName: string;
  batch: string;
  cityCompany: string;
  timeZone: string;
  kind: EscalationKind;
  milestoneKey: string | null;
  dueDate: CalendarDate;
  /** as stored: in the project's language, or the English of rows from before the codes */
  message: string;
  /** null for rows from before the codes */
  messageCode: string | null;
  messageParams: Record<string, unknown> | null;
  raisedAt: Date;
  resolvedAt: Date | null;
  open: boolean;
}

/**
 * 升级: the one place escalations are raised and resolved, by the API (major complaints, records that close) and by
 * the worker (overdue gates, the handover date at risk, overdue records). An escalation is open while `resolved_at`
 * is null. Every write is idempotent, so a retried activity or request changes nothing the second time.
 */
@Injectable()
export class EscalationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Raises the escalation and its notification event, once per key; true when this call raised it. */
  async raise(escalation: RaiseEscalation, manager?: EntityManager): Promise<boolean> {
    if (!manager) return this.dataSource.transaction((transaction) => this.raise(escalation, transaction));
    const inserted: unknown[] = await manager.query(
      `INSERT INTO escalations (project_id, key, kind, milestone_key, record_kind, record_id, due_date, message, message_code,
                                message_params, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::timestamptz, now()))
       ON CONFLICT (project_id, key) DO NOTHING RETURNING id`,
      [
        escalation.projectId,
        escalation.key,
        escalation.kind,
        escalation.milestoneKey,
        ESCALATION_RECORD_KIND_OF[escalation.kind] ?? null,
        escalation.recordId,
        escalation.dueDate,
        escalation.message,
        escalation.codedMessage?.code ?? null,
        escalation.codedMessage?.params ?? null,
        escalation.raisedAt ?? null,
      ],
    );
    if (inserted.length === 0) return false;
    await manager.query(
      `INSERT INTO notification_events (project_id, kind, key, recipients, payload) VALUES ($1, 'escalation', $2, $3, $4)
       ON CONFLICT (project_id, key) DO NOTHING`,
      [escalation.projectId, escalation.key, escalation.recipients, escalation.payload],
    );
    return true;
  }

  /** The record closed: its open escalations are resolved. Returns how many were. */
  async resolveForRecord(
    kind: EscalationRecordKind,
    recordId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return affectedRows(
      await manager.query(
        `UPDATE escalations SET resolved_at = GREATEST(raised_at, now())
          WHERE record_kind = $1 AND record_id = $2 AND resolved_at IS NULL`,
        [kind, recordId],
      ),
    );
  }

  /** The record is open again (a fixed defect sent back to work): its escalations need HQ's attention again. */
  async reopenForRecord(
    kind: EscalationRecordKind,
    recordId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return affectedRows(
      await manager.query(
        `UPDATE escalations SET resolved_at = NULL WHERE record_kind = $1 AND record_id = $2 AND resolved_at IS NOT NULL`,
        [kind, recordId],
      ),
    );
  }

  /** Keeps the record's escalations in step with the record after a change: resolved while it is closed, open while open. */
  followRecord(
    kind: EscalationRecordKind,
    recordId: string,
    recordOpen: boolean,
    manager?: EntityManager,
  ): Promise<number> {
    return recordOpen ? this.reopenForRecord(kind, recordId, manager) : this.resolveForRecord(kind, recordId, manager);
  }

  /** The gates closed: their overdue escalations are resolved (at the time each gate closed). */
  async resolveForClosedGates(
    projectId: string,
    gates: readonly ClosedGate[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (gates.length === 0) return 0;
    return affectedRows(
      await manager.query(
        `UPDATE escalations e SET resolved_at = GREATEST(e.raised_at, COALESCE(g.closed_at, now()))
           FROM unnest($2::text[], $3::timestamptz[]) AS g(key, closed_at)
          WHERE e.project_id = $1 AND e.kind = 'milestone_overdue' AND e.milestone_key = g.key AND e.resolved_at IS NULL`,
        [projectId, gates.map((gate) => gate.key), gates.map((gate) => gate.closedAt)],
      ),
    );
  }

  /** The project's handover date is no longer at risk (it was re-planned): its at-risk escalations are resolved. */
  async resolveHandoverDateAtRisk(
    projectId: string,
    at: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return affectedRows(
      await manager.query(
        `UPDATE escalations SET resolved_at = GREATEST(raised_at, COALESCE($2::timestamptz, now()))
          WHERE project_id = $1 AND kind = 'handover_date_at_risk' AND resolved_at IS NULL`,
        [projectId, at],
      ),
    );
  }

  /** Escalations with their project, newest first, and how many match in all. */
  async list(filter: EscalationListFilter): Promise<{ rows: EscalationListRow[]; total: number }> {
    const scope = filter.scope.sql('p', 1);
    const params: unknown[] = [...scope.params];
    const where: string[] = [scope.sql];
    if (filter.projectId) where.push(`e.project_id = $${params.push(filter.projectId)}`);
    if (filter.kind) where.push(`e.kind = $${params.push(filter.kind)}`);
    if (filter.open !== undefined) where.push(filter.open ? 'e.resolved_at IS NULL' : 'e.resolved_at IS NOT NULL');
    const from = `FROM escalations e JOIN projects p ON p.id = e.project_id WHERE ${where.join(' AND ')}`;
    const rows: EscalationListRow[] = await this.dataSource.query(
      `SELECT e.id, e.project_id AS "projectId", p.name AS "projectName", p.batch, p.city_company AS "cityCompany",
              p.time_zone AS "timeZone", e.kind, e.milestone_key AS "milestoneKey", to_char(e.due_date, 'YYYY-MM-DD') AS "dueDate",
              e.message, e.message_code AS "messageCode", e.message_params AS "messageParams", e.raised_at AS "raisedAt", e.resolved_at AS "resolvedAt", e.resolved_at IS NULL AS open
         ${from} ORDER BY e.raised_at DESC, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    return { rows, total };
  }
}
