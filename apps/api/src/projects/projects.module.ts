import { Module } from '@nestjs/common';
import { GateEvidenceModule } from '../risks/gate-evidence.module';
import { SummaryGateModule } from '../summaries/summary-gate.service';
import { ProjectReportingStarter } from '../briefings/project-reporting.starter';
import { UsersModule } from '../users/users.module';
import { ProjectAccessService } from './project-access.service';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';

@Module({
  imports: [UsersModule, GateEvidenceModule, SummaryGateModule],
  controllers: [ProjectsController],
  providers: [ProjectsRepository, ProjectAccessService, ProjectsService, ProjectReportingStarter],
  exports: [ProjectsRepository, ProjectAccessService],
})
export class ProjectsModule {}
