import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { OwnerAuthModule } from '../owner-auth/owner-auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { UnitHandoverModule } from '../unit-handover/unit-handover.module';
import { HandoverNoticeRepository } from './handover-notice.repository';
import { HandoverNoticeService } from './handover-notice.service';
import { HandoverNoticeSettingsController, OwnerHandoverController } from './owner-handover.controller';
import { OwnerBookingService } from './owner-booking.service';

/** 业主端 交付通知书 and 预约 (issue 17 item 2), with the notice's settings in the console. */
@Module({
  imports: [OwnerAuthModule, AppointmentsModule, UnitHandoverModule, ProjectsModule],
  controllers: [HandoverNoticeSettingsController, OwnerHandoverController],
  providers: [HandoverNoticeRepository, HandoverNoticeService, OwnerBookingService],
})
export class OwnerHandoverModule {}
