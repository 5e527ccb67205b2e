import { currentPhaseOf } from './current-phase';
import type { HandoverProjectState, HandoverProjectStatus } from './handover-project';

/** The status a reader sees, from the workflow's full state (live query, or the mirrored snapshot). */
export function statusViewOf(state: HandoverProjectState): HandoverProjectStatus {
  return {
    projectId: state.input.projectId,
    revision: state.revision,
    status: state.status,
    currentPhase: currentPhaseOf(state),
    atRisk: state.atRisk,
    atRiskDecision: state.atRiskDecision,
    plan: state.plan,
    planVersion: state.planVersion,
    planHistory: state.planHistory.map(({ plan: _plan, ...entry }) => entry),
    phases: state.phases,
    milestones: state.milestones.map((milestone) => ({
      ...milestone,
      missingParties: milestone.parties.filter(
        (party) => !milestone.approvals.some((approval) => approval.party === party),
      ),
    })),
    escalations: state.escalations,
    postponements: state.postponements,
  };
}
