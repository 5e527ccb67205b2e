import {
  buildPlan,
  DEFAULT_NOTIFICATION_SETTINGS,
  instantToCalendarDate,
  planNotifications,
  validatePlan,
  type CalendarDate,
  type HandoverPlan,
  type MilestoneKey,
  type PlannedNotification,
} from '@handover/domain';
import { currentPhaseOf, initialState, phaseClosed, refreshPhases, statusViewOf } from '@handover/contracts';
import type { ApprovalParty, EscalationLadder } from '@handover/domain';
import type {
  Actor,
  ApproveMilestoneArgs,
  DecideAtRiskArgs,
  DecidePostponementArgs,
  EscalationClimb,
  EscalationRecord,
  HandoverProjectState,
  MilestoneState,
  RejectMilestoneArgs,
  RequestPostponementArgs,
} from '@handover/contracts';
import { partiesOf } from './actor-parties';
import { PHASE_PREREQUISITES } from '@handover/contracts';
import { refuse } from './timeline-error';

/** Pure state transitions of a handover project; the workflow wires them to updates, signals and timers. */

export { initialState, refreshPhases };

export const currentPhase = currentPhaseOf;

export const statusView = statusViewOf;

function findMilestone(state: HandoverProjectState, key: MilestoneKey): MilestoneState {
  const milestone = state.milestones.find((candidate) => candidate.key === key);
  if (!milestone) refuse('Invalid', 'MILESTONE_UNKNOWN', { milestone: String(key) });
  return milestone;
}

/** Resolves which party the actor signs for, or refuses with a reason a person understands. */
function signingParty(state: HandoverProjectState, milestone: MilestoneState, actor: Actor, requested?: ApprovalParty) {
  const own = partiesOf(actor, state.input.leadUserId).filter((party) => milestone.parties.includes(party));
  if (own.length === 0) {
    const caller = actor.role === 'project_lead' && actor.userId !== state.input.leadUserId ? 'other_lead' : actor.role;
    refuse('Forbidden', 'GATE_NOT_A_SIGNER', {
      milestone: milestone.key,
      caller,
      ...(actor.role === 'department_head' ? { department: actor.department ?? '' } : {}),
      parties: milestone.parties.join(','),
    });
  }
  if (requested && !own.includes(requested))
    refuse('Forbidden', 'GATE_PARTY_NOT_YOURS', { milestone: milestone.key, party: requested });
  return requested ?? own[0];
}

function assertMilestoneOpen(state: HandoverProjectState, milestone: MilestoneState): void {
  if (state.status === 'completed') refuse('Conflict', 'PROJECT_COMPLETED_GATES_CLOSED');
  if (milestone.status === 'closed') refuse('Conflict', 'GATE_ALREADY_CLOSED', { milestone: milestone.key });
  if (milestone.status === 'pending') {
    const waiting = PHASE_PREREQUISITES[milestone.phase].filter((phase) => !phaseClosed(state, phase));
    refuse('Conflict', 'GATE_NOT_OPEN', { milestone: milestone.key, phases: waiting.join(',') });
  }
}

export function checkApprove(state: HandoverProjectState, args: ApproveMilestoneArgs): ApprovalParty {
  const milestone = findMilestone(state, args.milestoneKey);
  const party = signingParty(state, milestone, args.actor, args.party);
  assertMilestoneOpen(state, milestone);
  if (milestone.approvals.some((approval) => approval.userId === args.actor.userId)) {
    refuse('Conflict', 'GATE_ALREADY_APPROVED_BY_YOU', { milestone: milestone.key });
  }
  if (milestone.approvals.some((approval) => approval.party === party)) {
    refuse('Conflict', 'GATE_PARTY_ALREADY_APPROVED', { milestone: milestone.key, party });
  }
  return party;
}

export function applyApprove(state: HandoverProjectState, args: ApproveMilestoneArgs, nowIso: string): void {
  const party = checkApprove(state, args);
  const milestone = findMilestone(state, args.milestoneKey);
  milestone.approvals.push({ party, userId: args.actor.userId, at: nowIso, comment: args.comment ?? null });
  if (milestone.parties.every((p) => milestone.approvals.some((approval) => approval.party === p))) {
    milestone.status = 'closed';
    milestone.closedAt = nowIso;
  }
  refreshPhases(state);
  state.revision += 1;
}

export function checkReject(state: HandoverProjectState, args: RejectMilestoneArgs): ApprovalParty {
  const milestone = findMilestone(state, args.milestoneKey);
  const party = signingParty(state, milestone, args.actor, args.party);
  assertMilestoneOpen(state, milestone);
  if (!args.reason || !args.reason.trim()) refuse('Invalid', 'GATE_REJECTION_REASON_REQUIRED');
  return party;
}

/** A rejection sends the milestone back to work: approvals given so far are withdrawn. */
export function applyReject(state: HandoverProjectState, args: RejectMilestoneArgs, nowIso: string): void {
  const party = checkReject(state, args);
  const milestone = findMilestone(state, args.milestoneKey);
  milestone.rejections.push({ party, userId: args.actor.userId, at: nowIso, reason: args.reason.trim() });
  milestone.approvals = [];
  milestone.status = 'rework';
  state.revision += 1;
}

