import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { GateEvidenceModule } from './gate-evidence.module';
import { RisksController } from './risks.controller';
import { RisksRepository } from './risks.repository';
import { RisksService } from './risks.service';

/** 交付风险自查 (checklist A–H): the register, risk items and the departments' decisions. */
@Module({
  imports: [ProjectsModule, GateEvidenceModule],
  controllers: [RisksController],
  providers: [RisksRepository, RisksService],
  exports: [GateEvidenceModule],
})
export class RisksModule {}
