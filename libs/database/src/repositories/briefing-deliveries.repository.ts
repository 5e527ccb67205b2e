import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarDate } from '@handover/domain';
import type { BriefingWebhookKind } from '../entities/webhook.entity';

export interface BriefingWebhookTarget {
  id: string;
  kind: BriefingWebhookKind;
  url: string;
}

/** One push of one date's briefing to one webhook. */
export interface BriefingDeliveryKey {
  projectId: string;
  date: CalendarDate;
  webhookId: string;
}

export type BriefingDeliveryOutcome =
  | { outcome: 'delivered' }
  | { outcome: 'already_delivered' }
  /** the push threw `error`; the row counts the attempt and keeps the error's message */
  | { outcome: 'failed'; error: unknown };

/**
 * The pushes of the evening briefing to the project's group robots: one briefing_deliveries row per (project, date,
 * webhook), so a retried delivery pushes only to the webhooks that have not had the briefing yet.
 */
@Injectable()
export class BriefingDeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The project's webhooks in the order they were added. */
  webhooksOf(projectId: string): Promise<BriefingWebhookTarget[]> {
    return this.dataSource.query(
      `SELECT id, kind, url FROM briefing_webhooks WHERE project_id = $1 ORDER BY created_at, id`,
      [projectId],
    );
  }

  /**
   * Pushes unless this delivery was already made: the delivery row is locked while `push` runs, so two deliveries of
   * the same briefing never both push. A push that throws is counted with its error on the row, and returned.
   */
  async deliverOnce(key: BriefingDeliveryKey, push: () => Promise<void>): Promise<BriefingDeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO briefing_deliveries (project_id, briefing_date, webhook_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [key.projectId, key.date, key.webhookId],
      );
      const [delivery]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM briefing_deliveries WHERE project_id = $1 AND briefing_date = $2 AND webhook_id = $3 FOR UPDATE`,
        [key.projectId, key.date, key.webhookId],
      );
      if (delivery.status === 'delivered') return { outcome: 'already_delivered' };
      try {
        await push();
      } catch (error) {
        await manager.query(`UPDATE briefing_deliveries SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
          delivery.id,
          (error as Error).message,
        ]);
        return { outcome: 'failed', error };
      }
      await manager.query(
        `UPDATE briefing_deliveries SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE id = $1`,
        [delivery.id],
      );
      return { outcome: 'delivered' };
    });
  }
}
