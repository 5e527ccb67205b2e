import { Module } from '@nestjs/common';
import { GateEvidenceService } from './gate-evidence.service';

/** Separate from RisksModule so ProjectsModule can use it without a circular module import (RisksModule needs ProjectsModule). */
@Module({ providers: [GateEvidenceService], exports: [GateEvidenceService] })
export class GateEvidenceModule {}
