import { Module } from '@nestjs/common';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

/** 升级: the list HQ works from (the shared EscalationsRepository comes from the global DatabaseModule). */
@Module({ controllers: [EscalationsController], providers: [EscalationsService] })
export class EscalationsModule {}
