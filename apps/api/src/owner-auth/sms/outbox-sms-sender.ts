import { renderOwnerMessage } from '@handover/domain';
import { ownerMessageOf, SmsSender, type SmsMessage, type SmsSendResult } from './sms-sender';
import type { SmsOutboxRepository } from './sms-outbox.repository';

/**
 * The local outbox (本地发件箱), the sender when no SMS provider is configured: the message is kept in sms_outbox with
 * its code (an owner message with its text), and an admin reads it in the console (/admin/sms-outbox), so that on `npm start` an owner can sign in
 * without a provider.
 */
export class OutboxSmsSender extends SmsSender {
  readonly provider = 'outbox' as const;

  constructor(private readonly outbox: SmsOutboxRepository) {
    super();
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    // an owner message's row keeps the text the owner would read, for admins checking what went out
    const params: Record<string, string | number> =
      message.template === 'owner_sign_in_code'
        ? { ...message.params }
        : { ...message.params, text: renderOwnerMessage(ownerMessageOf(message)) };
    const id = await this.outbox.record({ message, provider: 'outbox', status: 'held', params });
    return { messageId: id };
  }
}
