import { KeyEntity, KeyMovementEntity, type KeyHolder, type KeyKind, type KeyMovementKind } from '@handover/database';
import { managerOf, sequence, type Db } from './db';

export interface KeyFixture {
  projectId: string;
  /** null: a key of a public room */
  unitId?: string | null;
  kind?: KeyKind;
  /** unique within the test file when not given */
  label?: string;
  holder?: KeyHolder;
}

/** A key of the key ledger (钥匙台账), with the contractor unless the test says otherwise. */
export async function insertKey(db: Db, fixture: KeyFixture): Promise<KeyEntity> {
  const manager = managerOf(db);
  const unitId = fixture.unitId ?? null;
  const { identifiers } = await manager.insert(KeyEntity, {
    projectId: fixture.projectId,
    unitId,
    kind: fixture.kind ?? (unitId ? 'unit_door' : 'equipment_room'),
    label: fixture.label ?? `钥匙-${sequence()}`,
    holder: fixture.holder ?? 'contractor',
  });
  return manager.findOneByOrFail(KeyEntity, { id: identifiers[0].id as string });
}

export interface KeyMovementFixture {
  projectId: string;
  keyId: string;
  kind: KeyMovementKind;
  fromHolder: KeyHolder;
  toHolder: KeyHolder;
  by?: string | null;
  at?: Date | string;
  /** loans: 维修班组 when not given */
  borrower?: string | null;
  /** loans: the end of the day when not given */
  dueBackAt?: Date | string | null;
  /** entrustments and their returns: a letter number when not given */
  letterNo?: string | null;
  returnedAt?: Date | string | null;
}

/** One change of a key's holder as the ledger records it (the key row's holder is the test's to set). */
export async function insertKeyMovement(db: Db, fixture: KeyMovementFixture): Promise<KeyMovementEntity> {
  const manager = managerOf(db);
  const loan = fixture.kind === 'loan';
  const lettered = fixture.kind === 'entrustment' || fixture.kind === 'entrustment_return';
  const at = fixture.at === undefined ? new Date() : new Date(fixture.at);
  const endOfDay = new Date(at);
  endOfDay.setUTCHours(23, 59, 59, 999);
  const { identifiers } = await manager.insert(KeyMovementEntity, {
    projectId: fixture.projectId,
    keyId: fixture.keyId,
    kind: fixture.kind,
    fromHolder: fixture.fromHolder,
    toHolder: fixture.toHolder,
    by: fixture.by ?? null,
    at,
    borrower: fixture.borrower ?? (loan ? '维修班组' : null),
    dueBackAt:
      fixture.dueBackAt === undefined ? (loan ? endOfDay : null) : fixture.dueBackAt && new Date(fixture.dueBackAt),
    letterNo: fixture.letterNo ?? (lettered ? `WT-${sequence()}` : null),
    returnedAt: fixture.returnedAt == null ? null : new Date(fixture.returnedAt),
  });
  return manager.findOneByOrFail(KeyMovementEntity, { id: identifiers[0].id as string });
}
