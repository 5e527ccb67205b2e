import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DefectAlertsRepository } from '@handover/database';
import {
  DEFAULT_FREQUENT_PROBLEM_THRESHOLD,
  frequentProblemCaseText,
  type FrequentProblemThreshold,
} from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { callerParams } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CasesService } from '../cases/cases.service';
import type { CaseDto } from '../cases/dto/case.dto';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  DefectAlertDto,
  type FrequentProblemThresholdDto,
  type ListDefectAlertsQueryDto,
  type PromoteDefectAlertDto,
} from './dto/defect-alert.dto';

/** 高频问题预警: the project's alerts, its threshold, and an alert promoted to a case (转为案例). */
@Injectable()
export class DefectAlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: DefectAlertsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  async list(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListDefectAlertsQueryDto,
  ): Promise<Page<DefectAlertDto>> {
    await this.access.requireVisible(user, projectId);
    const [rows, total] = await this.alerts.list(projectId, filter);
    return { items: rows.map(DefectAlertDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  /** The project's threshold, or the defaults while it has set none. */
  async threshold(user: AuthenticatedUser, projectId: string): Promise<FrequentProblemThreshold> {
    await this.access.requireVisible(user, projectId);
    return (await this.alerts.threshold(projectId)) ?? { ...DEFAULT_FREQUENT_PROBLEM_THRESHOLD };
  }

  /** The lead (or an admin) sets the threshold; defects recorded from now on are counted against it. */
  async putThreshold(
    user: AuthenticatedUser,
    projectId: string,
    body: FrequentProblemThresholdDto,
  ): Promise<FrequentProblemThreshold> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role !== 'admin' && !(user.role === 'project_lead' && project.leadUserId === user.id)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN', callerParams(user));
    }
    const threshold: FrequentProblemThreshold = { count: body.count, windowDays: body.windowDays };
    await this.dataSource.transaction(async (manager) => {
      const before = await this.alerts.putThreshold(projectId, threshold, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'project.frequent-problem-threshold.set',
          entityType: 'project',
          entityId: projectId,
          projectId,
          before: before ?? DEFAULT_FREQUENT_PROBLEM_THRESHOLD,
          after: threshold,
        },
        manager,
      );
    });
    return threshold;
  }

  /**
   * 转为案例: the alert becomes a case of the case library (a common quality problem by default, worded from the
   * alert), through the cases service, in one transaction with the alert locked: a second promotion answers 409
   * DEFECT_ALERT_PROMOTED with the case it became.
   */
  async promote(
    user: AuthenticatedUser,
    projectId: string,
    alertId: string,
    body: PromoteDefectAlertDto,
  ): Promise<CaseDto> {
    await this.access.requireVisible(user, projectId);
    this.cases.requirePromoter(user);
    const caseId = await this.dataSource.transaction(async (manager) => {
      const alert = await this.alerts.lock(projectId, alertId, manager);
      if (!alert) throw new ApiError(HttpStatus.NOT_FOUND, 'DEFECT_ALERT_NOT_FOUND', { alertId });
      if (alert.caseId)
        throw new ApiError(HttpStatus.CONFLICT, 'DEFECT_ALERT_PROMOTED', { alertId, caseId: alert.caseId });
      const text = frequentProblemCaseText(alert);
      const created = await this.cases.insertCase(
        user,
        {
          kind: body.kind ?? 'common_quality_problem',
          title: body.title ?? text.title,
          summary: body.summary ?? text.summary,
          tags: body.tags ?? [alert.trade],
          source: { projectId, recordKind: 'frequent_problem', recordId: alertId },
        },
        manager,
      );
      await this.alerts.markPromoted(alertId, created, user.id, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'defect-alert.promote',
          entityType: 'defect_alert',
          entityId: alertId,
          projectId,
          before: { caseId: null },
          after: { caseId: created },
        },
        manager,
      );
      return created;
    });
    return this.cases.get(caseId);
  }
}
