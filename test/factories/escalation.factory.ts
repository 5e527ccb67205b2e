import { ESCALATION_RECORD_KIND_OF, EscalationEntity, type EscalationKind } from '@handover/database';
import type { CalendarDate } from '@handover/domain';
import { managerOf, tag, type Db } from './db';

export interface EscalationFixture {
  projectId: string;
  kind: EscalationKind;
  key?: string;
  /** the gate, for milestone and at-risk escalations */
  milestoneKey?: string | null;
  /** the defect or complaint, for record escalations (record_kind follows from the kind) */
  recordId?: string | null;
  dueDate?: CalendarDate;
  message?: string;
  raisedAt?: Date | string;
  resolvedAt?: Date | string | null;
}

/** An escalation row as the timeline or a record leaves it; open unless `resolvedAt` is given. */
export async function insertEscalation(db: Db, fixture: EscalationFixture): Promise<EscalationEntity> {
  const manager = managerOf(db);
  const key = fixture.key ?? `${fixture.kind}-${tag()}`;
  const resolvedAt = fixture.resolvedAt == null ? null : new Date(fixture.resolvedAt);
  // raised now unless stated, and never after it was resolved (escalations_resolved_after_raised)
  const raisedAt =
    fixture.raisedAt !== undefined
      ? new Date(fixture.raisedAt)
      : new Date(Math.min(Date.now(), resolvedAt?.getTime() ?? Infinity));
  const { identifiers } = await manager.insert(EscalationEntity, {
    projectId: fixture.projectId,
    key,
    kind: fixture.kind,
    milestoneKey: fixture.milestoneKey ?? null,
    recordKind: ESCALATION_RECORD_KIND_OF[fixture.kind] ?? null,
    recordId: fixture.recordId ?? null,
    dueDate: fixture.dueDate ?? '2029-12-01',
    message: fixture.message ?? `${fixture.kind} of ${key}`,
    raisedAt,
    resolvedAt,
  });
  return manager.findOneByOrFail(EscalationEntity, { id: identifiers[0].id as string });
}
