import { Module } from '@nestjs/common';
import { ComplaintsModule } from '../complaints/complaints.module';
import { DefectsModule } from '../defects/defects.module';
import { OwnerAuthModule } from '../owner-auth/owner-auth.module';
import { OwnerDefectsController } from './owner-defects.controller';

/** 我的问题 and 异议 of the owner app (issue 17): the unit's defects and objections through their own modules. */
@Module({
  imports: [OwnerAuthModule, DefectsModule, ComplaintsModule],
  controllers: [OwnerDefectsController],
})
export class OwnerDefectsModule {}
