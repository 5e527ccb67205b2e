import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { NotificationsController } from './notifications.controller';

/** Contacts and preferences, the notification centre and the admin's delivery list (issue 15). */
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [ContactsController, NotificationsController],
  providers: [ContactsService],
})
export class NotificationsModule {}
