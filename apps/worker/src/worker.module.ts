import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { WarrantyCallBacksRepository } from '@handover/database';
import { DatabaseModule } from '@handover/database/nest';
import { DeadlineActivitiesService } from './activities/deadline.activities';
import { ReportingActivities } from './activities/reporting.activities';
import { SummaryActivitiesService } from './activities/summary.activities';
import { TimelineActivities } from './activities/timeline.activities';
import { WarrantyCallBackActivities } from './activities/warranty-callback.activities';
import { ChannelSenders } from './notifications/channel-senders';
import { NotificationActivitiesService } from './notifications/notification.activities';
import { NotificationDelivery } from './notifications/notification-delivery';
import { NotificationFanOut } from './notifications/notification-fan-out';
import { OWNER_MESSAGE_PROVIDERS } from './owner-messages/owner-messages.providers';

@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: [
    TimelineActivities,
    DeadlineActivitiesService,
    ReportingActivities,
    SummaryActivitiesService,
    WarrantyCallBacksRepository,
    WarrantyCallBackActivities,
    ChannelSenders,
    NotificationFanOut,
    NotificationDelivery,
    NotificationActivitiesService,
    ...OWNER_MESSAGE_PROVIDERS,
  ],
})
export class WorkerModule {}
