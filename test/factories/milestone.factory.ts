import { ProjectMilestoneEntity } from '@handover/database';
import type { ApprovalParty, CalendarDate } from '@handover/domain';
import { managerOf, type Db } from './db';

export interface MilestoneFixture {
  projectId: string;
  key: string;
  phase?: string;
  dueDate?: CalendarDate;
  status?: 'pending' | 'open' | 'rework' | 'closed';
  parties?: ApprovalParty[];
  approvedParties?: ApprovalParty[];
}

/** A gate of the read model (project_milestones), as the worker mirrors it: open, signed by engineering. */
export async function insertMilestone(db: Db, fixture: MilestoneFixture): Promise<ProjectMilestoneEntity> {
  const manager = managerOf(db);
  await manager.insert(ProjectMilestoneEntity, {
    projectId: fixture.projectId,
    key: fixture.key,
    phase: fixture.phase ?? 'openDay',
    dueDate: fixture.dueDate ?? '2029-12-01',
    status: fixture.status ?? 'open',
    parties: fixture.parties ?? ['engineering'],
    approvedParties: fixture.approvedParties ?? [],
  });
  return manager.findOneByOrFail(ProjectMilestoneEntity, { projectId: fixture.projectId, key: fixture.key });
}
