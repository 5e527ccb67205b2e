import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { DeadlineActivitiesService } from './activities/deadline.activities';
import { ReportingActivities } from './activities/reporting.activities';
import { SummaryActivitiesService } from './activities/summary.activities';
import { TimelineActivities } from './activities/timeline.activities';
import { ChannelSenders } from './notifications/channel-senders';
import { NotificationActivitiesService } from './notifications/notification.activities';
import { NotificationDelivery } from './notifications/notification-delivery';
import { NotificationFanOut } from './notifications/notification-fan-out';

@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: [
    TimelineActivities,
    DeadlineActivitiesService,
    ReportingActivities,
    SummaryActivitiesService,
    ChannelSenders,
    NotificationFanOut,
    NotificationDelivery,
    NotificationActivitiesService,
  ],
})
export class WorkerModule {}
