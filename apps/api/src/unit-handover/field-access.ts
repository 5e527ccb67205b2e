import { HttpStatus } from '@nestjs/common';
import { decideAccess, headWritersOf, type AccessCaller, type BilingualLabel } from '@handover/domain';
import { ApiError } from '../common/api-error';

/** The field records: on-site steps of a unit's handover, payments (finance) and the key ledger (property). */
export type FieldRecordKind = 'handover_step' | 'payment' | 'key';

/**
 * Field records are written by whom the access policy names for the kind: the project's lead, or an assigned
 * department head of the right department. `caller` comes from the project scope check (ProjectAccessService
 * requireInScope). `action` names what is recorded in both languages, for the refusal (FIELD_RECORD_FORBIDDEN).
 */
export function assertMayRecord(caller: AccessCaller, kind: FieldRecordKind, action: BilingualLabel): void {
  if (decideAccess(caller, kind, 'update').allowed) return;
  const heads = headWritersOf(kind, 'update');
  throw new ApiError(HttpStatus.FORBIDDEN, 'FIELD_RECORD_FORBIDDEN', {
    action: action.en,
    actionZh: action.zh,
    writers: heads === 'any' ? 'any department' : Array.isArray(heads) ? heads.join(',') : '',
    role: caller.role,
    department: caller.department ?? 'unknown',
  });
}
