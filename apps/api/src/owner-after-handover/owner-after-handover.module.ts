import { Module } from '@nestjs/common';
import { OwnerAuthModule } from '../owner-auth/owner-auth.module';
import { StorageModule } from '../storage/storage.module';
import { SurveysModule } from '../surveys/surveys.module';
import { WarrantyModule } from '../warranty/warranty.module';
import { OwnerAfterHandoverController } from './owner-after-handover.controller';
import { OwnerAfterHandoverRepository } from './owner-after-handover.repository';
import { OwnerSurveyService } from './owner-survey.service';
import { OwnerWarrantyService } from './owner-warranty.service';

/** The owner app after handover (issue 17): warranty requests (报修) and the satisfaction survey (满意度调查). */
@Module({
  imports: [OwnerAuthModule, StorageModule, WarrantyModule, SurveysModule],
  controllers: [OwnerAfterHandoverController],
  providers: [OwnerAfterHandoverRepository, OwnerWarrantyService, OwnerSurveyService],
})
export class OwnerAfterHandoverModule {}
