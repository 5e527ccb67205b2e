import type { Department } from '../schedule/departments';

/**
 * Who may do what to which record (权限). Pure: the caller's role, department and relation to the project, the record
 * kind and the action decide; the API turns a refusal into its 404 or 403 and the SQL scope follows `projectScopeOf`.
 */

/** The caller's role; the same as `ActorRole` in libs/contracts. A contractor (施工单位) works for one company. */
export type AccessRole = 'project_lead' | 'department_head' | 'hq' | 'admin' | 'contractor';

/**
 * How the caller stands to the project: its lead, a department head assigned to it (or a contractor whose company is
 * assigned to it), or neither.
 */
export type ProjectRelation = 'lead' | 'assigned' | 'none';

export interface AccessCaller {
  role: AccessRole;
  department: Department | null;
  relation: ProjectRelation;
  /** the contractor's company; null for everyone else */
  companyId?: string | null;
}

/** The records whose writers the policy names. */
export type RecordKind =
  | 'project'
  /** 问题项 */
  | 'defect'
  /** 交付异议/投诉 */
  | 'complaint'
  /** 风险自查 register (its areas A–H) */
  | 'risk_register'
  /** one 风险 item, owned by a department */
  | 'risk_item'
  /** 满意度调查: dimensions and responses */
  | 'survey'
  /** 交付总结 */
  | 'summary'
  /** an on-site step of a unit's handover (check-in, inspection, documents, gift, handover, refusal, objection) */
  | 'handover_step'
  /** area settlement and fees (the cashiers') */
  | 'payment'
  /** the key ledger (the property company's) */
  | 'key';

/**
 * `respond`: what the company a defect is assigned to does with it (accept, mark fixed with proof, dispute).
 * `decide` on a defect: the developer's side verifying, reopening or ruling on a dispute.
 */
export type AccessAction = 'read' | 'create' | 'update' | 'decide' | 'compile' | 'submit' | 'respond';

/** The record a decision is about, when its department (a risk item) or its contractor company (a defect) matters. */
export interface AccessSubject {
  department?: Department;
  /** the contractor company a defect is assigned to, or null when none is */
  companyId?: string | null;
}

export type AccessRefusal =
  /** the project is not the caller's: answered as if it did not exist */
  | { allowed: false; reason: 'not_in_scope' }
  /** the caller's role never does this here */
  | { allowed: false; reason: 'role'; roles: readonly AccessRole[] }
  /** a department head of another department than the one(s) that do this */
  | { allowed: false; reason: 'department'; departments: readonly Department[] };

export type AccessDecision = { allowed: true } | AccessRefusal;

/** Which department heads write a kind: some departments, any assigned head, or none. */
export type HeadWriters = readonly Department[] | 'any' | 'none' | 'record department';

interface Writers {
  /** does the project's lead do it */
  lead: boolean;
  hq: boolean;
  heads: HeadWriters;
}

const ALLOWED: AccessDecision = Object.freeze({ allowed: true });

/**
 * The rules, as the API enforced them before this file: an action not listed for a kind is refused to everyone.
 * Reading is never listed: whoever may see the project reads its records. (The routes' @Roles guards narrow further,
 * e.g. only leads and HQ reach the summary's compile.)
 */
const WRITERS: Readonly<Record<RecordKind, Partial<Record<AccessAction, Writers | 'anyone in scope'>>>> = {
  project: {},
  defect: {
    create: { lead: true, hq: false, heads: ['engineering', 'customer_service'] },
    update: { lead: true, hq: false, heads: ['engineering', 'customer_service'] },
    decide: { lead: true, hq: false, heads: ['engineering', 'property'] },
  },
  complaint: {
    create: { lead: true, hq: false, heads: ['customer_service'] },
    update: { lead: true, hq: false, heads: ['customer_service'] },
  },
  risk_register: { create: { lead: true, hq: false, heads: 'none' } },
  risk_item: {
    create: { lead: true, hq: false, heads: 'record department' },
    decide: { lead: false, hq: false, heads: 'record department' },
  },
  survey: {
    create: { lead: true, hq: true, heads: ['customer_service'] },
    update: { lead: true, hq: true, heads: ['customer_service'] },
  },
  summary: {
    compile: 'anyone in scope',
    update: { lead: true, hq: false, heads: 'none' },
    submit: { lead: true, hq: false, heads: 'none' },
  },
  handover_step: { update: { lead: true, hq: false, heads: 'any' } },
  payment: { update: { lead: true, hq: false, heads: ['finance'] } },
  key: { update: { lead: true, hq: false, heads: ['property'] } },
};

