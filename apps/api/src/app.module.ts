import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BriefingsModule } from './briefings/briefings.module';
import { CasesModule } from './cases/cases.module';
import { ContractorsModule } from './contractors/contractors.module';
import { DefectReportsModule } from './defect-reports/defect-reports.module';
import { DefectAlertsModule } from './defect-alerts/defect-alerts.module';
import { WarrantyModule } from './warranty/warranty.module';
import { EscalationsModule } from './escalations/escalations.module';
import { FieldModule } from './field/field.module';
import { HealthModule } from './health/health.module';
import { HqModule } from './hq/hq.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OwnerAfterHandoverModule } from './owner-after-handover/owner-after-handover.module';
import { OwnerAuthModule } from './owner-auth/owner-auth.module';
import { OwnerDefectsModule } from './owner-defects/owner-defects.module';
import { OwnerDocumentsModule } from './owner-documents/owner-documents.module';
import { OwnerHandoverModule } from './owner-handover/owner-handover.module';
import { OwnerMessagesModule } from './owner-messages/owner-messages.module';
import { ProjectsModule } from './projects/projects.module';
import { SummariesModule } from './summaries/summaries.module';
import { SurveysModule } from './surveys/surveys.module';
import { TemporalModule } from './temporal/temporal.module';
import { UsersModule } from './users/users.module';
import { WebConsoleModule } from './web-console/web-console.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    TemporalModule,
    AuditModule,
    AuthModule,
    UsersModule,
    HealthModule,
    ProjectsModule,
    ApprovalsModule,
    EscalationsModule,
    FieldModule,
    ContractorsModule,
    DefectReportsModule,
    DefectAlertsModule,
    WarrantyModule,
    SummariesModule,
    SurveysModule,
    CasesModule,
    BriefingsModule,
    HqModule,
    NotificationsModule,
    OwnerAuthModule,
    OwnerDefectsModule,
    OwnerHandoverModule,
    OwnerAfterHandoverModule,
    OwnerDocumentsModule,
    OwnerMessagesModule,
    WebConsoleModule,
  ],
})
export class AppModule {}
