import { Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_BRIEFING_TIME,
  type BriefingDeliveryResult,
  type ProjectReportingActivities,
} from '@handover/contracts';
import { briefingTitle, renderBriefingMarkdown, type BriefingCalendar, type CalendarDate } from '@handover/domain';
import {
  BriefingDeliveriesRepository,
  BriefingProjectsRepository,
  findBriefing,
  NotificationEventsRepository,
  generateBriefing,
  queryTouchPoints,
} from '@handover/database';
import { Environment } from '@handover/config';
import { pushToGroupRobot, WebhookTargetRefusedError } from './group-robot-client';

/** Activities of the reporting workflow (集中交付快报): calendar, generation, delivery. All idempotent. */
@Injectable()
export class ReportingActivities implements Omit<ProjectReportingActivities, 'compileHandoverSummary'> {
  private readonly logger = new Logger('ReportingActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: BriefingProjectsRepository,
    private readonly deliveries: BriefingDeliveriesRepository,
    private readonly environment: Environment,
    private readonly notifications: NotificationEventsRepository,
  ) {}

  async reportingCalendar(projectId: string): Promise<BriefingCalendar> {
    const calendar = await this.projects.calendarOf(projectId);
    if (!calendar) {
      return {
        firstHandoverDate: '1970-01-01',
        centralizedDays: 1,
        timeZone: 'UTC',
        status: 'missing',
        unitsRemaining: 0,
        briefingTime: DEFAULT_BRIEFING_TIME,
      };
    }
    return { ...calendar, briefingTime: calendar.briefingTime ?? DEFAULT_BRIEFING_TIME };
  }

  async generateDailyBriefing(projectId: string, date: CalendarDate): Promise<void> {
    const stored = await this.dataSource.transaction(async (manager) => {
      const briefing = await generateBriefing(manager, projectId, date);
      // HQ users who subscribed to the daily briefing hear of it (once per day: a regeneration adds nothing).
      if (briefing) {
        const { totalUnits, handedOverToday, handedOverCumulative, handoverRateBp, defectsOpen, complaintsOpen } =
          briefing.figures;
        const figures = {
          totalUnits,
          handedOverToday,
          handedOverCumulative,
          handoverRateBp,
          defectsOpen,
          complaintsOpen,
        };
        await this.notifications.emit(
          {
            projectId,
            kind: 'daily_briefing',
            key: `briefing:${date}`,
            recipients: ['role:hq'],
            payload: { date, figures },
          },
          manager,
        );
      }
      return briefing;
    });
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
    const webhooks = await this.deliveries.webhooksOf(projectId);
    const result: BriefingDeliveryResult = { delivered: 0, alreadyDelivered: 0, webhooks: webhooks.length };
    if (webhooks.length === 0) return result;
    const briefing = await findBriefing(this.dataSource, projectId, date);
    const heading = await this.projects.headingOf(projectId);
    if (!briefing || !heading)
      throw ApplicationFailure.nonRetryable(`No briefing of project ${projectId} for ${date} to deliver.`, 'NotFound');
    const title = briefingTitle(heading, date);
    const touchPoints = (await queryTouchPoints(this.dataSource, date, [projectId])).get(projectId) ?? null;
    const markdown = renderBriefingMarkdown(heading, date, briefing.figures, briefing.change, touchPoints);

    const failures: string[] = [];
    for (const webhook of webhooks) {
      const delivery = await this.deliveries.deliverOnce({ projectId, date, webhookId: webhook.id }, () =>
        pushToGroupRobot(webhook.kind, webhook.url, title, markdown, {
          allowPrivateTargets: this.environment.WEBHOOK_ALLOW_PRIVATE_TARGETS,
        }),
      );
      if (delivery.outcome === 'delivered') result.delivered += 1;
      else if (delivery.outcome === 'already_delivered') result.alreadyDelivered += 1;
      else if (delivery.error instanceof WebhookTargetRefusedError) {
        // A forbidden target stays forbidden: recorded on the delivery and logged, not retried by Temporal.
        result.refused = (result.refused ?? 0) + 1;
        this.logger.warn({
          event: 'briefing_webhook_refused',
          projectId,
          date,
          webhookId: webhook.id,
          reason: delivery.error.message,
        });
      } else failures.push((delivery.error as Error).message);
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