/**
 * Which department heads may do `action` to a record of `kind` besides the writers named by role: the departments,
 * `any` assigned head, `none`, or the head of the record's own department. For a refusal that names who may.
 */
export function headWritersOf(kind: RecordKind, action: AccessAction): HeadWriters {
  const writers = WRITERS[kind][action];
  if (writers === undefined) return 'none';
  return writers === 'anyone in scope' ? 'any' : writers.heads;
}

/**
 * HQ and admins see every project, a lead the projects it leads, a department head those it is assigned to, a
 * contractor those its company works on.
 */
export function seesProject(caller: AccessCaller): boolean {
  switch (caller.role) {
    case 'hq':
    case 'admin':
      return true;
    case 'project_lead':
      return caller.relation === 'lead';
    case 'department_head':
    case 'contractor':
      return caller.relation === 'assigned';
  }
}

/**
 * A contractor sees the defects assigned to its company and nothing else of the project: every other record, and the
 * defects of other companies, are refused as not in scope (answered as if they did not exist). It may only `respond`.
 */
function decideContractor(caller: AccessCaller, kind: RecordKind, action: AccessAction, subject: AccessSubject) {
  const ownDefect =
    kind === 'defect' &&
    caller.companyId != null &&
    subject.companyId != null &&
    subject.companyId === caller.companyId;
  if (!ownDefect) return { allowed: false, reason: 'not_in_scope' } as const;
  if (action === 'read' || action === 'respond') return ALLOWED;
  return { allowed: false, reason: 'role', roles: rolesWriting(kind, action) } as const;
}

/** The roles that do `action` to `kind` (for a refusal naming them). */
function rolesWriting(kind: RecordKind, action: AccessAction): AccessRole[] {
  const writers = WRITERS[kind][action];
  if (writers === undefined || writers === 'anyone in scope') return [];
  return refusedByRole(writers).roles.slice();
}

/**
 * May the caller do `action` to a record of `kind` in the project? The project scope is checked first, so a record
 * out of scope is refused as `not_in_scope` whatever the action.
 */
export function decideAccess(
  caller: AccessCaller,
  kind: RecordKind,
  action: AccessAction,
  subject: AccessSubject = {},
): AccessDecision {
  if (!seesProject(caller)) return { allowed: false, reason: 'not_in_scope' };
  if (caller.role === 'contractor') return decideContractor(caller, kind, action, subject);
  if (action === 'respond') return { allowed: false, reason: 'role', roles: ['contractor'] };
  if (action === 'read') return ALLOWED;
  const writers = WRITERS[kind][action];
  if (writers === 'anyone in scope') return ALLOWED;
  if (!writers) return { allowed: false, reason: 'role', roles: [] };
  switch (caller.role) {
    case 'project_lead':
      return writers.lead ? ALLOWED : refusedByRole(writers);
    case 'hq':
      return writers.hq ? ALLOWED : refusedByRole(writers);
    case 'admin':
      return refusedByRole(writers);
    case 'department_head':
      return decideHead(caller.department, writers, subject);
  }
}

function decideHead(department: Department | null, writers: Writers, subject: AccessSubject): AccessDecision {
  const heads = writers.heads;
  if (heads === 'none') return refusedByRole(writers);
  if (heads === 'any') return ALLOWED;
  const departments = heads === 'record department' ? (subject.department ? [subject.department] : []) : heads;
  if (department !== null && departments.includes(department)) return ALLOWED;
  return { allowed: false, reason: 'department', departments };
}

function refusedByRole(writers: Writers): Extract<AccessRefusal, { reason: 'role' }> {
  const roles: AccessRole[] = [];
  if (writers.lead) roles.push('project_lead');
  if (writers.heads !== 'none') roles.push('department_head');
  if (writers.hq) roles.push('hq');
  return { allowed: false, reason: 'role', roles };
}

/** The projects a caller sees, as the SQL scope predicate states it (the same rule as `seesProject`). */
export type ProjectScopeRule =
  | { kind: 'all' }
  | { kind: 'led_by'; userId: string }
  | { kind: 'assigned_to'; userId: string }
  /** a contractor: the projects its company is assigned to (none without a company) */
  | { kind: 'company_assigned'; companyId: string | null };

export function projectScopeOf(caller: {
  id: string;
  role: AccessRole;
  contractorCompanyId?: string | null;
}): ProjectScopeRule {
  switch (caller.role) {
    case 'hq':
    case 'admin':
      return { kind: 'all' };
    case 'project_lead':
      return { kind: 'led_by', userId: caller.id };
    case 'department_head':
      return { kind: 'assigned_to', userId: caller.id };
    case 'contractor':
      return { kind: 'company_assigned', companyId: caller.contractorCompanyId ?? null };
  }
}
