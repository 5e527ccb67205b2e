import { DataSource } from 'typeorm';
import { defectDeadlineInstant, deadlineWatcherStatusQuery, deadlineWatcherWorkflowId } from '@handover/contracts';
import {
  addDays,
  DEFAULT_DEFECT_ESCALATION_LADDER,
  defectEscalationStepAt,
  instantToCalendarDate,
} from '@handover/domain';
import { TemporalClientService } from '../src/temporal/temporal-client.service';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

/**
 * The project's deadline watcher against the real PostgreSQL and Temporal: an overdue defect is escalated once, with
 * the key the per-record workflow used (so runs of both never escalate twice); a later deadline wakes nothing.
 */
describe('the project deadline watcher (期限巡检)', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let projectId: string;
  let unitId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id] }));
    [{ id: unitId }] = await insertUnits(stack.app.get(DataSource), 1, { projectId, building: '8' });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const record = async (deadline: string) =>
    (
      await stack
        .http()
        .post(`/projects/${projectId}/defects`)
        .set(bearer(engineering))
        .send({ unitId, source: 'open_day', category: 'quality', trade: 'civil', description: '墙面开裂', deadline })
        .expect(201)
    ).body.id as string;
  const escalationsOf = (defectId: string) =>
    stack.app
      .get(DataSource)
      .query(`SELECT key, kind, message_code AS code FROM escalations WHERE record_id = $1`, [defectId]);

  it('escalates an overdue defect once, keyed by its deadline, and sleeps towards the next one', async () => {
    const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
    const yesterday = addDays(today, -1);
    const overdue = await record(yesterday);
    await eventually(async () => expect(await escalationsOf(overdue)).toHaveLength(1));
    const [escalation] = await escalationsOf(overdue);
    expect(escalation).toEqual({
      key: `deadline-defect-${overdue}-${defectDeadlineInstant(yesterday, 'Asia/Shanghai')}`,
      kind: 'defect_overdue',
      code: 'DEFECT_OVERDUE',
    });

    // A second overdue defect wakes the watcher again; the first is not escalated a second time.
    const another = await record(addDays(today, -2));
    await eventually(async () => expect(await escalationsOf(another)).toHaveLength(1));
    expect(await escalationsOf(overdue)).toHaveLength(1);

    // A far deadline: the watch mark moves to it only if it is the earliest ahead. Here the earliest is the next
    // level of the ladder (整改逾期升级阶梯) of the defect overdue since the day before yesterday: its project lead.
    const future = await record('2099-01-31');
    const watcher = stack.app
      .get(TemporalClientService)
      .client.workflow.getHandle(deadlineWatcherWorkflowId(projectId));
    await eventually(async () =>
      expect((await watcher.query(deadlineWatcherStatusQuery)).sleepingUntil).not.toBeNull(),
    );
    const [{ at }] = await stack.app
      .get(DataSource)
      .query(`SELECT deadline_watch_next_at AS at FROM projects WHERE id = $1`, [projectId]);
    expect(at.getTime()).toBe(
      defectEscalationStepAt(
        addDays(today, -2),
        'Asia/Shanghai',
        DEFAULT_DEFECT_ESCALATION_LADDER.projectLeadAfterDays,
      ),
    );
    expect(await escalationsOf(future)).toEqual([]);
  });
});
