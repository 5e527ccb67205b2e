import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  decideAtRiskUpdate,
  decidePostponementUpdate,
  HANDOVER_PROJECT_WORKFLOW,
  requestPostponementUpdate,
  statusQuery,
} from '@handover/contracts';
import { addDays, zonedTimeToInstant, type CalendarDate } from '@handover/domain';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { actorFor, closeGate } from './support/gates';
import { HQ, LEAD, projectInput } from './support/project-fixtures';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE, workflowBundle } from './support/workflow-test-env';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;

describe('deadlines: reminders, escalation, the D-20 rule and postponement (time-skipping)', () => {
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

  const reminderAt = (dueDate: CalendarDate, daysBefore: number) =>
    zonedTimeToInstant(addDays(dueDate, -daysBefore), '09:00', TZ);
  const escalationAt = (dueDate: CalendarDate) => zonedTimeToInstant(addDays(dueDate, 1), '00:00', TZ);

  async function closeEarlyGates(handle: WorkflowHandle): Promise<void> {
    for (const key of ['riskSelfCheck', 'unitInspection', 'openDay', 'rectification'] as const)
      await closeGate(handle, key);
  }

  it('reminds 3 and 1 days ahead, escalates when overdue, marks D at risk at D-20, and re-arms timers on the postponed plan', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 60 });
    const worker = await createTestWorker(env, activities);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await closeEarlyGates(handle);
      const original = await handle.query(statusQuery);
      const transferDue = original.milestones.find((m) => m.key === 'propertyTransfer')!.dueDate;
      expect(transferDue).toBe(addDays(input.planInput.firstHandoverDate, -20));

      await sleepUntil(reminderAt(transferDue, 3) - MINUTE);
      expect(activities.reminderKeys('propertyTransfer')).toEqual([]);
      await sleepUntil(reminderAt(transferDue, 3) + MINUTE);
      expect(activities.reminderKeys('propertyTransfer')).toEqual([`${transferDue}:3`]);
      await sleepUntil(reminderAt(transferDue, 1) + MINUTE);
      expect(activities.reminderKeys('propertyTransfer')).toEqual([`${transferDue}:3`, `${transferDue}:1`]);

      await sleepUntil(escalationAt(transferDue) - MINUTE);
      expect((await handle.query(statusQuery)).atRisk).toBe(false);
      await sleepUntil(escalationAt(transferDue) + MINUTE);
      const atRisk = await handle.query(statusQuery);
      expect(atRisk.atRisk).toBe(true);
      expect(atRisk.atRiskDecision?.status).toBe('pending');
      expect(activities.escalationsOf('milestone_overdue').map((e) => e.milestoneKey)).toEqual(['propertyTransfer']);
      // a run started under the escalation-texts-from-codes patch says it with a code and parameters, no sentence
      expect(activities.escalationsOf('milestone_overdue')[0]).toMatchObject({
        codedMessage: {
          code: 'MILESTONE_OVERDUE',
          params: { milestoneKey: 'propertyTransfer', projectName: input.name, dueDate: transferDue },
        },
      });
      expect(activities.escalationsOf('milestone_overdue')[0].message).toBeUndefined();
      expect(activities.escalationsOf('handover_date_at_risk')).toEqual([
        expect.objectContaining({
          codedMessage: {
            code: 'HANDOVER_DATE_AT_RISK',
            params: {
              projectName: input.name,
              dueDate: transferDue,
              firstHandoverDate: input.planInput.firstHandoverDate,
            },
          },
        }),
      ]);

      const byLead = handle.executeUpdate(decideAtRiskUpdate, {
        args: [{ actor: LEAD, decision: 'proceed', note: 'we can make it' }],
      });
      await expect(byLead).rejects.toBeInstanceOf(WorkflowUpdateFailedError);

      const newDate = addDays(input.planInput.firstHandoverDate, 14);
      const postponed = await handle.executeUpdate(decideAtRiskUpdate, {
        args: [
          { actor: HQ, decision: 'postpone', newFirstHandoverDate: newDate, note: 'transfer needs two more weeks' },
        ],
      });
      expect(postponed.plan.firstHandoverDate).toBe(newDate);
      expect(postponed.atRisk).toBe(false);
      expect(postponed.atRiskDecision?.status).toBe('postponed');
      expect(postponed.planVersion).toBe(2);
      expect(postponed.planHistory.map((entry) => entry.firstHandoverDate)).toEqual([
        input.planInput.firstHandoverDate,
        newDate,
      ]);
      for (const milestone of postponed.milestones) {
        const before = original.milestones.find((m) => m.key === milestone.key)!;
        expect(milestone.dueDate).toBe(addDays(before.dueDate, 14));
      }

      const newTransferDue = addDays(transferDue, 14);
      await sleepUntil(reminderAt(newTransferDue, 3) - MINUTE);
      expect(activities.reminderKeys('propertyTransfer')).toEqual([`${transferDue}:3`, `${transferDue}:1`]);
      await sleepUntil(reminderAt(newTransferDue, 3) + MINUTE);
      expect(activities.reminderKeys('propertyTransfer')).toContain(`${newTransferDue}:3`);
      await sleepUntil(escalationAt(newTransferDue) + MINUTE);
      expect(activities.escalationsOf('milestone_overdue').map((e) => e.dueDate)).toEqual([
        transferDue,
        newTransferDue,
      ]);
      expect((await handle.query(statusQuery)).atRisk).toBe(true);
      await handle.terminate('test finished');
    });
  });

  it('sends the English sentences, gate named as libs/domain does, in a run started before the escalation-texts-from-codes patch', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 60 });
    const worker = await createTestWorker(env, activities, {
      inactivePatches: ['escalation-texts-from-codes', 'escalation-ladder'],
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await closeEarlyGates(handle);
      const transferDue = (await handle.query(statusQuery)).milestones.find(
        (m) => m.key === 'propertyTransfer',
      )!.dueDate;
      await sleepUntil(escalationAt(transferDue) + MINUTE);
      expect(
        activities.escalationsOf('milestone_overdue').map(({ message, codedMessage }) => ({ message, codedMessage })),
      ).toEqual([
        {
          message: `The transfer to the property company (交付前移交) gate of ${input.name} was due on ${transferDue} and is not closed.`,
          codedMessage: undefined,
        },
      ]);
      expect(activities.escalationsOf('handover_date_at_risk')[0].message).toMatch(
        /^Handover date at risk: the property transfer of /,
      );
      await handle.terminate('test finished');
    });
  });

  it('keeps the gate names of the recorded wording in a run started before the milestone-labels-from-domain patch', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 60 });
    const worker = await createTestWorker(env, activities, {
      inactivePatches: ['milestone-labels-from-domain', 'escalation-texts-from-codes', 'escalation-ladder'],
    });
    const history = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await closeEarlyGates(handle);
      const transferDue = (await handle.query(statusQuery)).milestones.find(
        (m) => m.key === 'propertyTransfer',
      )!.dueDate;
      await sleepUntil(escalationAt(transferDue) + MINUTE);
      const [overdue] = activities.escalationsOf('milestone_overdue');
      expect(overdue.message).toBe(
        `The property transfer (交付前移交) gate of ${input.name} was due on ${transferDue} and is not closed.`,
      );
      expect((await handle.query(statusQuery)).escalations[0].message).toBe(overdue.message);
      await handle.terminate('test finished');
      return handle.fetchHistory();
    });
    const markers = history.events?.filter((event) => event.markerRecordedEventAttributes) ?? [];
    expect(markers).toHaveLength(1); // only the mirror patch; the labels patch left no marker
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, input.projectId);
  });

  it('lets the lead request a postponement that HQ refuses or approves', async () => {
    const activities = new FakeTimelineActivities();
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    const worker = await createTestWorker(env, activities);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      const newDate = addDays(input.planInput.firstHandoverDate, 7);
      const byHead = handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: actorFor('engineering'), requestId: 'r0', newFirstHandoverDate: newDate, reason: 'x' }],
      });
      await expect(byHead).rejects.toBeInstanceOf(WorkflowUpdateFailedError);

      await handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: LEAD, requestId: 'r1', newFirstHandoverDate: newDate, reason: 'lift installation late' }],
      });
      const refused = await handle.executeUpdate(decidePostponementUpdate, {
        args: [{ actor: HQ, requestId: 'r1', approve: false, note: 'hold the date' }],
      });
      expect(refused.plan.firstHandoverDate).toBe(input.planInput.firstHandoverDate);
      expect(refused.postponements.map((p) => p.status)).toEqual(['refused']);

      await handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: LEAD, requestId: 'r2', newFirstHandoverDate: newDate, reason: 'lift installation late' }],
      });
      const twice = handle.executeUpdate(requestPostponementUpdate, {
        args: [{ actor: LEAD, requestId: 'r3', newFirstHandoverDate: newDate, reason: 'again' }],
      });
      await expect(twice).rejects.toThrow();
      const approved = await handle.executeUpdate(decidePostponementUpdate, {
        args: [{ actor: HQ, requestId: 'r2', approve: true }],
      });
      expect(approved.plan.firstHandoverDate).toBe(newDate);
      expect(approved.planHistory).toHaveLength(2);
      expect(approved.postponements.map((p) => p.status)).toEqual(['refused', 'approved']);
      await handle.terminate('test finished');
    });
  });
});
