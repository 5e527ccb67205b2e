import { Module } from '@nestjs/common';
import { DeadlineRecordsRepository } from '@handover/database';
import { RecordDeadlinesService } from './record-deadlines.service';

/** The durable deadlines of defects and complaints (the project's deadline watcher), for DefectsModule and ComplaintsModule. */
@Module({ providers: [RecordDeadlinesService, DeadlineRecordsRepository], exports: [RecordDeadlinesService] })
export class RecordDeadlinesModule {}
