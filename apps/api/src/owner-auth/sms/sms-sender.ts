/** The text messages the product sends (短信模板): for now the owner's sign-in code. */
export type SmsTemplate = 'owner_sign_in_code';

export interface SmsMessage {
  /** a mainland mobile number, 11 digits */
  to: string;
  template: SmsTemplate;
  /** the template's values: `code` (six digits) and `minutes` (how long it lasts) */
  params: { code: string; minutes: number };
}

export type SmsProvider = 'outbox' | 'aliyun' | 'tencent';

export interface SmsSendResult {
  /** the provider's id of the message (阿里云 BizId, 腾讯云 SerialNo); the outbox row's id for the local outbox */
  messageId: string | null;
}

/** A provider refused the message or could not be reached; `detail` never holds the number or the code. */
export class SmsSendError extends Error {
  constructor(
    readonly provider: SmsProvider,
    readonly detail: string,
  ) {
    super(`${provider} SMS: ${detail}`);
  }
}

/**
 * Sends one text message (短信). One adapter per provider: 阿里云短信服务 and 腾讯云短信 through their official SDKs, and the
 * local outbox admins read in the console when no provider is configured. Bound in OwnerAuthModule from SMS_PROVIDER.
 * Implementations never log the number or the code.
 */
export abstract class SmsSender {
  abstract readonly provider: SmsProvider;
  abstract send(message: SmsMessage): Promise<SmsSendResult>;
}
