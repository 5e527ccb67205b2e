import { Module } from '@nestjs/common';
import { ContractorsModule } from '../contractors/contractors.module';
import { DefectAlertsModule } from '../defect-alerts/defect-alerts.module';
import { DefectReportsModule } from '../defect-reports/defect-reports.module';
import { ProjectsModule } from '../projects/projects.module';
import { StorageModule } from '../storage/storage.module';
import { DefectsController } from './defects.controller';
import { DefectsRepository } from './defects.repository';
import { DefectsService } from './defects.service';
import { RecordDeadlinesModule } from './record-deadlines.module';

/** 问题项: defects of units and public areas, from the unit inspection to after handover. */
@Module({
  imports: [
    ProjectsModule,
    StorageModule,
    RecordDeadlinesModule,
    ContractorsModule,
    DefectReportsModule,
    DefectAlertsModule,
  ],
  controllers: [DefectsController],
  providers: [DefectsRepository, DefectsService],
  // the owner app's 我的问题 (apps/api/src/owner-defects) answers and reports through the same lifecycle
  exports: [DefectsService],
})
export class DefectsModule {}
