import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RiskItemEntity } from '@handover/database';
import { decideAccess, isCalendarDate } from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { assertAllowed } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  RiskAreaDto,
  RiskItemDto,
  type CreateRiskItemDto,
  type DecideRiskItemDto,
  type ListRisksQueryDto,
  type RiskRegisterDto,
} from './dto/risk.dto';
import { RisksRepository } from './risks.repository';

/** What the audit log keeps of a risk item (no owner personal data: risk items are about the project). */
function auditView(item: RiskItemEntity) {
  return {
    area: item.area,
    department: item.department,
    decision: item.decision,
    owner: item.owner,
    deadline: item.deadline,
  };
}

/** 交付风险自查: the A–H register of a project, its risk items and their decisions. */
@Injectable()
export class RisksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly risks: RisksRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: creates the checklist areas A–H that do not exist yet. */
  async initRegister(user: AuthenticatedUser, projectId: string): Promise<RiskRegisterDto> {
    await this.access.requireAllowed(user, projectId, 'risk_register', 'create', () => ({
      code: 'RISK_REGISTER_INIT_FORBIDDEN',
    }));
    await this.dataSource.transaction(async (manager) => {
      const created = await this.risks.initAreas(projectId, manager);
      if (created.length > 0) {
        await this.audit.record(
          {
            actor: user,
            action: 'risk-register.init',
            entityType: 'project',
            entityId: projectId,
            projectId,
            after: { areas: created },
          },
          manager,
        );
      }
    });
    return this.registerOf(projectId);
  }

  async register(user: AuthenticatedUser, projectId: string): Promise<RiskRegisterDto> {
    await this.access.requireVisible(user, projectId);
    return this.registerOf(projectId);
  }

  private async registerOf(projectId: string): Promise<RiskRegisterDto> {
    const [areas, counts] = await Promise.all([this.risks.areas(projectId), this.risks.areaCounts(projectId)]);
    const dtos = areas.map((area) => RiskAreaDto.from(area, counts.get(area.area)));
    return { projectId, areas: dtos, undecided: dtos.reduce((sum, area) => sum + area.undecided, 0) };
  }

  async create(user: AuthenticatedUser, projectId: string, dto: CreateRiskItemDto): Promise<RiskItemDto> {
    await this.access.requireAllowed(
      user,
      projectId,
      'risk_item',
      'create',
      (refusal) =>
        refusal.reason === 'department'
          ? {
              code: 'RISK_ITEM_OTHER_DEPARTMENT',
              params: { department: user.department ?? '', itemDepartment: dto.department },
            }
          : { code: 'RISK_ITEM_CREATE_FORBIDDEN' },
      { department: dto.department },
    );
    const item = await this.dataSource.transaction(async (manager) => {
      if (!(await this.risks.hasArea(projectId, dto.area, manager))) {
        throw new ApiError(HttpStatus.CONFLICT, 'RISK_REGISTER_NOT_INITIALISED', { projectId });
      }
      const created = await this.risks.insert(
        { projectId, area: dto.area, description: dto.description, department: dto.department, createdBy: user.id },
        manager,
      );
      await this.audit.record(
        {
          actor: user,
          action: 'risk.create',
          entityType: 'risk_item',
          entityId: created.id,
          projectId,
          after: auditView(created),
        },
        manager,
      );
      return created;
    });
    return RiskItemDto.from(item);
  }

  /** The department's decision; deciding again replaces the previous decision (both are kept in the audit log). */
  async decide(
    user: AuthenticatedUser,
    projectId: string,
    riskId: string,
    dto: DecideRiskItemDto,
  ): Promise<RiskItemDto> {
    const { caller } = await this.access.requireInScope(user, projectId);
    if (dto.decision === 'rectify' && !isCalendarDate(dto.deadline!))
      throw new ApiError(HttpStatus.BAD_REQUEST, 'CALENDAR_DATE_INVALID', { field: 'deadline', date: dto.deadline! });
    const item = await this.dataSource.transaction(async (manager) => {
      const before = await this.risks.lockItem(projectId, riskId, manager);
      if (!before) throw new ApiError(HttpStatus.NOT_FOUND, 'RISK_ITEM_NOT_FOUND', { riskId });
      assertAllowed(decideAccess(caller, 'risk_item', 'decide', { department: before.department }), () => ({
        code: 'RISK_DECISION_FORBIDDEN',
        params: { itemDepartment: before.department },
      }));
      const rectify = dto.decision === 'rectify';
      const after = await this.risks.update(
        riskId,
        {
          decision: dto.decision,
          plan: rectify ? dto.plan! : null,
          owner: rectify ? dto.owner! : null,
          deadline: rectify ? dto.deadline! : null,
          unifiedExplanation: rectify ? null : dto.unifiedExplanation!,
          compensationPlan: rectify ? null : dto.compensationPlan!,
          decidedBy: user.id,
          decidedAt: new Date(),
        },
        manager,
      );
      await this.audit.record(
        {
          actor: user,
          action: 'risk.decide',
          entityType: 'risk_item',
          entityId: riskId,
          projectId,
          before: auditView(before),
          after: auditView(after),
        },
        manager,
      );
      return after;
    });
    return RiskItemDto.from(item);
  }

  async list(user: AuthenticatedUser, projectId: string, filter: ListRisksQueryDto): Promise<Page<RiskItemDto>> {
    await this.access.requireVisible(user, projectId);
    const [rows, total] = await this.risks.list(projectId, filter);
    return { items: rows.map(RiskItemDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }
}
