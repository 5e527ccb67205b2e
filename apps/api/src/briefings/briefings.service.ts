import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProjectEntity } from '@handover/database';
import {
  daysBetween,
  instantToCalendarDate,
  renderBriefingMarkdown,
  type CalendarDate,
  type TouchPointMeasures,
} from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { queryTouchPoints, type StoredBriefing } from '@handover/database';
import { BriefingsRepository } from './briefings.repository';
import {
  BriefingDto,
  BriefingListDto,
  BriefingWebhooksDto,
  type ListBriefingsQueryDto,
  type PutBriefingWebhooksDto,
  type ReportingStartedDto,
  type RobotTestResultDto,
  type TestBriefingWebhooksDto,
} from './dto/briefing.dto';
import { maskWebhookUrl } from './dto/validators';
import { ProjectReportingStarter } from './project-reporting.starter';
import { RobotTestService } from './robot-test.service';

const MAX_LIST_DAYS = 366;

/** 集中交付快报: reads, regeneration, the reporting workflow's start, and the group-robot webhooks of a project. */
@Injectable()
export class BriefingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly briefings: BriefingsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly reporting: ProjectReportingStarter,
    private readonly robots: RobotTestService,
  ) {}

  /** Starts the project's evening briefings (idempotent). */
  async startReporting(user: AuthenticatedUser, projectId: string): Promise<ReportingStartedDto> {
    const project = await this.access.requireVisible(user, projectId);
    const result = await this.reporting.start(project.id);
    if (result.started) {
      await this.audit.record({
        actor: user,
        action: 'reporting.start',
        entityType: 'project',
        entityId: project.id,
        projectId: project.id,
        after: result,
      });
    }
    return result;
  }

  async list(user: AuthenticatedUser, projectId: string, query: ListBriefingsQueryDto): Promise<BriefingListDto> {
    const project = await this.access.requireVisible(user, projectId);
    const span = daysBetween(query.from, query.to);
    if (span < 0) throw new ApiError(HttpStatus.BAD_REQUEST, 'DATE_RANGE_REVERSED');
    if (span >= MAX_LIST_DAYS)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DATE_RANGE_TOO_LONG', { maxDays: MAX_LIST_DAYS });
    const stored = await this.briefings.list(project.id, query.from, query.to);
    return { items: stored.map((briefing) => this.toDto(project, briefing)) };
  }

  async get(user: AuthenticatedUser, projectId: string, date: CalendarDate): Promise<BriefingDto> {
    const project = await this.access.requireVisible(user, projectId);
    const stored = await this.briefings.find(project.id, date);
    if (!stored) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'BRIEFING_NOT_FOUND', { date });
    }
    return this.toDto(project, stored, await this.touchPoints(project.id, date));
  }

  /** Recomputes the date's figures from the records; the same records give the same figures, however often. */
  async regenerate(user: AuthenticatedUser, projectId: string, date: CalendarDate): Promise<BriefingDto> {
    const project = await this.access.requireVisible(user, projectId);
    const today = instantToCalendarDate(Date.now(), project.timeZone);
    if (date > today)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'BRIEFING_DAY_NOT_BEGUN', { date, timeZone: project.timeZone, today });
    const stored = await this.dataSource.transaction(async (manager) => {
      await this.briefings.lockDate(manager, project.id, date);
      const before = await this.briefings.find(project.id, date, manager);
      const after = (await this.briefings.generate(manager, project.id, date))!;
      await this.audit.record(
        {
          actor: user,
          action: 'briefing.regenerate',
          entityType: 'daily_briefing',
          entityId: `${project.id}:${date}`,
          projectId: project.id,
          before: before ? before.figures : null,
          after: after.figures,
        },
        manager,
      );
      return after;
    });
    return this.toDto(project, stored, await this.touchPoints(project.id, date));
  }

  async webhooks(user: AuthenticatedUser, projectId: string): Promise<BriefingWebhooksDto> {
    const project = await this.access.requireVisible(user, projectId);
    return this.webhooksView(project.id);
  }

  /** Replaces the robots (and the briefing time when given), then makes sure the evening briefings run. */
  async putWebhooks(
    user: AuthenticatedUser,
    projectId: string,
    dto: PutBriefingWebhooksDto,
  ): Promise<BriefingWebhooksDto> {
    const project = await this.access.requireVisible(user, projectId);
    const wanted = dto.webhooks.filter(
      (webhook, index) =>
        dto.webhooks.findIndex((other) => other.kind === webhook.kind && other.url === webhook.url) === index,
    );
    const timeChanged = await this.dataSource.transaction(async (manager) => {
      const before = await this.briefings.webhooks(project.id, manager);
      const timeBefore = await this.briefings.briefingTime(project.id, manager);
      await this.briefings.replaceWebhooks(manager, project.id, wanted, user.id);
      if (dto.briefingTime && dto.briefingTime !== timeBefore)
        await this.briefings.setBriefingTime(manager, project.id, dto.briefingTime, user.id);
      await this.audit.record(
        {
          actor: user,
          action: 'briefing_webhooks.replace',
          entityType: 'project',
          entityId: project.id,
          projectId: project.id,
          before: {
            briefingTime: timeBefore,
            webhooks: before.map((webhook) => ({ kind: webhook.kind, url: maskWebhookUrl(webhook.url) })),
          },
          after: {
            briefingTime: dto.briefingTime ?? timeBefore,
            webhooks: wanted.map((webhook) => ({ kind: webhook.kind, url: maskWebhookUrl(webhook.url) })),
          },
        },
        manager,
      );
      return dto.briefingTime !== undefined && dto.briefingTime !== timeBefore;
    });
    if (timeChanged) await this.reporting.calendarChanged(project.id);
    await this.ensureReporting(project.id);
    return this.webhooksView(project.id);
  }

  /**
   * Sends a test message through the project's robots (or the one named) with the worker's sender, one after the
   * other, and records the attempt and its outcomes in the audit log (URLs masked).
   */
  async testWebhooks(
    user: AuthenticatedUser,
    projectId: string,
    dto: TestBriefingWebhooksDto,
  ): Promise<RobotTestResultDto> {
    const project = await this.access.requireVisible(user, projectId);
    const all = await this.briefings.webhooks(project.id);
    if (all.length === 0) throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'BRIEFING_WEBHOOKS_NONE');
    const chosen = dto.webhookId ? all.filter((webhook) => webhook.id === dto.webhookId) : all;
    if (chosen.length === 0)
      throw new ApiError(HttpStatus.NOT_FOUND, 'BRIEFING_WEBHOOK_NOT_FOUND', { webhookId: dto.webhookId! });
    const briefingTime = await this.briefings.briefingTime(project.id);
    const title = `${project.name}${project.batch} 快报机器人测试`;
    const markdown = [
      `**${project.cityCompany} ${project.name} ${project.batch}**`,
      `集中交付快报机器人测试消息：收到即表示配置正确，每晚 ${briefingTime} 推送当日快报。`,
      `> 由 ${user.name} 发送`,
    ].join('\n\n');
    const results = [];
    for (const webhook of chosen) results.push(await this.robots.send(webhook, title, markdown));
    await this.audit.record({
      actor: user,
      action: 'briefing_webhooks.test',
      entityType: 'project',
      entityId: project.id,
      projectId: project.id,
      after: {
        results: results.map(({ kind, url, delivered, reason, errcode }) => ({
          kind,
          url,
          delivered,
          reason,
          errcode,
        })),
      },
    });
    return { results };
  }

  /** Starts the reporting workflow if it is not running; failures are left for the next call (or the explicit start). */
  async ensureReporting(projectId: string): Promise<void> {
    try {
      await this.reporting.start(projectId);
    } catch {
      // Temporal unavailable: POST /projects/:id/reporting/start (or the launch) starts it later.
    }
  }

  private async webhooksView(projectId: string): Promise<BriefingWebhooksDto> {
    const [webhooks, briefingTime] = await Promise.all([
      this.briefings.webhooks(projectId),
      this.briefings.briefingTime(projectId),
    ]);
    return {
      briefingTime,
      webhooks: webhooks.map((webhook) => ({ id: webhook.id, kind: webhook.kind, url: maskWebhookUrl(webhook.url) })),
    };
  }

  /** 关键触点 of the project up to the end of the date, computed from the records (not stored with the figures). */
  private async touchPoints(projectId: string, date: CalendarDate): Promise<TouchPointMeasures | null> {
    return (await queryTouchPoints(this.dataSource, date, [projectId])).get(projectId) ?? null;
  }

  private toDto(project: ProjectEntity, stored: StoredBriefing, touchPoints?: TouchPointMeasures | null): BriefingDto {
    const heading = {
      cityCompany: project.cityCompany,
      name: project.name,
      batch: project.batch,
      firstHandoverDate: project.firstHandoverDate,
      centralizedDays: project.centralizedDays,
    };
    return BriefingDto.from(
      stored,
      project.firstHandoverDate,
      renderBriefingMarkdown(heading, stored.date, stored.figures, stored.change, touchPoints),
    );
  }
}
