import type { WorkflowHandle } from '@temporalio/client';
import { approveMilestoneUpdate, statusQuery, type Actor, type HandoverProjectStatus } from '@handover/contracts';
import type { ApprovalParty, Department, MilestoneKey } from '@handover/domain';
import { until } from '../../../test/harness/eventually';
import { HQ, LEAD, departmentHead } from './project-fixtures';

const heads = new Map<Department, Actor>();

export function actorFor(party: ApprovalParty): Actor {
  if (party === 'project_lead') return LEAD;
  if (party === 'hq') return HQ;
  if (!heads.has(party)) heads.set(party, departmentHead(party));
  return heads.get(party)!;
}

/** Every party of the gate approves it; returns the status after the last approval. */
export async function closeGate(handle: WorkflowHandle, key: MilestoneKey): Promise<HandoverProjectStatus> {
  const status = await handle.query(statusQuery);
  const milestone = status.milestones.find((m) => m.key === key)!;
  let after = status;
  for (const party of milestone.missingParties) {
    after = await handle.executeUpdate(approveMilestoneUpdate, {
      args: [{ actor: actorFor(party), milestoneKey: key }],
    });
  }
  return after;
}

/**
 * The result of a workflow that is about to complete. The Java test server's long poll for the result does not
 * wake up when the run completes while the poll is open, so wait for the run to close first (polling describe, with a
 * deadline).
 */
export async function resultWhenClosed<T>(handle: WorkflowHandle): Promise<T> {
  await until(async () => (await handle.describe()).status.name !== 'RUNNING', {
    what: `workflow ${handle.workflowId} closing`,
    timeoutMs: 30_000,
  });
  return (await handle.result()) as T;
}
