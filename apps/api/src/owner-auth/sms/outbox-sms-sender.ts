import { SmsSender, type SmsMessage, type SmsSendResult } from './sms-sender';
import type { SmsOutboxRepository } from './sms-outbox.repository';

/**
 * The local outbox (本地发件箱), the sender when no SMS provider is configured: the message is kept in sms_outbox with
 * its code, and an admin reads it in the console (/admin/sms-outbox), so that on `npm start` an owner can sign in
 * without a provider.
 */
export class OutboxSmsSender extends SmsSender {
  readonly provider = 'outbox' as const;

  constructor(private readonly outbox: SmsOutboxRepository) {
    super();
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const id = await this.outbox.record({ message, provider: 'outbox', status: 'held', params: { ...message.params } });
    return { messageId: id };
  }
}
