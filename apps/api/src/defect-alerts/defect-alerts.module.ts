import { Module } from '@nestjs/common';
import { DefectAlertsRepository } from '@handover/database';
import { CasesModule } from '../cases/cases.module';
import { ProjectsModule } from '../projects/projects.module';
import { DefectAlertsController } from './defect-alerts.controller';
import { DefectAlertsService } from './defect-alerts.service';
import { FrequentProblemDetector } from './frequent-problem-detector';

/** 高频问题预警: alerts raised at the defect intake, the project's threshold, an alert promoted to a case. */
@Module({
  imports: [ProjectsModule, CasesModule],
  controllers: [DefectAlertsController],
  providers: [DefectAlertsRepository, DefectAlertsService, FrequentProblemDetector],
  exports: [FrequentProblemDetector],
})
export class DefectAlertsModule {}
