import { Module } from '@nestjs/common';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { EscalationsModule } from './escalations/escalations.module';
import { FieldModule } from './field/field.module';
import { HealthModule } from './health/health.module';
import { ProjectsModule } from './projects/projects.module';
import { TemporalModule } from './temporal/temporal.module';
import { UsersModule } from './users/users.module';

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
  ],
})
export class AppModule {}
