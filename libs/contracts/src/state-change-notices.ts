import type { DecisionNotice } from '@handover/domain';
import type { HandoverProjectState } from './handover-project';

/** Who a notice goes to: those who still have to sign a gate (and the lead), or one person. */
export type NoticeAudience = { kind: 'signers'; milestoneKey: string } | { kind: 'user'; userId: string };

/** An approval waiting or a decision made, found by comparing two states of a project's timeline. */
export interface StateChangeNotice {
  kind: 'approval_waiting' | 'decision_made';
  /** unique within the project: the same change found again (a retried mirror) has the same key */
  key: string;
  audience: NoticeAudience;
  notice: DecisionNotice;
}

/**
 * What changed between the state last mirrored (`before`, null for a new project) and `after` that a person must
 * hear of: a gate that opened or reopened after a rejection (its signers), a rejection (the lead), HQ's decision on
 * a postponement (whoever asked) or on a date at risk (the lead). Pure: the mirror activity emits what this finds.
 */
export function stateChangeNotices(
  before: HandoverProjectState | null,
  after: HandoverProjectState,
): StateChangeNotice[] {
  const notices: StateChangeNotice[] = [];
  const projectName = after.input.name;
  const lead = after.input.leadUserId;
  const previousMilestones = new Map((before?.milestones ?? []).map((milestone) => [milestone.key, milestone]));
  for (const milestone of after.milestones) {
    const previous = previousMilestones.get(milestone.key);
    const opened =
      (milestone.status === 'open' || milestone.status === 'rework') && previous?.status !== milestone.status;
    if (opened) {
      const rework = milestone.rejections.length;
      notices.push({
        kind: 'approval_waiting',
        key: `waiting:${milestone.key}:${milestone.dueDate}:${rework}`,
        audience: { kind: 'signers', milestoneKey: milestone.key },
        notice: {
          code: 'APPROVAL_WAITING',
          params: { projectName, milestoneKey: milestone.key, dueDate: milestone.dueDate, rework },
        },
      });
    }
    for (const rejection of milestone.rejections.slice(previous?.rejections.length ?? 0)) {
      notices.push({
        kind: 'decision_made',
        key: `rejected:${milestone.key}:${rejection.party}:${rejection.at}`,
        audience: { kind: 'user', userId: lead },
        notice: {
          code: 'GATE_REJECTED',
          params: { projectName, milestoneKey: milestone.key, party: rejection.party, reason: rejection.reason },
        },
      });
    }
  }
  const previousPostponements = new Map((before?.postponements ?? []).map((request) => [request.id, request]));
  for (const request of after.postponements) {
    if (request.status === 'pending' || previousPostponements.get(request.id)?.status === request.status) continue;
    notices.push({
      kind: 'decision_made',
      key: `postponement:${request.id}:${request.status}`,
      audience: { kind: 'user', userId: request.requestedBy },
      notice: {
        code: 'POSTPONEMENT_DECIDED',
        params: {
          projectName,
          decision: request.status,
          newFirstHandoverDate: request.newFirstHandoverDate,
          note: request.decisionNote ?? '',
        },
      },
    });
  }
  const decision = after.atRiskDecision;
  if (decision && decision.status !== 'pending' && before?.atRiskDecision?.status !== decision.status) {
    notices.push({
      kind: 'decision_made',
      key: `at-risk:${decision.openedAt}:${decision.status}`,
      audience: { kind: 'user', userId: lead },
      notice: {
        code: 'AT_RISK_DECIDED',
        params: { projectName, decision: decision.status, note: decision.note ?? '' },
      },
    });
  }
  return notices;
}
