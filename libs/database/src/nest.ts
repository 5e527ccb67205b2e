import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@handover/config';
import { dataSourceOptions } from './data-source';
import {
  AuditLogRepository,
  BriefingDeliveriesRepository,
  BriefingProjectsRepository,
  DeadlineRecordsRepository,
  EscalationsRepository,
  HandoverSummariesRepository,
  NotificationEventsRepository,
  ProjectReadModelRepository,
} from './repositories';
import { DatabaseProbe } from './repositories/database-probe';
import { NotificationDeliveriesRepository } from './repositories/notification-deliveries.repository';
import { NotificationDispatchRepository } from './repositories/notification-dispatch.repository';
import { NotificationsRepository } from './repositories/notifications.repository';
import { UserContactsRepository } from './repositories/user-contacts.repository';

/** The repositories of what both the API and the worker write, one instance per app. */
const sharedRepositories = [
  EscalationsRepository,
  ProjectReadModelRepository,
  NotificationEventsRepository,
  DeadlineRecordsRepository,
  AuditLogRepository,
  BriefingProjectsRepository,
  BriefingDeliveriesRepository,
  HandoverSummariesRepository,
  // notifications that reach people: contacts, the centre, deliveries, the outbox fan-out
  UserContactsRepository,
  NotificationsRepository,
  NotificationDeliveriesRepository,
  NotificationDispatchRepository,
  DatabaseProbe,
];

/** TypeORM for Nest apps, from the same options as the migration CLI, and the shared repositories (global). */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: (environment: Environment) => dataSourceOptions(environment.DATABASE_URL),
      inject: [Environment],
    }),
  ],
  providers: sharedRepositories,
  exports: sharedRepositories,
})
export class DatabaseModule {}
