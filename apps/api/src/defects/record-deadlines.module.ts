import { Module } from '@nestjs/common';
import { RecordDeadlinesService } from './record-deadlines.service';

/** The durable deadlines of defects and complaints (recordDeadlineWorkflow), for DefectsModule and ComplaintsModule. */
@Module({ providers: [RecordDeadlinesService], exports: [RecordDeadlinesService] })
export class RecordDeadlinesModule {}
