import { Module } from '@nestjs/common';
import { Environment } from '@handover/config';
import { OwnerAuthController } from './owner-auth.controller';
import { OwnerAuthRepository } from './owner-auth.repository';
import { OwnerAuthService } from './owner-auth.service';
import { OwnerSecrets } from './owner-secrets';
import { OwnerSessionGuard } from './owner-session.guard';
import { OwnerUnitGuard } from './owner-unit.guard';
import { SmsOutboxController } from './sms-outbox.controller';
import { SmsSender } from './sms/sms-sender';
import { smsSenderFor } from './sms/sms-sender-for';
import { SmsOutboxRepository } from './sms/sms-outbox.repository';
import { SmsService } from './sms/sms.service';

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
