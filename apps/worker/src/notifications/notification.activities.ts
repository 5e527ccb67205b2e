import { Injectable } from '@nestjs/common';
import { NotificationDeliveriesRepository } from '@handover/database';
import type { DeliveryOutcome, DispatchRound, NotificationActivities } from '@handover/contracts';
import { NotificationDelivery } from './notification-delivery';
import { NotificationFanOut } from './notification-fan-out';

/** Fan-outs run side by side (each holds one database connection of the worker's pool of 20). */
const PARALLEL_FAN_OUTS = 6;

/** The notification dispatcher's activities: fan-out and due list, and one send. Both idempotent. */
@Injectable()
export class NotificationActivitiesService implements NotificationActivities {
  constructor(
    private readonly fanOut: NotificationFanOut,
    private readonly delivery: NotificationDelivery,
    private readonly deliveries: NotificationDeliveriesRepository,
  ) {}

  async dispatchNotifications(limit: number): Promise<DispatchRound> {
    // Several fan-outs at once: each takes its own event (SKIP LOCKED), so a morning rush is not done one by one.
    let fannedOut = 0;
    let claimed = 0;
    const drain = async (): Promise<void> => {
      while (claimed < limit) {
        claimed += 1;
        if (!(await this.fanOut.dispatchNext())) return;
        fannedOut += 1;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FAN_OUTS }, drain));
    const { ids, nextDueInMs } = await this.deliveries.due(limit);
    return { fannedOut, due: ids, nextDueInMs };
  }

  deliverNotification(deliveryId: string): Promise<DeliveryOutcome> {
    return this.delivery.deliver(deliveryId);
  }

  bind(): NotificationActivities {
    return {
      dispatchNotifications: this.dispatchNotifications.bind(this),
      deliverNotification: this.deliverNotification.bind(this),
    };
  }
}
