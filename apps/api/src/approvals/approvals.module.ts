import { Module } from '@nestjs/common';
import { ApprovalInboxRepository } from './approval-inbox.repository';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';

@Module({ controllers: [ApprovalsController], providers: [ApprovalInboxRepository, ApprovalsService] })
export class ApprovalsModule {}
