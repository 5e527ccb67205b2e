import { HttpStatus, Injectable } from '@nestjs/common';
import { Environment } from '@handover/config';
import {
  isCalendarDate,
  previewReschedule,
  validatePlan,
  type HandoverPlan,
  type PlanProblem,
  type ReschedulePreview,
} from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { LaunchProjectDto } from './dto/launch-project.dto';
import { normalizeLaunch, planOfLaunch } from './launch-request';
import { ProjectAccessService } from './project-access.service';
import { ProjectStatusService } from './project-status.service';

/** What-ifs that change nothing: the plan a launch would get, and the plan a new first handover day would give. */
@Injectable()
export class PlanPreviewService {
  constructor(
    private readonly environment: Environment,
    private readonly access: ProjectAccessService,
    private readonly status: ProjectStatusService,
  ) {}

  /** The plan a launch would get, and every problem with it; nothing is stored. */
  previewPlan(
    dto: LaunchProjectDto,
    user: AuthenticatedUser,
  ): { launchDate: string; plan: HandoverPlan; problems: PlanProblem[] } {
    const launch = normalizeLaunch(dto, dto.leadUserId ?? user.id, this.environment.DEFAULT_TIME_ZONE);
    const { plan, launchDate } = planOfLaunch(launch);
    return { launchDate, plan, problems: validatePlan(plan, launchDate) };
  }

  /** What-if of a new D against the live timeline, using the real clock; nothing changes. */
  async previewReschedule(user: AuthenticatedUser, projectId: string, newDate: string): Promise<ReschedulePreview> {
    const project = await this.access.requireVisible(user, projectId);
    if (!isCalendarDate(newDate))
      throw new ApiError(HttpStatus.BAD_REQUEST, 'CALENDAR_DATE_INVALID', {
        field: 'firstHandoverDate',
        date: newDate,
      });
    const status = await this.status.liveStatus(project);
    const open = status.milestones
      .filter((milestone) => milestone.status !== 'closed')
      .map((milestone) => milestone.key);
    return previewReschedule(status.plan, open, newDate, Date.now());
  }
}
