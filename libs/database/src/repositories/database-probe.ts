import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Readiness: PostgreSQL answers a query on the product's pool. */
@Injectable()
export class DatabaseProbe {
  constructor(private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
