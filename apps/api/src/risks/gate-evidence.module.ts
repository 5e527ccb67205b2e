import { Module } from '@nestjs/common';
import { GateEvidenceRepository } from './gate-evidence.repository';
import { GateEvidenceService } from './gate-evidence.service';

/** Separate from RisksModule so ProjectsModule can use it without a circular module import (RisksModule needs ProjectsModule). */
@Module({
  providers: [GateEvidenceRepository, GateEvidenceService],
  exports: [GateEvidenceRepository, GateEvidenceService],
})
export class GateEvidenceModule {}
