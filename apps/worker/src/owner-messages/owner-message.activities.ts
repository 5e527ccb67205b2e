import { Injectable } from '@nestjs/common';
import type { OwnerMessageActivities, OwnerMessageRound } from '@handover/contracts';
import { OwnerMessageDelivery } from './owner-message-delivery';

/** Sends side by side (each holds one database connection of the worker's pool of 20 while the provider answers). */
const PARALLEL_SENDS = 4;

/** The owner message dispatcher's activity: sends what is due, each message once (rows claimed with SKIP LOCKED). */
@Injectable()
export class OwnerMessageActivitiesService implements OwnerMessageActivities {
  constructor(private readonly delivery: OwnerMessageDelivery) {}

  async sendDueOwnerMessages(limit: number): Promise<OwnerMessageRound> {
    let claimed = 0;
    let handled = 0;
    const drain = async (): Promise<void> => {
      while (claimed < limit) {
        claimed += 1;
        if ((await this.delivery.sendNext()) === null) return;
        handled += 1;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SENDS }, drain));
    return { handled, nextDueInMs: await this.delivery.nextDueInMs() };
  }

  bind(): OwnerMessageActivities {
    return { sendDueOwnerMessages: this.sendDueOwnerMessages.bind(this) };
  }
}
