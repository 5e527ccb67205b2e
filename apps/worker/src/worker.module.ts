import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { TimelineActivities } from './activities/timeline.activities';

@Module({
  imports: [ConfigModule, DatabaseModule],
  providers: [TimelineActivities],
})
export class WorkerModule {}
