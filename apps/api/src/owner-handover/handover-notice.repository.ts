import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** 交付地点 and 携带材料 of a project's handover notice, as stored in project_handover_notices. */
export interface HandoverNoticeSettingsRow {
  projectId: string;
  place: string;
  bringItems: string[];
  updatedAt: Date;
}

/** What the owner's notice reads of the project: its handover days and time zone, and the notice settings if set. */
export interface NoticeProjectRow {
  projectId: string;
  projectName: string;
  firstHandoverDate: string;
  centralizedDays: number;
  timeZone: string;
  place: string | null;
  bringItems: string[] | null;
}

/** project_handover_notices (migration 1764002000000), in SQL. */
@Injectable()
export class HandoverNoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async find(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HandoverNoticeSettingsRow | null> {
    const rows = (await manager.query(
      `SELECT project_id AS "projectId", place, bring_items AS "bringItems", updated_at AS "updatedAt"
         FROM project_handover_notices WHERE project_id = $1`,
      [projectId],
    )) as HandoverNoticeSettingsRow[];
    return rows[0] ?? null;
  }

  /** The current row locked until the transaction ends, so two saves of the settings take turns. */
  async lock(projectId: string, manager: EntityManager): Promise<HandoverNoticeSettingsRow | null> {
    const rows = (await manager.query(
      `SELECT project_id AS "projectId", place, bring_items AS "bringItems", updated_at AS "updatedAt"
         FROM project_handover_notices WHERE project_id = $1 FOR UPDATE`,
      [projectId],
    )) as HandoverNoticeSettingsRow[];
    return rows[0] ?? null;
  }

  async upsert(
    projectId: string,
    place: string,
    bringItems: string[],
    updatedBy: string,
    manager: EntityManager,
  ): Promise<HandoverNoticeSettingsRow> {
    const rows = (await manager.query(
      `INSERT INTO project_handover_notices (project_id, place, bring_items, updated_by)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id) DO UPDATE
          SET place = EXCLUDED.place, bring_items = EXCLUDED.bring_items, updated_by = EXCLUDED.updated_by,
              updated_at = now()
       RETURNING project_id AS "projectId", place, bring_items AS "bringItems", updated_at AS "updatedAt"`,
      [projectId, place, bringItems, updatedBy],
    )) as HandoverNoticeSettingsRow[];
    return rows[0];
  }

  /** The project of a unit with its notice settings (null columns when not set yet), in one statement. */
  async noticeProject(projectId: string): Promise<NoticeProjectRow | null> {
    const rows = (await this.dataSource.query(
      `SELECT p.id AS "projectId", p.name AS "projectName", p.first_handover_date::text AS "firstHandoverDate",
              p.centralized_days AS "centralizedDays", p.time_zone AS "timeZone",
              n.place, n.bring_items AS "bringItems"
         FROM projects p
         LEFT JOIN project_handover_notices n ON n.project_id = p.id
        WHERE p.id = $1`,
      [projectId],
    )) as NoticeProjectRow[];
    return rows[0] ?? null;
  }
}
