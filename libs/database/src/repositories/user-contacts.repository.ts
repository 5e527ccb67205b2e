import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_LANGUAGE,
  DEFAULT_QUIET_HOURS,
  withDefaultPreferences,
  type ChannelPreferences,
  type ContactAddresses,
  type Language,
  type QuietHours,
} from '@handover/domain';
import { UserContactEntity } from '../entities/user-contact.entity';

/** A person's contacts as the delivery reads them: every field filled, defaults where nothing was set. */
export interface UserContacts extends ContactAddresses {
  userId: string;
  language: Language;
  timeZone: string;
  quietHours: QuietHours;
  preferences: ChannelPreferences;
}

export type UserContactsInput = Omit<UserContacts, 'userId'>;

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** 联系方式与通知偏好: one row per person; a person without a row has the defaults and no external address. */
@Injectable()
export class UserContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(userId: string, manager?: EntityManager): Promise<UserContacts> {
    const row = await (manager ?? this.dataSource.manager).findOneBy(UserContactEntity, { userId });
    return row ? contactsOf(row) : defaultContacts(userId);
  }

  /** The contacts of several people at once, in no particular order; people without a row get the defaults. */
  async findMany(userIds: readonly string[], manager?: EntityManager): Promise<UserContacts[]> {
    if (userIds.length === 0) return [];
    const rows = await (manager ?? this.dataSource.manager)
      .createQueryBuilder(UserContactEntity, 'c')
      .where('c.user_id = ANY(:userIds)', { userIds })
      .getMany();
    const byUser = new Map(rows.map((row) => [row.userId, contactsOf(row)]));
    return userIds.map((userId) => byUser.get(userId) ?? defaultContacts(userId));
  }

  /** Replaces the person's contacts (PUT): what is not given returns to its default. */
  async replace(userId: string, input: UserContactsInput, manager?: EntityManager): Promise<UserContacts> {
    const entity: Omit<UserContactEntity, 'updatedAt'> = {
      userId,
      email: input.email,
      wecomUserId: input.wecomUserId,
      dingtalkUserId: input.dingtalkUserId,
      mobile: input.mobile,
      language: input.language,
      timeZone: input.timeZone,
      quietStart: input.quietHours.start,
      quietEnd: input.quietHours.end,
      preferences: input.preferences,
    };
    await (manager ?? this.dataSource.manager).upsert(UserContactEntity, entity, ['userId']);
    return this.find(userId, manager);
  }
}

function contactsOf(row: UserContactEntity): UserContacts {
  return {
    userId: row.userId,
    email: row.email,
    wecomUserId: row.wecomUserId,
    dingtalkUserId: row.dingtalkUserId,
    mobile: row.mobile,
    language: row.language,
    timeZone: row.timeZone,
    quietHours: { start: row.quietStart, end: row.quietEnd },
    preferences: withDefaultPreferences(row.preferences),
  };
}

export function defaultContacts(userId: string): UserContacts {
  return {
    userId,
    email: null,
    wecomUserId: null,
    dingtalkUserId: null,
    mobile: null,
    language: DEFAULT_LANGUAGE,
    timeZone: DEFAULT_TIME_ZONE,
    quietHours: { ...DEFAULT_QUIET_HOURS },
    preferences: withDefaultPreferences(null),
  };
}
