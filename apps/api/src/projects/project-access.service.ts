import { Injectable, NotFoundException } from '@nestjs/common';
import type { ProjectEntity } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectsRepository } from './projects.repository';

/** Project scope, enforced server-side. Projects out of scope are reported as not found so ids do not leak. */
@Injectable()
export class ProjectAccessService {
  constructor(private readonly projects: ProjectsRepository) {}

  async requireVisible(user: AuthenticatedUser, projectId: string): Promise<ProjectEntity> {
    const project = await this.projects.findById(projectId);
    if (!project || !(await this.canSee(user, project))) throw new NotFoundException(`No project ${projectId}.`);
    return project;
  }

  async canSee(user: AuthenticatedUser, project: ProjectEntity): Promise<boolean> {
    switch (user.role) {
      case 'hq':
      case 'admin':
        return true;
      case 'project_lead':
        return project.leadUserId === user.id;
      case 'department_head':
        return this.projects.isAssigned(project.id, user.id);
    }
  }
}
