import { Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_BRIEFING_TIME,
  type BriefingDeliveryResult,
  type ProjectReportingActivities,
} from '@handover/contracts';
import { briefingTitle, renderBriefingMarkdown, type BriefingCalendar, type CalendarDate } from '@handover/domain';
import { findBriefing, generateBriefing } from '@handover/database';
import { Environment } from '@handover/config';
import { pushToGroupRobot, WebhookTargetRefusedError, type GroupRobotKind } from './group-robot-client';

interface HeadingRow {
  city_company: string;
  name: string;
  batch: string;
  first_handover_date: string;
  centralized_days: number;
}

/** Activities of the reporting workflow (集中交付快报): calendar, generation, delivery. All idempotent. */
@Injectable()
export class ReportingActivities implements Omit<ProjectReportingActivities, 'compileHandoverSummary'> {
  private readonly logger = new Logger('ReportingActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly environment: Environment,
  ) {}

  async reportingCalendar(projectId: string): Promise<BriefingCalendar> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(p.first_handover_date, 'YYYY-MM-DD') AS first_handover_date, p.centralized_days, p.time_zone, p.status,
              COALESCE(s.briefing_time, $2) AS briefing_time,
              (SELECT count(*) FROM units u WHERE u.project_id = p.id AND u.handover_state NOT IN ('handed_over', 'refused')) AS units_remaining
         FROM projects p LEFT JOIN project_briefing_settings s ON s.project_id = p.id
        WHERE p.id = $1`,
      [projectId, DEFAULT_BRIEFING_TIME],
    );
    if (!row) {
      return {
        firstHandoverDate: '1970-01-01',
        centralizedDays: 1,
        timeZone: 'UTC',
        status: 'missing',
        unitsRemaining: 0,
        briefingTime: DEFAULT_BRIEFING_TIME,
      };
    }
    return {
      firstHandoverDate: row.first_handover_date,
      centralizedDays: row.centralized_days,
      timeZone: row.time_zone,
      status: row.status,
      unitsRemaining: Number(row.units_remaining),
      briefingTime: row.briefing_time,
    };
  }

  async generateDailyBriefing(projectId: string, date: CalendarDate): Promise<void> {
    const stored = await this.dataSource.transaction((manager) => generateBriefing(manager, projectId, date));
    if (!stored) throw ApplicationFailure.nonRetryable(`No project ${projectId}.`, 'NotFound');
    this.logger.log({
      event: 'briefing',
      projectId,
      date,
      handedOverToday: stored.figures.handedOverToday,
      generations: stored.generations,
    });
  }

  /**
   * Pushes the stored briefing to every webhook of the project that has not had it yet. One briefing_deliveries row
   * per (project, date, webhook), locked while pushing and marked delivered after a successful push, so a retry only
   * pushes to the webhooks that failed. Throws when any push failed: Temporal retries the activity.
   */
  async deliverBriefing(projectId: string, date: CalendarDate): Promise<BriefingDeliveryResult> {
    const webhooks: { id: string; kind: GroupRobotKind; url: string }[] = await this.dataSource.query(
      `SELECT id, kind, url FROM briefing_webhooks WHERE project_id = $1 ORDER BY created_at, id`,
      [projectId],
    );
    const result: BriefingDeliveryResult = { delivered: 0, alreadyDelivered: 0, webhooks: webhooks.length };
    if (webhooks.length === 0) return result;
    const briefing = await findBriefing(this.dataSource, projectId, date);
    const [heading]: HeadingRow[] = await this.dataSource.query(
      `SELECT city_company, name, batch, to_char(first_handover_date, 'YYYY-MM-DD') AS first_handover_date, centralized_days FROM projects WHERE id = $1`,
      [projectId],
    );
    if (!briefing || !heading)
      throw ApplicationFailure.nonRetryable(`No briefing of project ${projectId} for ${date} to deliver.`, 'NotFound');
    const projectHeading = {
      cityCompany: heading.city_company,
      name: heading.name,
      batch: heading.batch,
      firstHandoverDate: heading.first_handover_date,
      centralizedDays: heading.centralized_days,
    };
    const title = briefingTitle(projectHeading, date);
    const markdown = renderBriefingMarkdown(projectHeading, date, briefing.figures, briefing.change);

    const failures: string[] = [];
    for (const webhook of webhooks) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO briefing_deliveries (project_id, briefing_date, webhook_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [projectId, date, webhook.id],
        );
        const [delivery] = await manager.query(
          `SELECT id, status FROM briefing_deliveries WHERE project_id = $1 AND briefing_date = $2 AND webhook_id = $3 FOR UPDATE`,
          [projectId, date, webhook.id],
        );
        if (delivery.status === 'delivered') {
          result.alreadyDelivered += 1;
          return;
        }
        try {
          await pushToGroupRobot(webhook.kind, webhook.url, title, markdown, {
            allowPrivateTargets: this.environment.WEBHOOK_ALLOW_PRIVATE_TARGETS,
          });
          await manager.query(
            `UPDATE briefing_deliveries SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
            [delivery.id],
          );
          result.delivered += 1;
        } catch (error) {
          const message = (error as Error).message;
          await manager.query(`UPDATE briefing_deliveries SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
            delivery.id,
            message,
          ]);
          // A forbidden target stays forbidden: recorded on the delivery and logged, not retried by Temporal.
          if (error instanceof WebhookTargetRefusedError) {
            result.refused = (result.refused ?? 0) + 1;
            this.logger.warn({
              event: 'briefing_webhook_refused',
              projectId,
              date,
              webhookId: webhook.id,
              reason: message,
            });
          } else {
            failures.push(message);
          }
        }
      });
    }
    if (failures.length > 0) {
      this.logger.warn({ event: 'briefing_delivery_failed', projectId, date, failures });
      throw new Error(`${failures.length} of ${webhooks.length} briefing pushes failed: ${failures.join('; ')}`);
    }
    return result;
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): Omit<ProjectReportingActivities, 'compileHandoverSummary'> {
    return {
      reportingCalendar: this.reportingCalendar.bind(this),
      generateDailyBriefing: this.generateDailyBriefing.bind(this),
      deliverBriefing: this.deliverBriefing.bind(this),
    };
  }
}
