import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { SurveysController } from './surveys.controller';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';

/** 满意度调查: dimensions, owners' answers, experience-gap analysis (seed 003). */
@Module({
  imports: [ProjectsModule],
  controllers: [SurveysController],
  providers: [SurveysRepository, SurveysService],
  exports: [SurveysRepository, SurveysService],
})
export class SurveysModule {}
