import { Injectable, Logger } from '@nestjs/common';
import { maskMobile } from '@handover/domain';
import { SmsSender, SmsSendError, type SmsMessage } from './sms-sender';
import { SmsOutboxRepository } from './sms-outbox.repository';

/**
 * Sends a text message with the configured sender and keeps a row of it in sms_outbox: the local outbox writes its own
 * (with the code, for admins), a provider's send is recorded as sent or failed with the code masked. A failure is
 * logged with the number masked and swallowed: the caller's answer must not tell whether a message went out.
 */
@Injectable()
export class SmsService {
  private readonly logger = new Logger('Sms');

  constructor(
    private readonly sender: SmsSender,
    private readonly outbox: SmsOutboxRepository,
  ) {}

  get provider() {
    return this.sender.provider;
  }

  async send(message: SmsMessage): Promise<boolean> {
    if (this.sender.provider === 'outbox') {
      await this.sender.send(message);
      return true;
    }
    // the sign-in code is masked in the row; an owner message's values are what the owner was told
    const params: Record<string, string | number> =
      message.template === 'owner_sign_in_code'
        ? { ...message.params, code: '*'.repeat(message.params.code.length) }
        : { ...message.params };
    try {
      const { messageId } = await this.sender.send(message);
      await this.outbox.record({
        message,
        provider: this.sender.provider,
        status: 'sent',
        params,
        providerMessageId: messageId,
      });
      return true;
    } catch (error) {
      const detail = error instanceof SmsSendError ? error.detail : 'unexpected error';
      this.logger.warn(`${this.sender.provider} SMS to ${maskMobile(message.to)} failed: ${detail}`);
      await this.outbox.record({ message, provider: this.sender.provider, status: 'failed', params, error: detail });
      return false;
    }
  }
}
