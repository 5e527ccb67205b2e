import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { UnitsModule } from '../units/units.module';
import { KeysModule } from '../keys/keys.module';
import { UnitHandoverModule } from '../unit-handover/unit-handover.module';

/** Field operations (issue 5): what the teams record every day, from the unit inspection to the last key. */
@Module({
  imports: [UnitsModule, AppointmentsModule, UnitHandoverModule, KeysModule],
})
export class FieldModule {}
