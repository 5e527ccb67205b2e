import { Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import { ProjectsModule } from '../projects/projects.module';
import { FeeSettingsService } from './fee-settings.service';
import { FeeSettingsController, UnitHandoverController } from './unit-handover.controller';
import { UnitHandoverRepository } from './unit-handover.repository';
import { UnitHandoverService } from './unit-handover.service';

/** The per-unit handover flow (集中交付 / 零星交付) with its payments and the project's fee settings. */
@Module({
  imports: [ProjectsModule, KeysModule],
  controllers: [FeeSettingsController, UnitHandoverController],
  providers: [UnitHandoverRepository, UnitHandoverService, FeeSettingsService],
  // the owner's handover notice (owner-handover) reads the unit's price and the fee settings through it
  exports: [UnitHandoverRepository],
})
export class UnitHandoverModule {}
