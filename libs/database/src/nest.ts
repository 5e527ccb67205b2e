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
