import { decideAccess, type AccessAction, type Department, type RecordKind } from '@handover/domain';
import type { CurrentUser } from '../../auth/roles';

/**
 * May the signed-in user do `action` to a record of `kind` in the project on screen, as the API's access policy
 * (libs/domain) decides? Used to show only the buttons that would be accepted; the API checks again regardless. The
 * screen is shown only in the project's scope (the API answered its queries), so a lead is its lead and a head is
 * assigned to it.
 */
export function mayDo(
  user: Pick<CurrentUser, 'role' | 'department'>,
  kind: RecordKind,
  action: AccessAction,
  subject: { department?: Department } = {},
): boolean {
  const relation = user.role === 'project_lead' ? 'lead' : user.role === 'department_head' ? 'assigned' : 'none';
  return decideAccess(
    { role: user.role, department: (user.department as Department | null) ?? null, relation },
    kind,
    action,
    subject,
  ).allowed;
}
