import { Module } from '@nestjs/common';
import { OwnerMessagesModule } from '../owner-messages/owner-messages.module';
import { ProjectsModule } from '../projects/projects.module';
import { UnitsModule } from '../units/units.module';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';

/** 预约: open-day and handover time slots with capacity, and the units' bookings of them. */
@Module({
  imports: [ProjectsModule, UnitsModule, OwnerMessagesModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsRepository, AppointmentsService],
  // the owner app (owner-handover) books through the same service and reads slots through the same repository
  exports: [AppointmentsRepository, AppointmentsService],
})
export class AppointmentsModule {}
