import type { Environment } from '@handover/config';
import { AliyunSmsSender } from './aliyun-sms-sender';
import { OutboxSmsSender } from './outbox-sms-sender';
import type { SmsSender } from './sms-sender';
import type { SmsOutboxRepository } from './sms-outbox.repository';
import { TencentSmsSender } from './tencent-sms-sender';

/**
 * The sender SMS_PROVIDER names; the local outbox unless a provider is configured. Framework-free, so the API (sign-in
 * codes) and the worker (owner messages, apps/worker/src/owner-messages) build the same sender from the same variables.
 */
export function smsSenderFor(environment: Environment, outbox: SmsOutboxRepository): SmsSender {
  switch (environment.SMS_PROVIDER) {
    case 'aliyun':
      return new AliyunSmsSender({
        accessKeyId: environment.ALIYUN_SMS_ACCESS_KEY_ID!,
        accessKeySecret: environment.ALIYUN_SMS_ACCESS_KEY_SECRET!,
        signName: environment.ALIYUN_SMS_SIGN_NAME!,
        templateCode: environment.ALIYUN_SMS_TEMPLATE_CODE!,
        ownerTemplateCodes: {
          handover_notice: environment.ALIYUN_SMS_TEMPLATE_HANDOVER_NOTICE,
          booking_reminder: environment.ALIYUN_SMS_TEMPLATE_BOOKING_REMINDER,
          objection_reply: environment.ALIYUN_SMS_TEMPLATE_OBJECTION_REPLY,
          repair_visit: environment.ALIYUN_SMS_TEMPLATE_REPAIR_VISIT,
        },
        apiBase: environment.ALIYUN_SMS_API_BASE,
      });
    case 'tencent':
      return new TencentSmsSender({
        secretId: environment.TENCENT_SMS_SECRET_ID!,
        secretKey: environment.TENCENT_SMS_SECRET_KEY!,
        sdkAppId: environment.TENCENT_SMS_SDK_APP_ID!,
        signName: environment.TENCENT_SMS_SIGN_NAME!,
        templateId: environment.TENCENT_SMS_TEMPLATE_ID!,
        ownerTemplateIds: {
          handover_notice: environment.TENCENT_SMS_TEMPLATE_ID_HANDOVER_NOTICE,
          booking_reminder: environment.TENCENT_SMS_TEMPLATE_ID_BOOKING_REMINDER,
          objection_reply: environment.TENCENT_SMS_TEMPLATE_ID_OBJECTION_REPLY,
          repair_visit: environment.TENCENT_SMS_TEMPLATE_ID_REPAIR_VISIT,
        },
        region: environment.TENCENT_SMS_REGION,
        apiBase: environment.TENCENT_SMS_API_BASE,
      });
    default:
      return new OutboxSmsSender(outbox);
  }
}
