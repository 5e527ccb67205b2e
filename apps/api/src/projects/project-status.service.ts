import { Injectable, Logger } from '@nestjs/common';
import { statusQuery, statusViewOf, type HandoverProjectState, type HandoverProjectStatus } from '@handover/contracts';
import type { ProjectEntity } from '@handover/database';
import type { Language } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { FreshReads } from '../common/fresh-reads';
import type { Page } from '../common/page.dto';
import { GateEvidenceRepository } from '../risks/gate-evidence.repository';
import { TemporalClientService } from '../temporal/temporal-client.service';
import { toHttpError } from '../temporal/workflow-errors';
import { UsersRepository } from '../users/users.repository';
import type { ListProjectsQueryDto } from './dto/list-projects.query';
import { mentionedUserIds, ProjectDetailDto, ProjectSummaryDto, type FieldFactsDto } from './dto/project-response.dto';
import { ProjectAccessService } from './project-access.service';
import { ProjectsRepository } from './projects.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a project looks like now: live from its workflow, from the read model when Temporal does not answer. */
@Injectable()
export class ProjectStatusService {
  private readonly logger = new Logger('ProjectStatusService');
  /** Concurrent readers of one project share the workflow's status query, each getting one asked after it came. */
  private readonly statusReads = new FreshReads<HandoverProjectStatus>();

  constructor(
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccessService,
    private readonly users: UsersRepository,
    private readonly temporal: TemporalClientService,
    private readonly gateEvidence: GateEvidenceRepository,
  ) {}

  async get(user: AuthenticatedUser, projectId: string, language?: Language): Promise<ProjectDetailDto> {
    return this.withUserNames(await this.detail(await this.access.requireVisible(user, projectId), language));
  }

  async list(user: AuthenticatedUser, filter: ListProjectsQueryDto): Promise<Page<ProjectSummaryDto>> {
    const [rows, total] = await this.projects.list(user, filter);
    return { items: rows.map(ProjectSummaryDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  /** Live status from the workflow when Temporal answers; the mirrored snapshot otherwise. */
  async detail(project: ProjectEntity, language?: Language): Promise<ProjectDetailDto> {
    const fieldFacts = await this.fieldFacts(project.id);
    try {
      const status = await this.queryStatus(project.workflowId);
      return ProjectDetailDto.fromStatus(project, status, 'live', fieldFacts, language);
    } catch (error) {
      this.logger.warn(
        { projectId: project.id, error: (error as Error).message },
        'status query failed; serving the read model',
      );
      const snapshot = project.snapshot as unknown as HandoverProjectState | null;
      if (!snapshot) return ProjectDetailDto.fromStatus(project, null, 'none', fieldFacts, language);
      return ProjectDetailDto.fromStatus(project, statusViewOf(snapshot), 'read-model', fieldFacts, language);
    }
  }

  /** 现场数据 beside the gates (undecided risks, open in-unit defects, keys with the contractor, units handed over), from the records. */
  fieldFacts(projectId: string): Promise<FieldFactsDto> {
    return this.gateEvidence.fieldFacts(projectId);
  }

  /** Live status only, for what must not act on a stale copy (updates, reschedule previews); Temporal errors as HTTP errors. */
  async liveStatus(project: ProjectEntity): Promise<HandoverProjectStatus> {
    try {
      return await this.queryStatus(project.workflowId);
    } catch (error) {
      throw toHttpError(error);
    }
  }

  private queryStatus(workflowId: string): Promise<HandoverProjectStatus> {
    return this.statusReads.read(workflowId, () =>
      this.temporal.client.workflow.getHandle(workflowId).query(statusQuery),
    );
  }

  /** Screens show who approved or decided by name, not by id. */
  async withUserNames(detail: ProjectDetailDto): Promise<ProjectDetailDto> {
    const ids = mentionedUserIds(detail).filter((id) => UUID.test(id));
    if (ids.length === 0) return detail;
    const users = await this.users.findByIds(ids);
    return { ...detail, userNames: Object.fromEntries(users.map((user) => [user.id, user.name])) };
  }
}
