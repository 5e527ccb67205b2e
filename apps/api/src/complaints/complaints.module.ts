import { Module } from '@nestjs/common';
import { RecordDeadlinesModule } from '../defects/record-deadlines.module';
import { OwnerMessagesModule } from '../owner-messages/owner-messages.module';
import { ProjectsModule } from '../projects/projects.module';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsService } from './complaints.service';

/** 交付异议/投诉: record, accept with a committed reply time, investigate, determine responsibility, reply, follow up. */
@Module({
  imports: [ProjectsModule, RecordDeadlinesModule, OwnerMessagesModule],
  controllers: [ComplaintsController],
  providers: [ComplaintsRepository, ComplaintsService],
  // the owner app's 异议 (apps/api/src/owner-defects) raises and reads the unit's objections
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
