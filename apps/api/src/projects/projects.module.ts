import { Module } from '@nestjs/common';
import { GateEvidenceModule } from '../risks/gate-evidence.module';
import { SummaryGateModule } from '../summaries/summary-gate.module';
import { ProjectReportingModule } from '../briefings/project-reporting.module';
import { UsersModule } from '../users/users.module';
import { PlanPreviewService } from './plan-preview.service';
import { ProjectAccessService } from './project-access.service';
import { ProjectAssignmentsService } from './project-assignments.service';
import { ProjectDecisionsService } from './project-decisions.service';
import { ProjectLaunchService } from './project-launch.service';
import { ProjectNotificationsService } from './project-notifications.service';
import { ProjectStatusService } from './project-status.service';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';

@Module({
  imports: [UsersModule, GateEvidenceModule, SummaryGateModule, ProjectReportingModule],
  controllers: [ProjectsController],
  providers: [
    ProjectsRepository,
    ProjectAccessService,
    ProjectStatusService,
    ProjectLaunchService,
    PlanPreviewService,
    ProjectDecisionsService,
    ProjectNotificationsService,
    ProjectAssignmentsService,
  ],
  exports: [ProjectsRepository, ProjectAccessService],
})
export class ProjectsModule {}
