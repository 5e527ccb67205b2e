import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  ApprovalParty,
  CalendarDate,
  Department,
  EscalationLadder,
  EscalationMessage,
  HandoverPlan,
  LadderStep,
  MilestoneKey,
  NotificationSettings,
  PhaseKey,
  PlanInput,
} from '@handover/domain';

export const HANDOVER_PROJECT_WORKFLOW = 'handoverProjectWorkflow';

/** `contractor`: a user of a contractor company (总包/分包), who sees only the defects assigned to that company. */
export type ActorRole = 'project_lead' | 'department_head' | 'hq' | 'admin' | 'contractor';

/** Who asks: resolved from the bearer token by the API and checked again by the workflow's validators. */
export interface Actor {
  userId: string;
  role: ActorRole;
  department?: Department | null;
}

export interface HandoverProjectInput {
  projectId: string;
  cityCompany: string;
  name: string;
  batch: string;
  leadUserId: string;
  planInput: PlanInput;
  launchDate: CalendarDate;
  /** HQ accepted a plan that breaks a waivable rule (e.g. the 20-day transfer rule) */
  hqException?: { reason: string; recordedBy: string } | null;
  notificationSettings?: NotificationSettings;
  /** the escalation ladder's steps (under the escalation-ladder patch); DEFAULT_ESCALATION_LADDER when absent */
  escalationLadder?: EscalationLadder;
  /** events after which a run continues as new; defaults to the workflow's budget, lowered in tests */
  historyEventBudget?: number;
}

export type MilestoneStatus = 'pending' | 'open' | 'rework' | 'closed';
export type ProjectPhaseStatus = 'pending' | 'active' | 'closed';

export interface ApprovalRecord {
  party: ApprovalParty;
  userId: string;
  at: string;
  comment?: string | null;
}

export interface RejectionRecord {
  party: ApprovalParty;
  userId: string;
  at: string;
  reason: string;
}

export interface MilestoneState {
  key: MilestoneKey;
  phase: PhaseKey;
  dueDate: CalendarDate;
  parties: ApprovalParty[];
  status: MilestoneStatus;
  approvals: ApprovalRecord[];
  rejections: RejectionRecord[];
  closedAt: string | null;
}

export interface PlanHistoryEntry {
  version: number;
  firstHandoverDate: CalendarDate;
  reason: string;
  decidedBy: string | null;
  at: string;
  plan: HandoverPlan;
}

export interface EscalationRecord {
  key: string;
  kind: 'milestone_overdue' | 'handover_date_at_risk';
  milestoneKey: MilestoneKey;
  dueDate: CalendarDate;
  at: string;
  /**
   * What it says as a code with parameters (since the escalation-texts-from-codes patch), rendered in the reader's
   * language; runs started before send `message`, an English sentence, instead.
   */
  codedMessage?: EscalationMessage;
  message?: string;
  /**
   * Who hears of it: `signers` (those who still have to sign and the project lead) in runs under the
   * escalation-ladder patch, where HQ hears at the ladder's last step; HQ at once when absent.
   */
  reaches?: 'signers';
}

/** A later step of the escalation ladder (升级阶梯) for a gate still open: the city company, then HQ. */
export interface EscalationClimb {
  key: string;
  milestoneKey: MilestoneKey;
  step: LadderStep;
  dueDate: CalendarDate;
  at: string;
  codedMessage: EscalationMessage;
}

export interface PostponementRequest {
  id: string;
  requestedBy: string;
  requestedAt: string;
  newFirstHandoverDate: CalendarDate;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** 交付日期风险: the property transfer was not approved by D-20; HQ must postpone or proceed */
export interface AtRiskDecision {
  openedAt: string;
  status: 'pending' | 'postponed' | 'proceeded';
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface HandoverProjectState {
  input: HandoverProjectInput;
  revision: number;
  plan: HandoverPlan;
  planVersion: number;
  planHistory: PlanHistoryEntry[];
  phases: { key: PhaseKey; status: ProjectPhaseStatus }[];
  milestones: MilestoneState[];
  firedNotificationKeys: string[];
  escalations: EscalationRecord[];
  atRisk: boolean;
  atRiskDecision: AtRiskDecision | null;
  postponements: PostponementRequest[];
  status: 'active' | 'completed';
  continuedAsNewCount: number;
}

export interface HandoverProjectStatus {
  projectId: string;
  revision: number;
  status: 'active' | 'completed';
  currentPhase: PhaseKey | null;
  atRisk: boolean;
  atRiskDecision: AtRiskDecision | null;
  plan: HandoverPlan;
  planVersion: number;
  planHistory: Omit<PlanHistoryEntry, 'plan'>[];
  phases: { key: PhaseKey; status: ProjectPhaseStatus }[];
  milestones: (MilestoneState & { missingParties: ApprovalParty[] })[];
  escalations: EscalationRecord[];
  postponements: PostponementRequest[];
}

export interface ApproveMilestoneArgs {
  actor: Actor;
  milestoneKey: MilestoneKey;
  /** required when the actor can sign for more than one party (e.g. a project lead who also signs as lead) */
  party?: ApprovalParty;
  comment?: string;
}

export interface RejectMilestoneArgs {
  actor: Actor;
  milestoneKey: MilestoneKey;
  party?: ApprovalParty;
  reason: string;
}

export interface RequestPostponementArgs {
  actor: Actor;
  requestId: string;
  newFirstHandoverDate: CalendarDate;
  reason: string;
}

export interface DecidePostponementArgs {
  actor: Actor;
  requestId: string;
  approve: boolean;
  note?: string;
}

export interface DecideAtRiskArgs {
  actor: Actor;
  decision: 'postpone' | 'proceed';
  newFirstHandoverDate?: CalendarDate;
  note: string;
}

export const statusQuery = defineQuery<HandoverProjectStatus>('status');
export const approveMilestoneUpdate = defineUpdate<HandoverProjectStatus, [ApproveMilestoneArgs]>('approveMilestone');
export const rejectMilestoneUpdate = defineUpdate<HandoverProjectStatus, [RejectMilestoneArgs]>('rejectMilestone');
export const requestPostponementUpdate = defineUpdate<HandoverProjectStatus, [RequestPostponementArgs]>(
  'requestPostponement',
);
export const decidePostponementUpdate = defineUpdate<HandoverProjectStatus, [DecidePostponementArgs]>(
  'decidePostponement',
);
export const decideAtRiskUpdate = defineUpdate<HandoverProjectStatus, [DecideAtRiskArgs]>('decideAtRisk');

/** Failure types the workflow's validators use; the API maps them to HTTP statuses. */
export const FailureTypes = {
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  notFound: 'NotFound',
  invalid: 'Invalid',
} as const;
