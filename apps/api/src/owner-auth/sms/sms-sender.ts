import type { OwnerMessage, OwnerMessageKind, OwnerMessageParams } from '@handover/domain';

/**
 * The text messages the product sends (短信模板): the owner's sign-in code, and the owner messages (业主短信: notice,
 * booking reminder, objection reply, repair visit; libs/domain owner-messages).
 */
export type SmsTemplate = 'owner_sign_in_code' | OwnerMessageKind;

/** Each template's values: the sign-in code's `code` (six digits) and `minutes` (how long it lasts); the owner messages'. */
export interface SmsTemplateParams extends OwnerMessageParams {
  owner_sign_in_code: { code: string; minutes: number };
}

export type SmsMessage = {
  [T in SmsTemplate]: {
    /** a mainland mobile number, 11 digits */
    to: string;
    template: T;
    params: SmsTemplateParams[T];
  };
}[SmsTemplate];

/** An owner message (not the sign-in code) as the domain's texts take it. */
export function ownerMessageOf(message: Exclude<SmsMessage, { template: 'owner_sign_in_code' }>): OwnerMessage {
  return { kind: message.template, params: message.params } as OwnerMessage;
}

/** The approved template of each owner message at a provider (阿里云 SMS_xxx, 腾讯云 numeric id); unset = not sent. */
export type OwnerMessageTemplateIds = Partial<Record<OwnerMessageKind, string>>;

export type SmsProvider = 'outbox' | 'aliyun' | 'tencent';

export interface SmsSendResult {
  /** the provider's id of the message (阿里云 BizId, 腾讯云 SerialNo); the outbox row's id for the local outbox */
  messageId: string | null;
}

/**
 * A provider refused the message or could not be reached; `detail` never holds the number or the code. `permanent`: no
 * retry can help (no template configured for the message).
 */
export class SmsSendError extends Error {
  constructor(
    readonly provider: SmsProvider,
    readonly detail: string,
    readonly permanent = false,
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
