import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  deadlineSetSignal,
  deadlineWatcherWorkflowId,
  PROJECT_DEADLINE_WATCHER_WORKFLOW,
  type DeadlineWatcherInput,
} from '@handover/contracts';
import {
  ContractorCompanyEntity,
  DeadlineRecordsRepository,
  EscalationsRepository,
  NotificationEventsRepository,
  UserEntity,
} from '@handover/database';
import { defectEscalationStepAt, instantToCalendarDate } from '@handover/domain';
import { DeadlineActivitiesService } from '../../src/activities/deadline.activities';
import { insertDefect, insertProject, insertRow, tag } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { createTimeSkippingEnv, workflowBundle } from '../../../../workflows/test/support/workflow-test-env';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The project deadline watcher on the time-skipping server with its real activity against PostgreSQL: the workflow
 * is unchanged, and sleeps until the next level the activity answers, so an overdue defect climbs its ladder
 * (整改逾期升级阶梯) at each level's instant, once per level, across a worker replaced mid-way and continue-as-new.
 */
describe('projectDeadlineWatcherWorkflow climbs the defect escalation ladder (time-skipping, real PostgreSQL)', () => {
  const db = useRepositoryDatabase();
  let env: TestWorkflowEnvironment;
  let activities: DeadlineActivitiesService;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    activities = new DeadlineActivitiesService(
      db.dataSource,
      new DeadlineRecordsRepository(),
      new EscalationsRepository(db.dataSource),
      new NotificationEventsRepository(db.dataSource),
    );
  });
  afterAll(async () => {
    await env?.teardown();
  });

  /** No sticky cache: a replaced worker's successor gets the next task at once, replaying the history. */
  const newWorker = async (taskQueue: string) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: activities.bind(),
      maxCachedWorkflows: 0,
    });
  const sleepUntil = async (instant: number) => {
    const now = await env.currentTimeMs();
    if (instant > now) await env.sleep(instant - now);
  };
  /** The defect's escalation events: level and the workflow time the activity raised it at. */
  const levelsOf = async (projectId: string, defectId: string): Promise<{ level: number; at: number }[]> =>
    (
      await db.dataSource.query(
        `SELECT payload FROM notification_events WHERE project_id = $1 AND payload ->> 'recordId' = $2
          ORDER BY created_at, id`,
        [projectId, defectId],
      )
    ).map(({ payload }: { payload: { level: number; at: string } }) => ({
      level: payload.level,
      at: Date.parse(payload.at),
    }));

  it('climbs 1→4 at the instants, stops for a fixed defect, and repeats nothing when its worker is replaced', async () => {
    const zone = 'Asia/Shanghai';
    const deadline = instantToCalendarDate(await env.currentTimeMs(), zone); // overdue from 00:00 tomorrow
    const levelAt = (afterDays: number) => defectEscalationStepAt(deadline, zone, afterDays);
    const project = await insertProject(db.dataSource, { timeZone: zone });
    const company = await insertRow(db.dataSource, ContractorCompanyEntity, {
      name: `总包-${tag()}`,
      kind: 'general_contractor',
    });
    await insertRow(db.dataSource, UserEntity, {
      name: `施工员-${tag()}`,
      role: 'contractor',
      contractorCompanyId: company.id,
    });
    const [climbing, fixedLater] = await Promise.all(
      ['水电', '土建'].map((trade) =>
        insertDefect(db.dataSource, { projectId: project.id, trade, status: 'assigned', deadline }),
      ),
    );
    await db.dataSource.query(`UPDATE defects SET contractor_company_id = $1 WHERE project_id = $2`, [
      company.id,
      project.id,
    ]);

    const taskQueue = `deadline-ladder-${randomUUID()}`;
    const first = await newWorker(taskQueue);
    const handle = await first.runUntil(async () => {
      const started = await env.client.workflow.signalWithStart(PROJECT_DEADLINE_WATCHER_WORKFLOW, {
        taskQueue,
        workflowId: deadlineWatcherWorkflowId(project.id),
        args: [{ projectId: project.id, roundsPerRun: 10 } satisfies DeadlineWatcherInput],
        signal: deadlineSetSignal,
        signalArgs: [{ at: new Date(levelAt(0)).toISOString() }],
      });
      await sleepUntil(levelAt(2) + HOUR);
      return started;
    });
    expect((await levelsOf(project.id, climbing.id)).map((event) => event.level)).toEqual([1, 2]);

    // The first worker is gone; the second replays the history and goes on. The other defect is fixed after level 2.
    await db.dataSource.query(`UPDATE defects SET status = 'fixed' WHERE id = $1`, [fixedLater.id]);
    const second = await newWorker(taskQueue);
    await second.runUntil(() => handle.result()); // it ends once nothing is ahead: HQ reached, the other fixed

    const climbed = await levelsOf(project.id, climbing.id);
    expect(climbed.map((event) => event.level)).toEqual([1, 2, 3, 4]);
    const instants = [levelAt(0), levelAt(2), levelAt(5), levelAt(10)];
    climbed.forEach(({ at }, index) => {
      expect(at).toBeGreaterThanOrEqual(instants[index]);
      expect(at - instants[index]).toBeLessThan(MINUTE);
    });
    expect((await levelsOf(project.id, fixedLater.id)).map((event) => event.level)).toEqual([1, 2]);
    // It ran more rounds than one run holds: continue-as-new kept the history bounded.
    const latest = await env.client.workflow.getHandle(handle.workflowId).describe();
    expect(latest.runId).not.toBe(handle.signaledRunId);
    expect(await db.dataSource.query(`SELECT key FROM escalations WHERE project_id = $1`, [project.id])).toHaveLength(
      2,
    );
  });
});
