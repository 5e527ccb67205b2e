import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@handover/config';
import { dataSourceOptions } from './data-source';
import { EscalationsRepository } from './repositories';

/** The repositories of what both the API and the worker write, one instance per app. */
const sharedRepositories = [EscalationsRepository];

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
