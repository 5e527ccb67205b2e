import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BriefingsController } from './briefings.controller';
import { BriefingsRepository } from './briefings.repository';
import { BriefingsService } from './briefings.service';
import { RobotTestService } from './robot-test.service';
import { RobotWebhookUrlConstraint } from './dto/validators';
import { ProjectReportingModule } from './project-reporting.module';

/** 集中交付快报: daily briefings, their group-robot webhooks and the per-project reporting workflow. */
@Module({
  imports: [ProjectsModule, ProjectReportingModule],
  controllers: [BriefingsController],
  providers: [BriefingsRepository, BriefingsService, RobotTestService, RobotWebhookUrlConstraint],
  exports: [BriefingsService],
})
export class BriefingsModule {}
