import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BriefingsController } from './briefings.controller';
import { BriefingsRepository } from './briefings.repository';
import { BriefingsService } from './briefings.service';
import { RobotWebhookUrlConstraint } from './dto/validators';
import { ProjectReportingStarter } from './project-reporting.starter';

/**
 * 集中交付快报: daily briefings, their group-robot webhooks and the per-project reporting workflow. Exports
 * ProjectReportingStarter so the project launch can start the reporting workflow (see startProjectReporting).
 */
@Module({
  imports: [ProjectsModule],
  controllers: [BriefingsController],
  providers: [BriefingsRepository, BriefingsService, ProjectReportingStarter, RobotWebhookUrlConstraint],
  exports: [ProjectReportingStarter, BriefingsService],
})
export class BriefingsModule {}
