import { randomUUID } from 'node:crypto';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ProjectEntity, type ProjectStatus } from '@handover/database';
import { addDays, instantToCalendarDate, type CalendarDate } from '@handover/domain';
import { managerOf, tag, type Db } from './db';
import { insertUser } from './user.factory';

/** A valid launch request (POST /projects); tests override only what matters to them. */
export function launchRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  return {
    cityCompany: '杭州城市公司',
    name: `滨江壹号-${tag()}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 90),
    centralizedDays: 3,
    ...overrides,
  };
}

export interface ProjectFixture {
  id?: string;
  /** a new project lead when not given */
  leadUserId?: string;
  cityCompany?: string;
  name?: string;
  batch?: string;
  firstHandoverDate?: CalendarDate;
  centralizedDays?: number;
  timeZone?: string;
  status?: ProjectStatus;
  currentPhase?: string | null;
  atRisk?: boolean;
  workflowId?: string;
  launchRequest?: Record<string, unknown>;
  snapshot?: Record<string, unknown> | null;
}

/**
 * A project row as the read model holds it, without a workflow (nothing will move it unless the test does): active,
 * in Asia/Shanghai, a unique name.
 */
export async function insertProject(db: Db, fixture: ProjectFixture = {}): Promise<ProjectEntity> {
  const id = fixture.id ?? randomUUID();
  const manager = managerOf(db);
  const values: Partial<ProjectEntity> = {
    id,
    leadUserId: fixture.leadUserId ?? (await insertUser(db, { role: 'project_lead' })).id,
    cityCompany: fixture.cityCompany ?? '杭州城市公司',
    name: fixture.name ?? `项目-${tag()}`,
    batch: fixture.batch ?? '一期',
    firstHandoverDate: fixture.firstHandoverDate ?? '2030-01-10',
    centralizedDays: fixture.centralizedDays ?? 3,
    timeZone: fixture.timeZone ?? 'Asia/Shanghai',
    status: fixture.status ?? 'active',
    currentPhase: fixture.currentPhase ?? null,
    atRisk: fixture.atRisk ?? false,
    workflowId: fixture.workflowId ?? `handover-project-${id}`,
    launchRequest: fixture.launchRequest ?? {},
    snapshot: fixture.snapshot ?? null,
  };
  // jsonb columns: TypeORM's deep-partial type does not take an open record
  await manager.insert(ProjectEntity, values as QueryDeepPartialEntity<ProjectEntity>);
  return manager.findOneByOrFail(ProjectEntity, { id });
}

/** The lead of a project: the default author of the records the factories insert. */
export async function leadOf(db: Db, projectId: string): Promise<string> {
  const [row] = (await managerOf(db).query(`SELECT lead_user_id FROM projects WHERE id = $1`, [projectId])) as {
    lead_user_id: string;
  }[];
  if (!row) throw new Error(`no project ${projectId}`);
  return row.lead_user_id;
}
