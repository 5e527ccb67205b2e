import { Module } from '@nestjs/common';
import { SummaryGateService } from './summary-gate.service';

/** Import into ProjectsModule to call {@link SummaryGateService.assertSubmitted} before approving `summaryAccepted`. */
@Module({ providers: [SummaryGateService], exports: [SummaryGateService] })
export class SummaryGateModule {}
