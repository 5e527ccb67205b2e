import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  approveMilestoneUpdate,
  HANDOVER_PROJECT_WORKFLOW,
  rejectMilestoneUpdate,
  statusQuery,
  type Actor,
} from '@handover/contracts';
import type { MilestoneKey } from '@handover/domain';
import { eventually } from '../../test/harness/eventually';
import { FakeTimelineActivities } from './support/fake-timeline-activities';
import { actorFor, closeGate } from './support/gates';
import { LEAD, projectInput } from './support/project-fixtures';
import { createTestWorker, createTimeSkippingEnv, TASK_QUEUE } from './support/workflow-test-env';

async function refusal(promise: Promise<unknown>): Promise<{ type: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause as { type?: string; message: string };
    return { type: cause.type, message: cause.message };
  }
  throw new Error('expected the update to be refused');
}

describe('approval gates (Updates with validators)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function withProject(body: (handle: WorkflowHandle) => Promise<void>): Promise<void> {
    const worker = await createTestWorker(env, new FakeTimelineActivities());
    const input = projectInput(await env.currentTimeMs(), { daysAhead: 90 });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(HANDOVER_PROJECT_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.projectId,
        args: [input],
      });
      await body(handle);
      await handle.terminate('test finished');
    });
  }

  async function eventTypes(handle: WorkflowHandle): Promise<string[]> {
    const events = (await handle.fetchHistory()).events ?? [];
    return events.map((event) => Object.keys(event).find((key) => key.endsWith('EventAttributes')) ?? 'unknown');
  }

  /** Waits until the run has mirrored its launch state and sleeps on its first timer (its history stops growing). */
  async function settledHistory(handle: WorkflowHandle): Promise<string[]> {
    let previous: string[] = [];
    return eventually(
      async () => {
        const current = await eventTypes(handle);
        const settled = current.includes('timerStartedEventAttributes') && current.length === previous.length;
        previous = current;
        if (!settled) throw new Error(`the history has ${current.length} events, the last ${current.at(-1) ?? 'none'}`);
        return current;
      },
      {
        what: `run ${handle.workflowId} mirroring its launch state and sleeping on its first timer`,
        timeoutMs: 30_000,
      },
    );
  }

  const approve = (handle: WorkflowHandle, actor: Actor, milestoneKey: MilestoneKey) =>
    handle.executeUpdate(approveMilestoneUpdate, { args: [{ actor, milestoneKey }] });

  it('refuses the wrong department, leaving no trace in state or history', async () => {
    await withProject(async (handle) => {
      const eventsBefore = await settledHistory(handle);
      const before = await handle.query(statusQuery);
      const result = await refusal(approve(handle, actorFor('design'), 'unitInspection'));
      expect(result.type).toBe('Forbidden');
      expect(result.message).toBe(
        'The design department does not sign the unit-by-unit inspection (分户验收) gate; it is signed by: engineering.',
      );
      expect(await handle.query(statusQuery)).toEqual(before);
      // The Java test server records the workflow task that ran the validator; a real server drops even that
      // (speculative task). Either way no update, signal, activity or state change is recorded.
      const added = (await eventTypes(handle)).slice(eventsBefore.length);
      expect(added.filter((type) => !type.startsWith('workflowTask'))).toEqual([]);
    });
  });

  it('refuses another lead, a second approval by the same person, and a gate whose phase is not open', async () => {
    await withProject(async (handle) => {
      const otherLead: Actor = { userId: '00000000-0000-4000-8000-0000000000ff', role: 'project_lead' };
      expect((await refusal(approve(handle, otherLead, 'riskSelfCheck'))).type).toBe('Forbidden');
      await approve(handle, actorFor('engineering'), 'riskSelfCheck');
      const again = await refusal(approve(handle, actorFor('engineering'), 'riskSelfCheck'));
      expect(again).toEqual({
        type: 'Conflict',
        message: 'You have already approved the risk self-check (交付风险自查) gate.',
      });
      const early = await refusal(approve(handle, actorFor('engineering'), 'rectification'));
      expect(early.type).toBe('Conflict');
      expect(early.message).toContain('opens when open day is closed');
      expect(
        (await handle.query(statusQuery)).milestones.find((m) => m.key === 'riskSelfCheck')!.approvals,
      ).toHaveLength(1);
    });
  });

  it('sends a rejected gate back to work, then closes it once every party approves again', async () => {
    await withProject(async (handle) => {
      await approve(handle, actorFor('engineering'), 'riskSelfCheck');
      await approve(handle, actorFor('design'), 'riskSelfCheck');
      const rejected = await handle.executeUpdate(rejectMilestoneUpdate, {
        args: [
          {
            actor: actorFor('sales'),
            milestoneKey: 'riskSelfCheck',
            reason: 'C: 样板间 promised finishes missing from the risk list',
          },
        ],
      });
      const gate = rejected.milestones.find((m) => m.key === 'riskSelfCheck')!;
      expect(gate.status).toBe('rework');
      expect(gate.approvals).toEqual([]);
      expect(gate.rejections).toMatchObject([
        { party: 'sales', reason: 'C: 样板间 promised finishes missing from the risk list' },
      ]);
      const noReason = await refusal(
        handle.executeUpdate(rejectMilestoneUpdate, {
          args: [{ actor: actorFor('sales'), milestoneKey: 'riskSelfCheck', reason: '  ' }],
        }),
      );
      expect(noReason.type).toBe('Invalid');

      const closed = await closeGate(handle, 'riskSelfCheck');
      const after = closed.milestones.find((m) => m.key === 'riskSelfCheck')!;
      expect(after.status).toBe('closed');
      expect(after.approvals.map((a) => a.party).sort()).toEqual([
        'customer_service',
        'design',
        'engineering',
        'project_lead',
        'property',
        'sales',
      ]);
      expect(after.approvals.find((a) => a.party === 'project_lead')!.userId).toBe(LEAD.userId);
      expect(closed.currentPhase).toBe('unitInspection');
    });
  });
});
