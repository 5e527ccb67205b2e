import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { DeadlineActivitiesService } from './activities/deadline.activities';
import { ReportingActivities } from './activities/reporting.activities';
import { SummaryActivitiesService } from './activities/summary.activities';
import { TimelineActivities } from './activities/timeline.activities';

@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: [TimelineActivities, DeadlineActivitiesService, ReportingActivities, SummaryActivitiesService],
})
export class WorkerModule {}
