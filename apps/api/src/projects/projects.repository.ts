import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  entityColumns,
  ProjectAssignmentEntity,
  ProjectContractorEntity,
  ProjectEntity,
  type EntityColumns,
} from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectScope } from '../auth/project-scope';
import type { ListProjectsQueryDto } from './dto/list-projects.query';
import type { AssignedPersonDto } from './dto/project-assignments.dto';
import type { ListNotificationsQueryDto, NotificationEventDto } from './dto/project-notifications.dto';

@Injectable()
export class ProjectsRepository {
  /** The scope check runs on every project request: its SQL is written once, not built by the query builder each time. */
  private readonly projectColumns: EntityColumns<ProjectEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.projectColumns = entityColumns(dataSource, ProjectEntity, 'p');
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProjectEntity | null> {
    return manager.findOneBy(ProjectEntity, { id });
  }

  /**
   * The project and, in the same statement, whether `member` works on it: a department head's assignment or a
   * contractor company's engagement (施工单位进场). One round trip for the scope check every project request makes.
   */
  async findWithMembership(
    id: string,
    member: { assignedUserId?: string; contractorCompanyId?: string },
  ): Promise<{ project: ProjectEntity; member: boolean } | null> {
    const membership = member.assignedUserId
      ? `EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = p.id AND a.user_id = $2)`
      : member.contractorCompanyId
        ? `EXISTS (SELECT 1 FROM project_contractors c WHERE c.project_id = p.id AND c.company_id = $2)`
        : 'false';
    const asked = member.assignedUserId ?? member.contractorCompanyId;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.projectColumns.select}, ${membership} AS "member" FROM projects p WHERE p.id = $1`,
      asked ? [id, asked] : [id],
    );
    if (rows.length === 0) return null;
    return { project: this.projectColumns.hydrate(rows[0]), member: rows[0].member === true };
  }

  findByNaturalKey(cityCompany: string, name: string, batch: string): Promise<ProjectEntity | null> {
    return this.dataSource.manager.findOneBy(ProjectEntity, { cityCompany, name, batch });
  }

  /** Stores a new project (status `launching` until its workflow runs); a duplicate natural key fails with 23505. */
  async insert(project: QueryDeepPartialEntity<ProjectEntity>, manager: EntityManager): Promise<void> {
    await manager.insert(ProjectEntity, project);
  }

  /** The launch reached Temporal: a project still launching becomes active (a no-op when it already is). */
  async markActive(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE projects SET status = 'active' WHERE id = $1 AND status = 'launching'`, [id]);
  }

  async isAssigned(projectId: string, userId: string): Promise<boolean> {
    return (await this.dataSource.manager.countBy(ProjectAssignmentEntity, { projectId, userId })) > 0;
  }

  /** Does the contractor company work on the project (施工单位进场)? */
  async hasContractor(projectId: string, companyId: string): Promise<boolean> {
    return (await this.dataSource.manager.countBy(ProjectContractorEntity, { projectId, companyId })) > 0;
  }

  async assign(projectId: string, userIds: string[], manager: EntityManager): Promise<void> {
    if (userIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectAssignmentEntity)
      .values(userIds.map((userId) => ({ projectId, userId })))
      .orIgnore()
      .execute();
  }

  /** The people assigned to the project, with their names, by department then name. */
  async assignedStaff(projectId: string): Promise<AssignedPersonDto[]> {
    return this.dataSource.query(
      `SELECT u.id::text AS "userId", u.name, u.role, u.department,
              to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "assignedAt"
         FROM project_assignments a JOIN users u ON u.id = a.user_id
        WHERE a.project_id = $1
        ORDER BY u.department NULLS LAST, u.name, u.id`,
      [projectId],
    );
  }

  async setCityResponsible(projectId: string, userId: string | null, manager: EntityManager): Promise<void> {
    await manager.update(ProjectEntity, { id: projectId }, { cityResponsibleUserId: userId });
  }

  /** Row-level scope (ProjectScope): HQ and admins see all, a lead its own projects, a department head its assignments. */
  scoped(user: AuthenticatedUser, alias = 'p'): SelectQueryBuilder<ProjectEntity> {
    return ProjectScope.of(user).where(this.dataSource.manager.createQueryBuilder(ProjectEntity, alias), alias);
  }

  async list(user: AuthenticatedUser, filter: ListProjectsQueryDto): Promise<[ProjectEntity[], number]> {
    const query = this.scoped(user);
    if (filter.cityCompany) query.andWhere('p.city_company = :cityCompany', { cityCompany: filter.cityCompany });
    if (filter.phase) query.andWhere('p.current_phase = :phase', { phase: filter.phase });
    if (filter.atRisk !== undefined) query.andWhere('p.at_risk = :atRisk', { atRisk: filter.atRisk });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('p.first_handover_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('p.first_handover_date <= :to', { to: filter.to });
    return query
      .orderBy('p.at_risk', 'DESC')
      .addOrderBy('p.first_handover_date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** Reminders and escalations sent for one project, newest first. */
  async notifications(projectId: string, filter: ListNotificationsQueryDto): Promise<[NotificationEventDto[], number]> {
    const params: unknown[] = [projectId];
    const kind = filter.kind ? `AND n.kind = $${params.push(filter.kind)}` : '';
    const from = `FROM notification_events n WHERE n.project_id = $1 ${kind}`;
    const rows: NotificationEventDto[] = await this.dataSource.query(
      `SELECT n.id::text AS id, n.kind, n.key, n.payload->>'milestoneKey' AS "milestoneKey", n.payload->>'dueDate' AS "dueDate",
              (n.payload->>'daysBefore')::int AS "daysBefore", n.payload->>'message' AS message, n.recipients,
              to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "sentAt"
         ${from} ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    return [rows, total];
  }
}
