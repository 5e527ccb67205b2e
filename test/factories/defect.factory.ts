import { DefectEntity, type DefectCategory, type DefectSource, type DefectStatus } from '@handover/database';
import type { CalendarDate } from '@handover/domain';
import { insertRow, type Db } from './db';
import { leadOf } from './project.factory';

export interface DefectFixture {
  projectId: string;
  /** the project's lead when not given */
  createdBy?: string;
  /** in a unit, or else in a public area (大堂 when neither is given) */
  unitId?: string | null;
  publicArea?: string | null;
  source?: DefectSource;
  category?: DefectCategory;
  trade?: string;
  description?: string;
  status?: DefectStatus;
  responsibleParty?: string | null;
  deadline?: CalendarDate | null;
  deferredUntil?: CalendarDate | null;
  /** given with deferredUntil when not stated */
  deferralReason?: string | null;
  /** given for a closed non-quality item when not stated (the schema requires the owner's reply) */
  ownerReply?: string | null;
  createdAt?: Date | string;
  updatedAt?: Date | string;
  /** now for a verified or cannot-fix defect when not given */
  closedAt?: Date | string | null;
}

const CLOSED: readonly DefectStatus[] = ['verified', 'cannot_fix'];
const date = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value));

/** 问题项: an open quality defect in the lobby, found at the open day, unless the test says otherwise. */
export async function insertDefect(db: Db, fixture: DefectFixture): Promise<DefectEntity> {
  const status = fixture.status ?? 'open';
  const category = fixture.category ?? 'quality';
  const unitId = fixture.unitId ?? null;
  const closed = CLOSED.includes(status);
  return insertRow(db, DefectEntity, {
    projectId: fixture.projectId,
    createdBy: fixture.createdBy ?? (await leadOf(db, fixture.projectId)),
    unitId,
    publicArea: fixture.publicArea ?? (unitId ? null : '大堂'),
    source: fixture.source ?? 'open_day',
    category,
    trade: fixture.trade ?? '土建',
    description: fixture.description ?? '地面空鼓',
    status,
    responsibleParty: fixture.responsibleParty ?? null,
    deadline: fixture.deadline ?? null,
    deferredUntil: fixture.deferredUntil ?? null,
    deferralReason: fixture.deferralReason ?? (fixture.deferredUntil ? '待材料到货' : null),
    ownerReply: fixture.ownerReply ?? (category === 'non_quality' && closed ? '已答复业主' : null),
    explanation: status === 'cannot_fix' ? '结构原因' : null,
    compensationPlan: status === 'cannot_fix' ? '补偿物业费一年' : null,
    closedAt:
      fixture.closedAt === undefined ? (closed ? new Date() : null) : fixture.closedAt && new Date(fixture.closedAt),
    createdAt: date(fixture.createdAt),
    updatedAt: date(fixture.updatedAt),
  });
}
