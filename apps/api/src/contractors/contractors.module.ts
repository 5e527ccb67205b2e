import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ContractorsController } from './contractors.controller';
import { ContractorsRepository } from './contractors.repository';
import { ContractorsService } from './contractors.service';

/** 施工单位: contractor companies and the projects they work on. */
@Module({
  imports: [ProjectsModule],
  controllers: [ContractorsController],
  providers: [ContractorsRepository, ContractorsService],
  exports: [ContractorsRepository],
})
export class ContractorsModule {}
