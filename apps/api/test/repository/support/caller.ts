import type { UserEntity } from '@handover/database';
import type { AuthenticatedUser } from '../../../src/auth/authenticated-user';

/** The user row as the guard resolves it from a token: what the repositories' scopes take. */
export const caller = (user: UserEntity): AuthenticatedUser => ({
  id: user.id,
  name: user.name,
  role: user.role,
  department: user.department as AuthenticatedUser['department'],
});
