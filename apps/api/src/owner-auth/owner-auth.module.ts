import { Module } from '@nestjs/common';
import { Environment } from '@handover/config';
import { OwnerAuthController } from './owner-auth.controller';
import { OwnerAuthRepository } from './owner-auth.repository';
import { OwnerAuthService } from './owner-auth.service';
import { OwnerSecrets } from './owner-secrets';
import { OwnerSessionGuard } from './owner-session.guard';
import { OwnerUnitGuard } from './owner-unit.guard';
import { SmsOutboxController } from './sms-outbox.controller';
import { AliyunSmsSender } from './sms/aliyun-sms-sender';
import { OutboxSmsSender } from './sms/outbox-sms-sender';
import { SmsSender } from './sms/sms-sender';
import { SmsOutboxRepository } from './sms/sms-outbox.repository';
import { SmsService } from './sms/sms.service';
import { TencentSmsSender } from './sms/tencent-sms-sender';

/** The sender SMS_PROVIDER names; the local outbox unless a provider is configured. */
export function smsSenderFor(environment: Environment, outbox: SmsOutboxRepository): SmsSender {
  switch (environment.SMS_PROVIDER) {
    case 'aliyun':
      return new AliyunSmsSender({
        accessKeyId: environment.ALIYUN_SMS_ACCESS_KEY_ID!,
        accessKeySecret: environment.ALIYUN_SMS_ACCESS_KEY_SECRET!,
        signName: environment.ALIYUN_SMS_SIGN_NAME!,
        templateCode: environment.ALIYUN_SMS_TEMPLATE_CODE!,
        apiBase: environment.ALIYUN_SMS_API_BASE,
      });
    case 'tencent':
      return new TencentSmsSender({
        secretId: environment.TENCENT_SMS_SECRET_ID!,
        secretKey: environment.TENCENT_SMS_SECRET_KEY!,
        sdkAppId: environment.TENCENT_SMS_SDK_APP_ID!,
        signName: environment.TENCENT_SMS_SIGN_NAME!,
        templateId: environment.TENCENT_SMS_TEMPLATE_ID!,
        region: environment.TENCENT_SMS_REGION,
        apiBase: environment.TENCENT_SMS_API_BASE,
      });
    default:
      return new OutboxSmsSender(outbox);
  }
}

/** 业主登录 (issue 17 item 1): sign-in by phone number and one-time code, owner sessions, the SMS senders and outbox. */
@Module({
  controllers: [OwnerAuthController, SmsOutboxController],
  providers: [
    OwnerAuthRepository,
    OwnerAuthService,
    OwnerSecrets,
    OwnerSessionGuard,
    OwnerUnitGuard,
    SmsOutboxRepository,
    SmsService,
    { provide: SmsSender, useFactory: smsSenderFor, inject: [Environment, SmsOutboxRepository] },
  ],
  // the owner features' modules (notice, booking, defects, …) guard their routes with these and send SMS through it
  exports: [OwnerAuthRepository, OwnerSessionGuard, OwnerUnitGuard, SmsService],
})
export class OwnerAuthModule {}
