import { Injectable } from '@nestjs/common';
import { NotificationDeliveriesRepository } from '@handover/database';
import type { DeliveryOutcome, DispatchRound, NotificationActivities } from '@handover/contracts';
import { NotificationDelivery } from './notification-delivery';
import { NotificationFanOut } from './notification-fan-out';

/** The notification dispatcher's activities: fan-out and due list, and one send. Both idempotent. */
@Injectable()
export class NotificationActivitiesService implements NotificationActivities {
  constructor(
    private readonly fanOut: NotificationFanOut,
    private readonly delivery: NotificationDelivery,
    private readonly deliveries: NotificationDeliveriesRepository,
  ) {}

  async dispatchNotifications(limit: number): Promise<DispatchRound> {
    let fannedOut = 0;
    while (fannedOut < limit && (await this.fanOut.dispatchNext())) fannedOut += 1;
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