function today(state: HandoverProjectState, now: number): CalendarDate {
  return instantToCalendarDate(now, state.plan.timeZone);
}

function assertCanMoveHandoverDate(state: HandoverProjectState, newDate: CalendarDate, now: number): void {
  if (state.status === 'completed') refuse('Conflict', 'PROJECT_COMPLETED_DATE_FIXED');
  const centralized = state.phases.find((phase) => phase.key === 'centralizedHandover');
  if (centralized?.status !== 'pending' || today(state, now) >= state.plan.firstHandoverDate) {
    refuse('Conflict', 'CENTRALIZED_HANDOVER_STARTED');
  }
  if (newDate <= state.plan.firstHandoverDate) {
    refuse('Invalid', 'POSTPONEMENT_NOT_LATER', { firstHandoverDate: state.plan.firstHandoverDate });
  }
  const plan = buildPlan({ ...state.input.planInput, firstHandoverDate: newDate }, state.input.launchDate);
  const blocking = validatePlan(plan, today(state, now)).filter((problem) => !problem.waivable);
  if (blocking.length > 0) {
    refuse('Invalid', 'POSTPONEMENT_PLAN_INVALID', {
      planProblems: blocking.map((problem) => problem.code).join(','),
      detail: blocking.map((problem) => problem.message).join(' '),
    });
  }
}

export function checkRequestPostponement(
  state: HandoverProjectState,
  args: RequestPostponementArgs,
  now: number,
): void {
  if (args.actor.role !== 'project_lead' || args.actor.userId !== state.input.leadUserId) {
    refuse('Forbidden', 'POSTPONEMENT_LEAD_ONLY');
  }
  if (state.postponements.some((request) => request.status === 'pending')) {
    refuse('Conflict', 'POSTPONEMENT_PENDING');
  }
  if (state.postponements.some((request) => request.id === args.requestId)) {
    refuse('Conflict', 'POSTPONEMENT_EXISTS', { requestId: args.requestId });
  }
  if (!args.reason?.trim()) refuse('Invalid', 'POSTPONEMENT_REASON_REQUIRED');
  assertCanMoveHandoverDate(state, args.newFirstHandoverDate, now);
}

export function applyRequestPostponement(
  state: HandoverProjectState,
  args: RequestPostponementArgs,
  now: number,
): void {
  checkRequestPostponement(state, args, now);
  state.postponements.push({
    id: args.requestId,
    requestedBy: args.actor.userId,
    requestedAt: new Date(now).toISOString(),
    newFirstHandoverDate: args.newFirstHandoverDate,
    reason: args.reason.trim(),
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
  });
  state.revision += 1;
}

function assertHq(actor: Actor, refusal: 'POSTPONEMENT_DECISION_HQ_ONLY' | 'AT_RISK_DECISION_HQ_ONLY'): void {
  if (actor.role !== 'hq') refuse('Forbidden', refusal);
}

export function checkDecidePostponement(state: HandoverProjectState, args: DecidePostponementArgs, now: number): void {
  assertHq(args.actor, 'POSTPONEMENT_DECISION_HQ_ONLY');
  const request = state.postponements.find((candidate) => candidate.id === args.requestId);
  if (!request) refuse('NotFound', 'POSTPONEMENT_NOT_FOUND', { requestId: args.requestId });
  if (request.status !== 'pending')
    refuse('Conflict', 'POSTPONEMENT_ALREADY_DECIDED', { requestId: args.requestId, status: request.status });
  if (args.approve) assertCanMoveHandoverDate(state, request.newFirstHandoverDate, now);
}

export function applyDecidePostponement(state: HandoverProjectState, args: DecidePostponementArgs, now: number): void {
  checkDecidePostponement(state, args, now);
  const request = state.postponements.find((candidate) => candidate.id === args.requestId)!;
  const nowIso = new Date(now).toISOString();
  request.status = args.approve ? 'approved' : 'refused';
  request.decidedBy = args.actor.userId;
  request.decidedAt = nowIso;
  request.decisionNote = args.note?.trim() || null;
  if (args.approve)
    replan(state, request.newFirstHandoverDate, `postponement requested: ${request.reason}`, args.actor.userId, nowIso);
  state.revision += 1;
}

export function checkDecideAtRisk(state: HandoverProjectState, args: DecideAtRiskArgs, now: number): void {
  assertHq(args.actor, 'AT_RISK_DECISION_HQ_ONLY');
  if (state.atRiskDecision?.status !== 'pending') refuse('Conflict', 'AT_RISK_DECISION_NOT_OPEN');
  if (!args.note?.trim()) refuse('Invalid', 'AT_RISK_NOTE_REQUIRED');
  if (args.decision === 'postpone') {
    if (!args.newFirstHandoverDate) refuse('Invalid', 'AT_RISK_NEW_DATE_REQUIRED');
    assertCanMoveHandoverDate(state, args.newFirstHandoverDate, now);
  }
}

