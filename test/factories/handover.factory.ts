import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  HandoverInspectionItemEntity,
  PaymentEntity,
  UnitHandoverEventEntity,
  type PaymentKind,
} from '@handover/database';
import { managerOf, sequence, type Db } from './db';

export interface HandoverEventFixture {
  projectId: string;
  unitId: string;
  step: string;
  at?: Date | string;
  payload?: Record<string, unknown>;
  actor?: string | null;
}

/** A step of a unit's handover history (unit_handover_events); the unit's own state is the test's to set. */
export async function insertHandoverEvent(db: Db, fixture: HandoverEventFixture): Promise<UnitHandoverEventEntity> {
  const manager = managerOf(db);
  const values: Partial<UnitHandoverEventEntity> = {
    projectId: fixture.projectId,
    unitId: fixture.unitId,
    step: fixture.step,
    actor: fixture.actor ?? null,
    payload: fixture.payload ?? {},
    ...(fixture.at === undefined ? {} : { at: new Date(fixture.at) }),
  };
  // jsonb payload: TypeORM's deep-partial type does not take an open record
  const { identifiers } = await manager.insert(
    UnitHandoverEventEntity,
    values as QueryDeepPartialEntity<UnitHandoverEventEntity>,
  );
  return manager.findOneByOrFail(UnitHandoverEventEntity, { id: String(identifiers[0].id) });
}

export interface InspectionItemFixture {
  projectId: string;
  unitId: string;
  /** simple items are fixed on the spot, the others logged for repair */
  simple: boolean;
  description?: string;
  createdAt?: Date | string;
}

export async function insertInspectionItem(
  db: Db,
  fixture: InspectionItemFixture,
): Promise<HandoverInspectionItemEntity> {
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(HandoverInspectionItemEntity, {
    projectId: fixture.projectId,
    unitId: fixture.unitId,
    description: fixture.description ?? '墙面污渍',
    simple: fixture.simple,
    status: fixture.simple ? 'fixed_on_spot' : 'logged_for_repair',
    ...(fixture.createdAt === undefined ? {} : { createdAt: new Date(fixture.createdAt) }),
  });
  return manager.findOneByOrFail(HandoverInspectionItemEntity, { id: identifiers[0].id as string });
}

export interface PaymentFixture {
  projectId: string;
  unitId: string;
  kind: PaymentKind;
  /** negative: a refund (area difference only) */
  amountFen: number;
  receiptNo?: string;
  createdAt?: Date | string;
}

/** A payment with its receipt number (unique in the project when not given). */
export async function insertPayment(db: Db, fixture: PaymentFixture): Promise<PaymentEntity> {
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(PaymentEntity, {
    projectId: fixture.projectId,
    unitId: fixture.unitId,
    kind: fixture.kind,
    amountFen: String(fixture.amountFen),
    receiptNo: fixture.receiptNo ?? `R-${sequence()}`,
    ...(fixture.createdAt === undefined ? {} : { createdAt: new Date(fixture.createdAt) }),
  });
  return manager.findOneByOrFail(PaymentEntity, { id: identifiers[0].id as string });
}
