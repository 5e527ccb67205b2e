import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { ListNotificationsQueryDto, NotificationPageDto } from './dto/project-notifications.dto';
import { ProjectAccessService } from './project-access.service';
import { ProjectsRepository } from './projects.repository';

/** The reminders and escalations a project's timeline sent, newest first. */
@Injectable()
export class ProjectNotificationsService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly access: ProjectAccessService,
  ) {}

  async list(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListNotificationsQueryDto,
  ): Promise<NotificationPageDto> {
    const project = await this.access.requireVisible(user, projectId);
    const [items, total] = await this.projects.notifications(project.id, filter);
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }
}
