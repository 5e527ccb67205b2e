import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { UsersRepository } from '../users/users.repository';
import type { ProjectAssignmentsDto } from './dto/project-assignments.dto';
import { ProjectAccessService } from './project-access.service';
import { ProjectsRepository } from './projects.repository';

/** Who staffs a project: the department heads assigned to it (they see it and sign their department's gates). */
@Injectable()
export class ProjectAssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccessService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  /** The project's current staff and its city company's responsible person; anyone who sees the project reads it. */
  async staff(user: AuthenticatedUser, projectId: string): Promise<ProjectAssignmentsDto> {
    const project = await this.access.requireVisible(user, projectId);
    const [items, [responsible]] = await Promise.all([
      this.projects.assignedStaff(project.id),
      project.cityResponsibleUserId ? this.users.findByIds([project.cityResponsibleUserId]) : Promise.resolve([]),
    ]);
    return {
      projectId: project.id,
      items,
      cityResponsible: responsible ? { userId: responsible.id, name: responsible.name, role: responsible.role } : null,
    };
  }

  async assignDepartmentHead(user: AuthenticatedUser, projectId: string, userId: string): Promise<void> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role === 'department_head') throw new ApiError(HttpStatus.FORBIDDEN, 'ASSIGNMENT_FORBIDDEN');
    await this.assertDepartmentHeads([userId]);
    await this.dataSource.transaction(async (manager) => {
      await this.projects.assign(project.id, [userId], manager);
      await this.audit.record(
        {
          actor: user,
          action: 'project.assign',
          entityType: 'project',
          entityId: project.id,
          projectId: project.id,
          after: { userId },
        },
        manager,
      );
    });
  }

  /**
   * Names the city company's responsible person (城市公司负责人), whom an overdue gate reaches before HQ; null clears
   * it. The lead of the project or HQ does it.
   */
  async setCityResponsible(user: AuthenticatedUser, projectId: string, userId: string | null): Promise<string | null> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role === 'department_head') throw new ApiError(HttpStatus.FORBIDDEN, 'ASSIGNMENT_FORBIDDEN');
    if (userId !== null && !(await this.users.findById(userId)))
      throw new ApiError(HttpStatus.BAD_REQUEST, 'CITY_RESPONSIBLE_UNKNOWN', { userId });
    await this.dataSource.transaction(async (manager) => {
      await this.projects.setCityResponsible(project.id, userId, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'project.city_responsible',
          entityType: 'project',
          entityId: project.id,
          projectId: project.id,
          before: { userId: project.cityResponsibleUserId },
          after: { userId },
        },
        manager,
      );
    });
    return userId;
  }

  /** Only department heads are assigned to projects; 400 naming the ids that are not. */
  async assertDepartmentHeads(ids: string[]): Promise<void> {
    const found = await this.users.findByIds(ids);
    const heads = new Set(found.filter((user) => user.role === 'department_head').map((user) => user.id));
    const wrong = ids.filter((id) => !heads.has(id));
    if (wrong.length > 0)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'NOT_DEPARTMENT_HEADS', { userIds: wrong.join(', ') });
  }
}
