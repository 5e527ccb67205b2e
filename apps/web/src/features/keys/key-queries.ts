import { headWritersOf } from '@handover/domain';
import type { CurrentUser } from '../../auth/roles';
import type { components } from '../../api/schema';
import { keys as keyWords } from '../../i18n/messages/keys';

export type Key = components['schemas']['KeyDto'];
export type KeyKind = Key['kind'];
export type KeyHolder = Key['holder'];
/** A key with its holder history (GET …/keys/{keyId}), movements oldest first. */
export type KeyDetail = components['schemas']['KeyDetailDto'];
export type KeyMovement = components['schemas']['KeyMovementDto'];

/** React Query keys of the ledger: every write refreshes the whole ledger (list, overdue loans, a key's history). */
export const ledgerKeys = {
  all: (projectId: string) => ['keys', projectId] as const,
  list: (projectId: string, query: object) => ['keys', projectId, 'list', query] as const,
  overdue: (projectId: string) => ['keys', projectId, 'overdue'] as const,
  detail: (projectId: string, keyId: string) => ['keys', projectId, 'detail', keyId] as const,
};

export const CUSTODY_COLOURS: Record<Key['custody'], string> = {
  with_contractor: 'default',
  with_property: 'blue',
  on_loan: 'orange',
  with_owner: 'green',
  entrusted: 'purple',
  entrusted_on_loan: 'magenta',
};

export const KEY_KINDS: readonly KeyKind[] = [
  'unit_door',
  'mailbox',
  'entrance_door',
  'equipment_room',
  'management_room',
];
export const HOLDERS: readonly KeyHolder[] = ['contractor', 'property', 'owner'];

/**
 * Who keeps the ledger, as the API's access policy says (the record kind `key`): the project lead and the heads of
 * the departments named there (物业). Others only read; the API refuses their writes anyway.
 */
export function mayKeepLedger(user: Pick<CurrentUser, 'role' | 'department'>): boolean {
  if (user.role === 'project_lead') return true;
  if (user.role !== 'department_head') return false;
  const heads = headWritersOf('key', 'update');
  return Array.isArray(heads) && user.department !== null && (heads as readonly string[]).includes(user.department);
}

/**
 * The tag written on a key: the unit's address, the kind and a number, e.g. 3#-1-1201-户门-1. Always in Chinese, the
 * language of the physical tags, whatever language the console shows.
 */
export function keyLabel(address: string, kind: KeyKind, index: number): string {
  return `${address}-${keyWords['zh-CN'].kind[kind]}-${index}`;
}