export function applyDecideAtRisk(state: HandoverProjectState, args: DecideAtRiskArgs, now: number): void {
  checkDecideAtRisk(state, args, now);
  const nowIso = new Date(now).toISOString();
  const decision = state.atRiskDecision!;
  decision.decidedBy = args.actor.userId;
  decision.decidedAt = nowIso;
  decision.note = args.note.trim();
  if (args.decision === 'postpone') {
    decision.status = 'postponed';
    replan(state, args.newFirstHandoverDate!, `handover date at risk: ${decision.note}`, args.actor.userId, nowIso);
  } else {
    decision.status = 'proceeded';
  }
  state.revision += 1;
}

/** Moves D: every due date re-planned; the previous plan stays in the history; timers follow the new dates. */
export function replan(
  state: HandoverProjectState,
  newDate: CalendarDate,
  reason: string,
  decidedBy: string,
  nowIso: string,
): void {
  state.input = { ...state.input, planInput: { ...state.input.planInput, firstHandoverDate: newDate } };
  const plan = buildPlan(state.input.planInput, state.input.launchDate);
  state.plan = plan;
  state.planVersion += 1;
  state.planHistory.push({
    version: state.planVersion,
    firstHandoverDate: newDate,
    reason,
    decidedBy,
    at: nowIso,
    plan,
  });
  for (const milestone of state.milestones) {
    milestone.dueDate = plan.milestones.find((planned) => planned.key === milestone.key)!.dueDate;
  }
  state.atRisk = false;
  state.revision += 1;
}

/** Notifications of the current plan for gates still open, not yet fired. */
export function pendingNotifications(state: HandoverProjectState, ladder?: EscalationLadder): PlannedNotification[] {
  const fired = new Set(state.firedNotificationKeys);
  const open = new Set(state.milestones.filter((m) => m.status !== 'closed').map((m) => m.key));
  return planNotifications(
    state.plan,
    state.input.notificationSettings ?? DEFAULT_NOTIFICATION_SETTINGS,
    ladder,
  ).filter((notification) => open.has(notification.milestoneKey) && !fired.has(notification.key));
}

/**
 * How an escalation says what it says: as a code with parameters, or, in runs started before the workflow's
 * ESCALATION_TEXTS_FROM_CODES patch, as the English sentence their histories recorded. `label` names the gate in
 * those sentences: runs started before the DOMAIN_MILESTONE_LABELS patch keep their recorded gate names.
 */
export type EscalationWording = { codes: true } | { codes: false; label: (key: MilestoneKey) => string };

/** The escalation of a gate still open the day after its due date. */
export function overdueEscalation(
  state: HandoverProjectState,
  notification: PlannedNotification,
  nowIso: string,
  wording: EscalationWording,
): EscalationRecord {
  const escalation = {
    key: notification.key,
    kind: 'milestone_overdue' as const,
    milestoneKey: notification.milestoneKey,
    dueDate: notification.dueDate,
    at: nowIso,
  };
  if (wording.codes) {
    const params = {
      milestoneKey: notification.milestoneKey,
      projectName: state.input.name,
      dueDate: notification.dueDate,
    };
    return { ...escalation, codedMessage: { code: 'MILESTONE_OVERDUE', params } };
  }
  return {
    ...escalation,
    message: `The ${wording.label(notification.milestoneKey)} gate of ${state.input.name} was due on ${notification.dueDate} and is not closed.`,
  };
}

/** A later step of the escalation ladder for a gate still open: what it says is the overdue gate's sentence. */
export function escalationClimb(
  state: HandoverProjectState,
  notification: PlannedNotification,
  nowIso: string,
): EscalationClimb {
  return {
    key: notification.key,
    milestoneKey: notification.milestoneKey,
    step: notification.step!,
    dueDate: notification.dueDate,
    at: nowIso,
    codedMessage: {
      code: 'MILESTONE_OVERDUE',
      params: { milestoneKey: notification.milestoneKey, projectName: state.input.name, dueDate: notification.dueDate },
    },
  };
}

/** 20-day rule: the property transfer gate was not approved by D-20, so HQ must decide. */
export function markHandoverDateAtRisk(
  state: HandoverProjectState,
  notification: PlannedNotification,
  nowIso: string,
  wording: EscalationWording,
): EscalationRecord {
  state.atRisk = true;
  state.atRiskDecision = { openedAt: nowIso, status: 'pending', decidedBy: null, decidedAt: null, note: null };
  state.revision += 1;
  const escalation = {
    key: `${notification.key}:at-risk`,
    kind: 'handover_date_at_risk' as const,
    milestoneKey: notification.milestoneKey,
    dueDate: notification.dueDate,
    at: nowIso,
  };
  if (wording.codes) {
    const params = {
      projectName: state.input.name,
      dueDate: notification.dueDate,
      firstHandoverDate: state.plan.firstHandoverDate,
    };
    return { ...escalation, codedMessage: { code: 'HANDOVER_DATE_AT_RISK', params } };
  }
  return {
    ...escalation,
    message: `Handover date at risk: the property transfer of ${state.input.name} was not approved by ${notification.dueDate} (20 days before ${state.plan.firstHandoverDate}). HQ must postpone or proceed with a recorded exception.`,
  };
}

export type { HandoverPlan };
