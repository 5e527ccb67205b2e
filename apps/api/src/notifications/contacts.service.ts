import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { defaultContacts, UserContactsRepository, type UserContacts } from '@handover/database';
import { withDefaultPreferences } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { UsersRepository } from '../users/users.repository';
import type { PutContactsDto } from './dto/contacts.dto';

const CONTACT_FIELDS = [
  'email',
  'wecomUserId',
  'dingtalkUserId',
  'mobile',
  'language',
  'timeZone',
  'quietHours',
  'preferences',
] as const;

/** 联系方式与通知偏好: a person reads and replaces their own; an admin anyone's. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: UserContactsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async get(caller: AuthenticatedUser, userId: string): Promise<UserContacts> {
    await this.assertMayManage(caller, userId);
    return this.contacts.find(userId);
  }

  async replace(caller: AuthenticatedUser, userId: string, dto: PutContactsDto): Promise<UserContacts> {
    await this.assertMayManage(caller, userId);
    const defaults = defaultContacts(userId);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.contacts.find(userId, manager);
      const after = await this.contacts.replace(
        userId,
        {
          email: dto.email ?? null,
          wecomUserId: dto.wecomUserId ?? null,
          dingtalkUserId: dto.dingtalkUserId ?? null,
          mobile: dto.mobile ?? null,
          language: dto.language ?? defaults.language,
          timeZone: dto.timeZone ?? defaults.timeZone,
          quietHours: dto.quietHours ? { start: dto.quietHours.start, end: dto.quietHours.end } : defaults.quietHours,
          preferences: withDefaultPreferences(dto.preferences),
        },
        manager,
      );
      // The audit names what changed, not the addresses themselves (personal data stays in one table).
      const changed = CONTACT_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
      await this.audit.record(
        { actor: caller, action: 'user.contacts', entityType: 'user', entityId: userId, after: { changed } },
        manager,
      );
      return after;
    });
  }

  private async assertMayManage(caller: AuthenticatedUser, userId: string): Promise<void> {
    if (caller.id !== userId && caller.role !== 'admin') throw new ApiError(HttpStatus.FORBIDDEN, 'CONTACTS_FORBIDDEN');
    if (!(await this.users.findById(userId))) throw new ApiError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', { userId });
  }
}
