import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { INDEXED_VALUE_TYPES, searchAttributeKeys } from '@handover/contracts';
import { Environment } from '@handover/config';
import { temporalDeadlineInterceptor } from './temporal-deadlines';
import { temporalOutageDetail, temporalOutageOf } from './temporal-unavailable';

/** How long a readiness probe waits for Temporal: probes give up after a few seconds, this answers before. */
const READINESS_DEADLINE_MS = 1_500;
/** Search attributes, once there, stay: a positive check is reused for this long. */
const SEARCH_ATTRIBUTES_RECHECK_MS = 60_000;

export type TemporalReadiness =
  | { state: 'up' }
  | { state: 'down'; detail: string }
  | { state: 'not-set-up'; detail: string };

/**
 * One lazily connected Temporal client for the API; the API starts even while Temporal is still coming up. Every
 * call has a deadline and a bounded retry (temporal-deadlines.ts), so an outage answers in seconds.
 */
@Injectable()
export class TemporalClientService implements OnModuleDestroy {
  readonly connection: Connection;
  readonly client: Client;
  readonly taskQueue: string;
  readonly namespace: string;
  private searchAttributesCheckedAt = 0;

  constructor(environment: Environment) {
    this.connection = Connection.lazy({
      address: environment.TEMPORAL_ADDRESS,
      interceptors: [temporalDeadlineInterceptor()],
    });
    this.namespace = environment.TEMPORAL_NAMESPACE;
    this.client = new Client({ connection: this.connection, namespace: this.namespace });
    this.taskQueue = environment.TEMPORAL_TASK_QUEUE;
  }

  /**
   * Ready for this product: the frontend answers, the namespace exists and the product's search attributes are
   * registered in it with their types. Answers within about 1.5 s.
   */
  async readiness(): Promise<TemporalReadiness> {
    const deadline = Date.now() + READINESS_DEADLINE_MS;
    try {
      await this.connection.withDeadline(deadline, () =>
        this.connection.workflowService.describeNamespace({ namespace: this.namespace }),
      );
      if (Date.now() - this.searchAttributesCheckedAt > SEARCH_ATTRIBUTES_RECHECK_MS) {
        const missing = await this.connection.withDeadline(deadline, () => this.missingSearchAttributes());
        if (missing.length > 0) {
          return {
            state: 'not-set-up',
            detail: `search attributes missing in namespace ${this.namespace}: ${missing.join(', ')}`,
          };
        }
        this.searchAttributesCheckedAt = Date.now();
      }
      return { state: 'up' };
    } catch (error) {
      const outage = temporalOutageOf(error);
      const detail = temporalOutageDetail(error);
      return outage === 'not-set-up' ? { state: 'not-set-up', detail } : { state: 'down', detail };
    }
  }

  /** `Name (Type)` of each search attribute the workflows set that the namespace lacks or has with another type. */
  private async missingSearchAttributes(): Promise<string[]> {
    const { customAttributes } = await this.connection.operatorService.listSearchAttributes({
      namespace: this.namespace,
    });
    return Object.values(searchAttributeKeys)
      .filter(({ name, type }) => customAttributes?.[name] !== INDEXED_VALUE_TYPES[type])
      .map(({ name, type }) => `${name} (${type})`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }
}
