import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { Environment } from '@handover/config';

/** One lazily connected Temporal client for the API; the API starts even while Temporal is still coming up. */
@Injectable()
export class TemporalClientService implements OnModuleDestroy {
  readonly connection: Connection;
  readonly client: Client;
  readonly taskQueue: string;

  constructor(environment: Environment) {
    this.connection = Connection.lazy({ address: environment.TEMPORAL_ADDRESS });
    this.client = new Client({ connection: this.connection, namespace: environment.TEMPORAL_NAMESPACE });
    this.taskQueue = environment.TEMPORAL_TASK_QUEUE;
  }

  async isReady(): Promise<boolean> {
    try {
      await this.connection.ensureConnected();
      await this.connection.workflowService.getSystemInfo({});
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}
