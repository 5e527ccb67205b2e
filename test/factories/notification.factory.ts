import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationEventEntity } from '@handover/database';
import { managerOf, tag, type Db } from './db';

export interface NotificationFixture {
  projectId: string;
  kind?: 'reminder' | 'escalation';
  key?: string;
  /** `user:<id>`, `role:<role>`; HQ when not given */
  recipients?: string[];
  payload?: Record<string, unknown>;
  createdAt?: Date | string;
}

/** A row of the notification outbox, as a reminder or an escalation of the timeline leaves it. */
export async function insertNotification(db: Db, fixture: NotificationFixture): Promise<NotificationEventEntity> {
  const manager = managerOf(db);
  const kind = fixture.kind ?? 'reminder';
  const values: Partial<NotificationEventEntity> = {
    projectId: fixture.projectId,
    kind,
    key: fixture.key ?? `${kind}-${tag()}`,
    recipients: fixture.recipients ?? ['role:hq'],
    payload: fixture.payload ?? {},
    ...(fixture.createdAt === undefined ? {} : { createdAt: new Date(fixture.createdAt) }),
  };
  // jsonb payload: TypeORM's deep-partial type does not take an open record
  const { identifiers } = await manager.insert(
    NotificationEventEntity,
    values as QueryDeepPartialEntity<NotificationEventEntity>,
  );
  return manager.findOneByOrFail(NotificationEventEntity, { id: String(identifiers[0].id) });
}
