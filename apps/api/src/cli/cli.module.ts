import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from '@handover/config/nest';
import { DatabaseModule } from '@handover/database/nest';
import { UserEntity } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import { TokenService } from '../auth/token.service';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';

/** What the command-line tools need: users, tokens, audit; no HTTP, no Temporal. */
@Module({
  imports: [ConfigModule, DatabaseModule, JwtModule.register({}), TypeOrmModule.forFeature([UserEntity])],
  providers: [TokenService, UsersRepository, UsersService, AuditService],
})
export class CliModule {}
