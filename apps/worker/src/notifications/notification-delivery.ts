import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Environment } from '@handover/config';
import { NotificationDeliveriesRepository } from '@handover/database';
import { reminderDigestText, type GateReminderParams } from '@handover/domain';
import { ChannelSenders } from './channel-senders';
import { PermanentDeliveryFailure } from './delivery-failure';

/** After this many attempts a delivery is given up and recorded as failed. */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** Waits between attempts: the base (30 s by default), doubling with each attempt, up to 30 minutes. */
export function retryDelayMs(attemptsSoFar: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attemptsSoFar - 1), 30 * 60_000);
}

import type { DeliveryOutcome } from '@handover/contracts';
export type { DeliveryOutcome };

/**
 * Sends one delivery. The row stays locked while its channel sends it, and is marked sent in the same transaction:
 * a delivery once sent is never sent again, and two attempts never send it at the same time. A failure worth a retry
 * leaves it pending with a later `not_before`; a permanent one, or the last attempt, ends it as failed.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger('NotificationDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: NotificationDeliveriesRepository,
    private readonly senders: ChannelSenders,
    private readonly environment: Environment,
  ) {}

  async deliver(deliveryId: string): Promise<DeliveryOutcome> {
    let attempts = 0;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const delivery = await this.deliveries.lockForSending(manager, deliveryId);
        if (!delivery || delivery.status !== 'pending') return 'already_done';
        if (delivery.notBefore.getTime() > Date.now()) return 'not_yet_due';
        attempts = delivery.attempts;
        const sender = this.senders.senderFor(delivery.channel);
        if (!sender) throw new PermanentDeliveryFailure(`channel ${delivery.channel} is not configured any more`);
        // Several reminders for one person at once go as one digest (汇总提醒).
        const siblings =
          delivery.topic === 'reminder' ? await this.deliveries.lockReminderSiblings(manager, delivery) : [];
        const text =
          siblings.length === 0
            ? { title: delivery.title, body: delivery.body }
            : reminderDigestText(
                [delivery.params, ...siblings.map((sibling) => sibling.params)] as unknown as GateReminderParams[],
                delivery.language,
              );
        await sender.send({
          address: delivery.address,
          ...text,
          url: `${this.senders.consoleUrl}${siblings.length === 0 ? delivery.link : '/approvals'}`,
        });
        for (const id of [deliveryId, ...siblings.map((sibling) => sibling.id)])
          await this.deliveries.markSent(manager, id);
        return 'sent';
      });
    } catch (error) {
      const message = (error as Error).message;
      const permanent = error instanceof PermanentDeliveryFailure;
      if (permanent || attempts + 1 >= MAX_DELIVERY_ATTEMPTS) {
        await this.deliveries.recordPermanentFailure(
          deliveryId,
          permanent ? message : `gave up after ${attempts + 1} attempts: ${message}`,
        );
        this.logger.warn({ event: 'delivery_failed', deliveryId, permanent });
        return 'failed';
      }
      await this.deliveries.postpone(
        deliveryId,
        retryDelayMs(attempts + 1, this.environment.NOTIFICATION_RETRY_BASE_MS),
        message,
      );
      return 'retry_later';
    }
  }
}
