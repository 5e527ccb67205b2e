import { Module } from '@nestjs/common';
import { OwnerAuthModule } from '../owner-auth/owner-auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { OwnerDocumentsController, ProjectDocumentsController } from './owner-documents.controller';
import { OwnerDocumentsRepository } from './owner-documents.repository';
import { OwnerDocumentsService } from './owner-documents.service';

/** 签字确认 and the handover documents as PDF (issue 17): the owner's signatures, downloads, the building print. */
@Module({
  imports: [OwnerAuthModule, ProjectsModule],
  controllers: [OwnerDocumentsController, ProjectDocumentsController],
  providers: [OwnerDocumentsRepository, OwnerDocumentsService],
})
export class OwnerDocumentsModule {}
