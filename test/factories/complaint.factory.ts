import { ComplaintEntity, type ComplaintSeverity, type ComplaintStatus } from '@handover/database';
import { managerOf, type Db } from './db';
import { leadOf } from './project.factory';

export interface ComplaintFixture {
  projectId: string;
  /** the project's lead when not given */
  createdBy?: string;
  unitId?: string | null;
  subject?: string;
  description?: string;
  /** now when not given */
  receivedAt?: Date | string;
  severity?: ComplaintSeverity;
  /** replied when repliedAt is given, accepted when a reply deadline is, received otherwise */
  status?: ComplaintStatus;
  /** two days after receipt for an accepted complaint when not given (the schema requires one) */
  replyDeadline?: Date | string | null;
  repliedAt?: Date | string | null;
  replyContent?: string | null;
}

const HOURS_48 = 48 * 3_600_000;

/** 交付异议/投诉: a normal complaint about the parking spaces, just received, unless the test says otherwise. */
export async function insertComplaint(db: Db, fixture: ComplaintFixture): Promise<ComplaintEntity> {
  const manager = managerOf(db);
  const receivedAt = new Date(fixture.receivedAt ?? Date.now());
  const status: ComplaintStatus =
    fixture.status ?? (fixture.repliedAt ? 'replied' : fixture.replyDeadline ? 'accepted' : 'received');
  const replyDeadline =
    fixture.replyDeadline === undefined
      ? status === 'received'
        ? null
        : new Date(receivedAt.getTime() + HOURS_48)
      : fixture.replyDeadline && new Date(fixture.replyDeadline);
  const repliedAt =
    fixture.repliedAt === undefined
      ? status === 'replied'
        ? new Date()
        : null
      : fixture.repliedAt && new Date(fixture.repliedAt);
  const { identifiers } = await manager.insert(ComplaintEntity, {
    projectId: fixture.projectId,
    createdBy: fixture.createdBy ?? (await leadOf(db, fixture.projectId)),
    unitId: fixture.unitId ?? null,
    subject: fixture.subject ?? '车位',
    description: fixture.description ?? '业主异议',
    receivedAt,
    severity: fixture.severity ?? 'normal',
    status,
    replyDeadline,
    acceptedAt: status === 'received' ? null : receivedAt,
    repliedAt,
    replyContent: fixture.replyContent ?? (status === 'replied' ? '已答复' : null),
  });
  return manager.findOneByOrFail(ComplaintEntity, { id: identifiers[0].id as string });
}
