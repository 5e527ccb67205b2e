import { Module } from '@nestjs/common';
import { OwnerAuthModule } from '../owner-auth/owner-auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { HandoverNoticeSmsController, OwnerMessagePreferencesController } from './owner-messages.controller';
import { OwnerMessagesRepository } from './owner-messages.repository';
import { OwnerMessagesService } from './owner-messages.service';

/**
 * 业主短信 (issue 17 item 3): the owner messages queued by bookings, objection replies, repair visits and the lead's
 * notice send, the owners' 消息设置; sent by the worker (apps/worker/src/owner-messages).
 */
@Module({
  imports: [OwnerAuthModule, ProjectsModule],
  controllers: [OwnerMessagePreferencesController, HandoverNoticeSmsController],
  providers: [OwnerMessagesRepository, OwnerMessagesService],
  // bookings, complaints and warranty visits queue their messages in their own transactions
  exports: [OwnerMessagesService],
})
export class OwnerMessagesModule {}
