import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { rejectMilestoneUpdate, type HandoverProjectState } from '@handover/contracts';
import { daysBetween } from '@handover/domain';
import { actorFor, closeGate } from './gates';

/**
 * A realistic life: a rejection and rework, a late open day (escalated), then every gate to the summary.
 * `between` runs at the midpoint (e.g. to kill the worker). Durations add up to 91 days + `daysAfterCentralized`.
 */
export async function runTimelineScenario(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  between: () => Promise<void> = async () => {},
  daysAfterCentralized = 10,
): Promise<void> {
  await closeGate(handle, 'unitInspection');
  await handle.executeUpdate(rejectMilestoneUpdate, {
    args: [{ actor: actorFor('design'), milestoneKey: 'riskSelfCheck', reason: 'A: 户型图 mismatch in 3#' }],
  });
  await closeGate(handle, 'riskSelfCheck');
  await env.sleep('62 days'); // past the open day's due date (D-30): escalated
  await between();
  await closeGate(handle, 'openDay');
  await closeGate(handle, 'rectification');
  await env.sleep('7 days');
  await closeGate(handle, 'propertyTransfer');
  await env.sleep('19 days');
  await closeGate(handle, 'rehearsal');
  await closeGate(handle, 'handoverReadiness');
  await env.sleep('3 days');
  await closeGate(handle, 'centralizedHandover');
  await env.sleep(`${daysAfterCentralized} days`);
  await closeGate(handle, 'scatteredHandover');
  await closeGate(handle, 'summaryAccepted');
}

/** What must match between two runs of the same scenario launched on different days: dates relative to D. */
export function comparable(state: HandoverProjectState) {
  const d = state.plan.firstHandoverDate;
  const relative = (key: string) => key.replace(/\d{4}-\d{2}-\d{2}/, (date) => `D${daysBetween(d, date)}`);
  return {
    status: state.status,
    planVersion: state.planVersion,
    milestones: state.milestones.map((m) => ({
      key: m.key,
      status: m.status,
      due: relative(m.dueDate),
      approvedBy: m.approvals.map((a) => a.party).sort(),
      rejections: m.rejections.map((r) => r.reason),
    })),
    firedNotificationKeys: state.firedNotificationKeys.map(relative).sort(),
    escalations: state.escalations.map((e) => relative(e.key)).sort(),
    atRisk: state.atRisk,
  };
}
