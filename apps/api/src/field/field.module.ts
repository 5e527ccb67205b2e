import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { UnitsModule } from '../units/units.module';
import { KeysModule } from '../keys/keys.module';
import { UnitHandoverModule } from '../unit-handover/unit-handover.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { DefectsModule } from '../defects/defects.module';
import { RisksModule } from '../risks/risks.module';

/** Field operations (issue 5): what the teams record every day, from the unit inspection to the last key. */
@Module({
  imports: [
    UnitsModule,
    AppointmentsModule,
    UnitHandoverModule,
    KeysModule,
    RisksModule,
    DefectsModule,
    ComplaintsModule,
  ],
})
export class FieldModule {}
