import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { KeysController } from './keys.controller';
import { KeysRepository } from './keys.repository';
import { KeysService } from './keys.service';

/** The key ledger (钥匙台账): keys, transfers, loans, entrustment letters; the unit handover hands keys over through it. */
@Module({
  imports: [ProjectsModule],
  controllers: [KeysController],
  providers: [KeysRepository, KeysService],
  exports: [KeysService],
})
export class KeysModule {}
