import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AGEING_BUCKETS, DEFAULT_DEFECT_SLA, type DefectSlaSettings } from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { callerParams } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { DefectReportsRepository } from './defect-reports.repository';
import type { AgeingDto, AgeingGrouping, DefectSlaDto, ScorecardRowDto } from './dto/defect-reports.dto';

/** 整改时限, 超期账龄 and 施工单位评分卡: the project's defect SLA, how overdue defects age, how contractors do. */
@Injectable()
export class DefectReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: DefectReportsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The project's SLA, or the defaults when the project has not set one. */
  async sla(user: AuthenticatedUser, projectId: string): Promise<DefectSlaSettings> {
    await this.access.requireVisible(user, projectId);
    return (await this.reports.sla(projectId)) ?? { ...DEFAULT_DEFECT_SLA };
  }

  /** The lead (or an admin) sets the SLA; defects recorded from now on without a deadline get it. */
  async putSla(user: AuthenticatedUser, projectId: string, body: DefectSlaDto): Promise<DefectSlaSettings> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role !== 'admin' && !(user.role === 'project_lead' && project.leadUserId === user.id)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'DEFECT_SLA_FORBIDDEN', callerParams(user));
    }
    const sla: DefectSlaSettings = {
      simpleInUnitDays: body.simpleInUnitDays,
      inUnitDays: body.inUnitDays,
      publicAreaDays: body.publicAreaDays,
    };
    await this.dataSource.transaction(async (manager) => {
      const before = await this.reports.putSla(projectId, sla, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'project.defect-sla.set',
          entityType: 'project',
          entityId: projectId,
          projectId,
          before: before ?? DEFAULT_DEFECT_SLA,
          after: sla,
        },
        manager,
      );
    });
    return sla;
  }

  async ageing(user: AuthenticatedUser, projectId: string, by: AgeingGrouping): Promise<AgeingDto> {
    await this.access.requireVisible(user, projectId);
    const [today, rows] = await Promise.all([this.reports.localToday(projectId), this.reports.ageing(projectId, by)]);
    return { today, buckets: [...AGEING_BUCKETS], rows };
  }

  async projectScorecards(user: AuthenticatedUser, projectId: string): Promise<ScorecardRowDto[]> {
    await this.access.requireVisible(user, projectId);
    return this.reports.scorecards(projectId);
  }

  /** Across the portfolio (HQ). */
  portfolioScorecards(): Promise<ScorecardRowDto[]> {
    return this.reports.scorecards(null);
  }
}
