import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '@handover/config';
import { dataSourceOptions } from './data-source';

/** TypeORM for Nest apps, from the same options as the migration CLI. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: (environment: Environment) => dataSourceOptions(environment.DATABASE_URL),
      inject: [Environment],
    }),
  ],
})
export class DatabaseModule {}
