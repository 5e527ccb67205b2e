import { buildPlan, type PhaseKey } from '@handover/domain';
import type { HandoverProjectInput, HandoverProjectState, MilestoneState } from './handover-project';

/**
 * How a project's timeline starts and how its phases open: shared by the workflow (which owns the state) and the
 * API (which shows a just-launched project without waiting for the workflow's first task).
 */

/**
 * Which phases must be closed before a phase opens. Risk self-check and unit inspection run side by side
 * from launch; scattered handover and the summary both follow the centralized period.
 */
export const PHASE_PREREQUISITES: Record<PhaseKey, PhaseKey[]> = {
  riskSelfCheck: [],
  unitInspection: [],
  openDay: ['riskSelfCheck', 'unitInspection'],
  rectification: ['openDay'],
  propertyTransfer: ['rectification'],
  handoverPreparation: ['propertyTransfer'],
  centralizedHandover: ['handoverPreparation'],
  scatteredHandover: ['centralizedHandover'],
  summary: ['centralizedHandover'],
};

export function initialState(input: HandoverProjectInput, nowIso: string): HandoverProjectState {
  const plan = buildPlan(input.planInput, input.launchDate);
  const state: HandoverProjectState = {
    input,
    revision: 1,
    plan,
    planVersion: 1,
    planHistory: [
      {
        version: 1,
        firstHandoverDate: plan.firstHandoverDate,
        reason: 'launch',
        decidedBy: input.leadUserId,
        at: nowIso,
        plan,
      },
    ],
    phases: plan.phases.map((phase) => ({ key: phase.key, status: 'pending' })),
    milestones: plan.milestones.map((milestone) => ({
      key: milestone.key,
      phase: milestone.phase,
      dueDate: milestone.dueDate,
      parties: milestone.parties,
      status: 'pending',
      approvals: [],
      rejections: [],
      closedAt: null,
    })),
    firedNotificationKeys: [],
    escalations: [],
    atRisk: false,
    atRiskDecision: null,
    postponements: [],
    status: 'active',
    continuedAsNewCount: 0,
  };
  refreshPhases(state);
  return state;
}

function milestonesOf(state: HandoverProjectState, phase: PhaseKey): MilestoneState[] {
  return state.milestones.filter((milestone) => milestone.phase === phase);
}

export function phaseClosed(state: HandoverProjectState, phase: PhaseKey): boolean {
  return milestonesOf(state, phase).every((milestone) => milestone.status === 'closed');
}

/** Opens every phase whose prerequisites are closed, closes phases whose gates all closed. */
export function refreshPhases(state: HandoverProjectState): void {
  for (const phase of state.phases) {
    if (phase.status === 'pending' && PHASE_PREREQUISITES[phase.key].every((before) => phaseClosed(state, before))) {
      phase.status = 'active';
      for (const milestone of milestonesOf(state, phase.key))
        if (milestone.status === 'pending') milestone.status = 'open';
    }
    if (phase.status === 'active' && phaseClosed(state, phase.key)) phase.status = 'closed';
  }
  if (state.milestones.every((milestone) => milestone.status === 'closed')) state.status = 'completed';
}
