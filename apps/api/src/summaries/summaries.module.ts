import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { SummariesController } from './summaries.controller';
import { SummariesRepository } from './summaries.repository';
import { SummariesService } from './summaries.service';
import { SummaryCompiler } from '@handover/database';

/** 交付总结 (phase 9): compiled from the records, narrative by the project lead, accepted by HQ at the gate. */
@Module({
  imports: [ProjectsModule],
  controllers: [SummariesController],
  providers: [SummariesRepository, SummaryCompiler, SummariesService],
  exports: [SummaryCompiler],
})
export class SummariesModule {}
