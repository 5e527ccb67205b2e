import { Module } from '@nestjs/common';
import { ProjectReportingStarter } from './project-reporting.starter';

/**
 * The per-project reporting workflow's starter (集中交付快报), on its own so that both the project launch
 * (ProjectsModule) and the briefings (BriefingsModule, which needs ProjectsModule) can import it without a cycle.
 */
@Module({ providers: [ProjectReportingStarter], exports: [ProjectReportingStarter] })
export class ProjectReportingModule {}
