import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

/** 案例库: typical design defects, common quality problems and typical complaints, shared across projects. */
@Module({
  imports: [ProjectsModule],
  controllers: [CasesController],
  providers: [CasesRepository, CasesService],
  exports: [CasesService],
})
export class CasesModule {}
