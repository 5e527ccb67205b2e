import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { DefectReportsController } from './defect-reports.controller';
import { DefectReportsRepository } from './defect-reports.repository';
import { DefectReportsService } from './defect-reports.service';

/** The defect SLA, ageing and contractor scorecards. */
@Module({
  imports: [ProjectsModule],
  controllers: [DefectReportsController],
  providers: [DefectReportsRepository, DefectReportsService],
  exports: [DefectReportsRepository],
})
export class DefectReportsModule {}
