import { HttpStatus } from '@nestjs/common';
import type { BilingualLabel, Department } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';

/** Which department heads may record an action besides the project lead: some departments, or any assigned head. */
export type FieldWriters = readonly Department[] | 'any department';

/**
 * Field records (handover steps, payments, keys) are written by the project's lead or an assigned department head
 * of the right department. Call after the project scope check, so a department head here is assigned to the project.
 * `action` names what is recorded in both languages, for the refusal (FIELD_RECORD_FORBIDDEN).
 */
export function assertMayRecord(
  user: AuthenticatedUser,
  project: { leadUserId: string },
  writers: FieldWriters,
  action: BilingualLabel,
): void {
  if (user.role === 'project_lead' && project.leadUserId === user.id) return;
  if (
    user.role === 'department_head' &&
    (writers === 'any department' || (user.department !== null && writers.includes(user.department)))
  )
    return;
  throw new ApiError(HttpStatus.FORBIDDEN, 'FIELD_RECORD_FORBIDDEN', {
    action: action.en,
    actionZh: action.zh,
    writers: writers === 'any department' ? writers : writers.join(','),
    role: user.role,
    department: user.department ?? 'unknown',
  });
}
