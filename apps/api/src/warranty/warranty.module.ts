import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { WarrantyController } from './warranty.controller';
import { WarrantyRepository } from './warranty.repository';
import { WarrantyService } from './warranty.service';

/** 保修 after handover: warranty tickets and the project's periods. */
@Module({
  imports: [ProjectsModule],
  controllers: [WarrantyController],
  providers: [WarrantyRepository, WarrantyService],
})
export class WarrantyModule {}
