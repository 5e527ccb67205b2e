import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_BRIEFING_TIME } from '@handover/contracts';
import type { BriefingWebhookKind } from '@handover/database';
import type { CalendarDate } from '@handover/domain';
import { findBriefing, generateBriefing, listBriefings, type StoredBriefing } from '@handover/database';

export interface StoredWebhook {
  id: string;
  kind: BriefingWebhookKind;
  url: string;
}

/** Daily briefings, the project's briefing time and its group-robot webhooks. */
@Injectable()
export class BriefingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  generate(manager: EntityManager, projectId: string, date: CalendarDate): Promise<StoredBriefing | null> {
    return generateBriefing(manager, projectId, date);
  }

  find(
    projectId: string,
    date: CalendarDate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredBriefing | null> {
    return findBriefing(manager, projectId, date);
  }

  list(projectId: string, from: CalendarDate, to: CalendarDate): Promise<StoredBriefing[]> {
    return listBriefings(this.dataSource, projectId, from, to);
  }

  /** Serialises regenerations of one project and date (transaction-scoped advisory lock). */
  async lockDate(manager: EntityManager, projectId: string, date: CalendarDate): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`briefing:${projectId}:${date}`]);
  }

  async briefingTime(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [row] = await manager.query(`SELECT briefing_time FROM project_briefing_settings WHERE project_id = $1`, [
      projectId,
    ]);
    return row?.briefing_time ?? DEFAULT_BRIEFING_TIME;
  }

  async setBriefingTime(
    manager: EntityManager,
    projectId: string,
    briefingTime: string,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO project_briefing_settings (project_id, briefing_time, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (project_id) DO UPDATE SET briefing_time = EXCLUDED.briefing_time, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [projectId, briefingTime, userId],
    );
  }

  webhooks(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredWebhook[]> {
    return manager.query(`SELECT id, kind, url FROM briefing_webhooks WHERE project_id = $1 ORDER BY created_at, id`, [
      projectId,
    ]);
  }

  /** Keeps the webhooks that stay (and their delivery records), adds the new ones in the order given, removes the others. */
  async replaceWebhooks(
    manager: EntityManager,
    projectId: string,
    webhooks: { kind: BriefingWebhookKind; url: string }[],
    userId: string,
  ): Promise<void> {
    await manager.query(`SELECT id FROM projects WHERE id = $1 FOR UPDATE`, [projectId]);
    await manager.query(
      `DELETE FROM briefing_webhooks w WHERE w.project_id = $1
          AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS k(kind text, url text) WHERE k.kind = w.kind AND k.url = w.url)`,
      [projectId, JSON.stringify(webhooks)],
    );
    await manager.query(
      `INSERT INTO briefing_webhooks (project_id, kind, url, created_by, created_at)
       SELECT $1, k.item ->> 'kind', k.item ->> 'url', $3, clock_timestamp()
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS k(item, position)
        ORDER BY k.position
       ON CONFLICT (project_id, kind, url) DO NOTHING`,
      [projectId, JSON.stringify(webhooks), userId],
    );
  }
}
