import { Module } from '@nestjs/common';
import { DeadlineRecordsRepository, WarrantyCallBacksRepository } from '@handover/database';
import { OwnerMessagesModule } from '../owner-messages/owner-messages.module';
import { ProjectsModule } from '../projects/projects.module';
import { WarrantyCallBackWatch } from './warranty-call-back-watch';
import { WarrantyVisitsController } from './warranty-visits.controller';
import { WarrantyVisitsRepository } from './warranty-visits.repository';
import { WarrantyVisitsService } from './warranty-visits.service';
import { WarrantyController } from './warranty.controller';
import { WarrantyRepository } from './warranty.repository';
import { WarrantyService } from './warranty.service';

/** 保修 after handover: warranty tickets, the project's periods, repair visits and call-back tasks (回访任务). */
@Module({
  imports: [ProjectsModule, OwnerMessagesModule],
  controllers: [WarrantyController, WarrantyVisitsController],
  providers: [
    WarrantyRepository,
    WarrantyService,
    WarrantyVisitsRepository,
    WarrantyVisitsService,
    WarrantyCallBacksRepository,
    DeadlineRecordsRepository,
    WarrantyCallBackWatch,
  ],
  exports: [WarrantyRepository],
})
export class WarrantyModule {}
