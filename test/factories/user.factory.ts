import { UserEntity, type UserRole } from '@handover/database';
import type { Department } from '@handover/domain';
import { insertRow, tag, type Db } from './db';

export interface UserFixture {
  role?: UserRole;
  /** required by the schema for a department head; engineering when not given */
  department?: Department | null;
  name?: string;
}

/** A user row (no token: the e2e stack mints tokens through UsersService). Defaults to a project lead. */
export async function insertUser(db: Db, fixture: UserFixture = {}): Promise<UserEntity> {
  const role = fixture.role ?? 'project_lead';
  const department = role === 'department_head' ? (fixture.department ?? 'engineering') : null;
  const name = fixture.name ?? `${role}-${tag()}`;
  return insertRow(db, UserEntity, { role, department, name });
}
