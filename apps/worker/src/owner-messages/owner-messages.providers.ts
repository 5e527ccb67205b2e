import type { Provider } from '@nestjs/common';
import { Environment } from '@handover/config';
import { SmsSender } from '../../../api/src/owner-auth/sms/sms-sender';
import { smsSenderFor } from '../../../api/src/owner-auth/sms/sms-sender-for';
import { SmsOutboxRepository } from '../../../api/src/owner-auth/sms/sms-outbox.repository';
import { OwnerMessageActivitiesService } from './owner-message.activities';
import { OwnerMessageDelivery } from './owner-message-delivery';

/** The worker's owner message providers: the sender SMS_PROVIDER names (as in the API), the outbox, the delivery. */
export const OWNER_MESSAGE_PROVIDERS: Provider[] = [
  SmsOutboxRepository,
  { provide: SmsSender, useFactory: smsSenderFor, inject: [Environment, SmsOutboxRepository] },
  OwnerMessageDelivery,
  OwnerMessageActivitiesService,
];
