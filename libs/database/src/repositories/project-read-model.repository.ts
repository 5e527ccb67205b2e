import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarDate } from '@handover/domain';
import type { ProjectStatus } from '../entities/project.entity';
import { affectedRows } from './affected-rows';

/** What the read model keeps of a workflow's state on the projects row, besides the snapshot itself. */
export interface ProjectSnapshot {
  projectId: string;
  /** the whole workflow state, as the status endpoints read it when the workflow cannot be queried */
  snapshot: object;
  revision: number;
  status: ProjectStatus;
  currentPhase: string | null;
  atRisk: boolean;
  firstHandoverDate: CalendarDate;
}

/** One approval gate as project_milestones mirrors it (the approval inbox reads it). */
export interface MirroredMilestone {
  key: string;
  phase: string;
  dueDate: CalendarDate;
  status: string;
  parties: string[];
  approvedParties: string[];
}

/**
 * The read model of the handover timeline (读模型): the projects row's snapshot and the project_milestones rows, as
 * the worker mirrors them from the workflow. A snapshot older than the stored one is ignored, so a retried or
 * overtaken mirror changes nothing.
 */
@Injectable()
export class ProjectReadModelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored snapshot (null before the first mirror), locked for the caller's transaction. */
  async lockSnapshot(projectId: string, manager: EntityManager): Promise<object | null> {
    const [row] = await manager.query(`SELECT snapshot FROM projects WHERE id = $1 FOR UPDATE`, [projectId]);
    return row?.snapshot ?? null;
  }

  /** Stores the snapshot unless the stored one is as new or newer; true when it was stored. */
  async storeSnapshot(snapshot: ProjectSnapshot, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager.query(
      `UPDATE projects SET snapshot = $2, snapshot_revision = $3, status = $4, current_phase = $5, at_risk = $6,
              first_handover_date = $7, updated_at = now()
        WHERE id = $1 AND snapshot_revision < $3`,
      [
        snapshot.projectId,
        snapshot.snapshot,
        snapshot.revision,
        snapshot.status,
        snapshot.currentPhase,
        snapshot.atRisk,
        snapshot.firstHandoverDate,
      ],
    );
    return affectedRows(result) > 0;
  }

  /** Inserts or updates each gate of the project; gates not given are left as they are. */
  async storeMilestones(
    projectId: string,
    milestones: readonly MirroredMilestone[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (milestones.length === 0) return;
    await manager.query(
      `INSERT INTO project_milestones (project_id, key, phase, due_date, status, parties, approved_parties)
       SELECT $1, m.key, m.phase, m.due_date, m.status, m.parties, m.approved_parties
         FROM jsonb_to_recordset($2::jsonb)
           AS m(key text, phase text, due_date date, status text, parties text[], approved_parties text[])
       ON CONFLICT (project_id, key) DO UPDATE SET phase = EXCLUDED.phase, due_date = EXCLUDED.due_date,
         status = EXCLUDED.status, parties = EXCLUDED.parties, approved_parties = EXCLUDED.approved_parties`,
      [
        projectId,
        JSON.stringify(
          milestones.map((milestone) => ({
            key: milestone.key,
            phase: milestone.phase,
            due_date: milestone.dueDate,
            status: milestone.status,
            parties: milestone.parties,
            approved_parties: milestone.approvedParties,
          })),
        ),
      ],
    );
  }
}
