import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { CsvBodyMiddleware } from './csv-body.middleware';
import { UnitsController } from './units.controller';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

/** 户: the homes of a project, imported from the unit list. */
@Module({
  imports: [ProjectsModule],
  controllers: [UnitsController],
  providers: [UnitsRepository, UnitsService],
  exports: [UnitsRepository],
})
export class UnitsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'projects/:id/units/import', method: RequestMethod.POST });
  }
}
