import { ForbiddenException } from '@nestjs/common';
import type { Department } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** Which department heads may record an action besides the project lead: some departments, or any assigned head. */
export type FieldWriters = readonly Department[] | 'any department';

/**
 * Field records (handover steps, payments, keys) are written by the project's lead or an assigned department head
 * of the right department. Call after the project scope check, so a department head here is assigned to the project.
 */
export function assertMayRecord(
  user: AuthenticatedUser,
  project: { leadUserId: string },
  writers: FieldWriters,
  action: string,
): void {
  if (user.role === 'project_lead' && project.leadUserId === user.id) return;
  if (
    user.role === 'department_head' &&
    (writers === 'any department' || (user.department !== null && writers.includes(user.department)))
  )
    return;
  const who =
    writers === 'any department'
      ? 'the project lead or a department head assigned to the project'
      : `the project lead or the ${writers.join(' or ')} department head`;
  throw new ForbiddenException(`${action} is recorded by ${who}; you are ${describe(user)}.`);
}

function describe(user: AuthenticatedUser): string {
  switch (user.role) {
    case 'department_head':
      return `the ${user.department ?? 'unknown'} department head`;
    case 'project_lead':
      return 'a project lead of another project';
    default:
      return user.role === 'hq' ? 'HQ (read-only here)' : 'an admin (read-only here)';
  }
}
