import { Module } from '@nestjs/common';
import { HqController } from './hq.controller';
import { HqService } from './hq.service';

/** 集团交付中心: the daily roll-up across every active project. */
@Module({
  controllers: [HqController],
  providers: [HqService],
})
export class HqModule {}
