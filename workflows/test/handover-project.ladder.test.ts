import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { HANDOVER_PROJECT_WORKFLOW, statusQuery } from '@handover/contracts';
import { addDays, instantToCalendarDate, zonedTimeToInstant, type CalendarDate } from '@handover/domain';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { closeGate } from './support/gates';
import { projectInput } from './support/project-fixtures';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE, workflowBundle } from './support/workflow-test-env';

const MINUTE = 60_000;

describe('the escalation ladder and local reminder times (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function sleepUntil(instant: number): Promise<void> {
    const now = await env.currentTimeMs();
    if (instant > now) await env.sleep(instant - now);
  }

  it('climbs for an overdue gate: signers and lead the day after, the city company at D+2, HQ at D+4; none once closed', async () => {
    const TZ = 'Asia/Shanghai';
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 60 });
    const worker = await createTestWorker(env, activities);
    const history = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const plan = await handle.query(statusQuery);
      const due = (key: string) => plan.milestones.find((m) => m.key === key)!.dueDate;
      const riskDue = due('riskSelfCheck');
      const at = (date: CalendarDate, days: number, time: string) => zonedTimeToInstant(addDays(date, days), time, TZ);

      await sleepUntil(at(riskDue, 1, '00:00') + MINUTE);
      expect(activities.escalationsOf('milestone_overdue')).toEqual([
        expect.objectContaining({ milestoneKey: 'riskSelfCheck', reaches: 'signers' }),
      ]);
      expect([...activities.climbs.values()]).toEqual([]);

      await sleepUntil(at(riskDue, 2, '09:00') - MINUTE);
      expect([...activities.climbs.values()]).toEqual([]);
      await sleepUntil(at(riskDue, 2, '09:00') + MINUTE);
      expect([...activities.climbs.values()].map((c) => [c.milestoneKey, c.step])).toEqual([['riskSelfCheck', 'city']]);

      await sleepUntil(at(riskDue, 4, '09:00') + MINUTE);
      const climbs = [...activities.climbs.values()];
      expect(climbs.map((c) => [c.milestoneKey, c.step])).toEqual([
        ['riskSelfCheck', 'city'],
        ['riskSelfCheck', 'hq'],
      ]);
      expect(climbs[1]).toMatchObject({
        dueDate: riskDue,
        codedMessage: { code: 'MILESTONE_OVERDUE', params: { milestoneKey: 'riskSelfCheck', dueDate: riskDue } },
      });

      // The next gate is overdue a day, then closes: its ladder stops before the city company hears of it.
      await closeGate(handle, 'riskSelfCheck');
      const inspectionDue = due('unitInspection');
      await sleepUntil(at(inspectionDue, 1, '00:00') + MINUTE);
      expect(activities.escalationsOf('milestone_overdue').map((e) => e.milestoneKey)).toContain('unitInspection');
      await closeGate(handle, 'unitInspection');
      await sleepUntil(at(inspectionDue, 4, '09:00') + MINUTE);
      expect([...activities.climbs.values()].filter((c) => c.milestoneKey === 'unitInspection')).toEqual([]);
      await handle.terminate('test finished');
      return handle.fetchHistory();
    });
    // The climbing run replays against the current code (the committed histories cover runs from before the ladder).
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, input.projectId);
  });

  it('reminds at 09:00 on the right local day in a zone far from Shanghai (America/Los_Angeles)', async () => {
    const TZ = 'America/Los_Angeles';
    const activities = new FakeTimelineActivities();
    const now = await env.currentTimeMs();
    const launchDate = instantToCalendarDate(now, TZ);
    const input = projectInput(now, {
      launchDate,
      planInput: { firstHandoverDate: addDays(launchDate, 60), centralizedDays: 3, timeZone: TZ },
    });
    const worker = await createTestWorker(env, activities);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const plan = await handle.query(statusQuery);
      const openDayDue = plan.milestones.find((m) => m.key === 'openDay')!.dueDate;
      const reminder = zonedTimeToInstant(addDays(openDayDue, -3), '09:00', TZ);
      await sleepUntil(reminder - MINUTE);
      expect(activities.reminderKeys('openDay')).toEqual([]);
      await sleepUntil(reminder + MINUTE);
      expect(activities.reminderKeys('openDay')).toEqual([`${openDayDue}:3`]);
      const sent = [...activities.reminders.values()].find((r) => r.milestoneKey === 'openDay')!;
      // 09:00 in Los Angeles is 16:00 or 17:00 UTC (PDT or PST), never Shanghai's 01:00.
      expect([16, 17]).toContain(new Date(sent.at).getUTCHours());
      await handle.terminate('test finished');
    });
  });

  it("follows the project's own schedule: reminders 5 days ahead at 08:30, the city company a day after, HQ two", async () => {
    const TZ = 'Asia/Shanghai';
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), {
      daysAhead: 60,
      notificationSettings: { reminderDaysBefore: [5], reminderTime: '08:30' },
      escalationLadder: { cityAfterDays: 1, hqAfterDays: 2, time: '08:30' },
    });
    const worker = await createTestWorker(env, activities);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const riskDue = (await handle.query(statusQuery)).milestones.find((m) => m.key === 'riskSelfCheck')!.dueDate;
      const at = (days: number, time: string) => zonedTimeToInstant(addDays(riskDue, days), time, TZ);
      await sleepUntil(at(-5, '08:30') + MINUTE);
      expect(activities.reminderKeys('riskSelfCheck')).toEqual([`${riskDue}:5`]);
      await sleepUntil(at(1, '08:30') + MINUTE);
      expect([...activities.climbs.values()].map((c) => c.step)).toEqual(['city']);
      await sleepUntil(at(2, '08:30') + MINUTE);
      expect([...activities.climbs.values()].map((c) => c.step)).toEqual(['city', 'hq']);
      await handle.terminate('test finished');
    });
  });
});
