import type { Department } from '../schedule/departments';
import {
  headWritersOf,
  decideAccess,
  projectScopeOf,
  seesProject,
  type AccessAction,
  type AccessCaller,
  type RecordKind,
} from './access-policy';

/** Callers in the project's scope: its lead, assigned heads of four departments, HQ, an admin. */
const CALLERS: Record<string, AccessCaller> = {
  lead: { role: 'project_lead', department: null, relation: 'lead' },
  engineering: { role: 'department_head', department: 'engineering', relation: 'assigned' },
  customer_service: { role: 'department_head', department: 'customer_service', relation: 'assigned' },
  finance: { role: 'department_head', department: 'finance', relation: 'assigned' },
  property: { role: 'department_head', department: 'property', relation: 'assigned' },
  hq: { role: 'hq', department: null, relation: 'none' },
  admin: { role: 'admin', department: null, relation: 'none' },
};

type Outcome = 'ok' | 'role' | 'department';
const o = 'ok';
const r = 'role';
const d = 'department';

/** The risk item in the table belongs to engineering. */
const RISK_DEPARTMENT: Department = 'engineering';

// prettier-ignore
const TABLE: [RecordKind, AccessAction, lead: Outcome, engineering: Outcome, customerService: Outcome, finance: Outcome, property: Outcome, hq: Outcome, admin: Outcome][] = [
  //                              lead engineering cs  finance property hq admin
  ['project',       'read',       o,   o,          o,  o,      o,       o, o],
  ['defect',        'read',       o,   o,          o,  o,      o,       o, o],
  ['defect',        'create',     o,   o,          o,  d,      d,       r, r],
  ['defect',        'update',     o,   o,          o,  d,      d,       r, r],
  ['defect',        'decide',     o,   o,          d,  d,      o,       r, r],
  ['defect',        'respond',    r,   r,          r,  r,      r,       r, r],
  ['complaint',     'read',       o,   o,          o,  o,      o,       o, o],
  ['complaint',     'create',     o,   d,          o,  d,      d,       r, r],
  ['complaint',     'update',     o,   d,          o,  d,      d,       r, r],
  ['risk_register', 'read',       o,   o,          o,  o,      o,       o, o],
  ['risk_register', 'create',     o,   r,          r,  r,      r,       r, r],
  ['risk_item',     'create',     o,   o,          d,  d,      d,       r, r],
  ['risk_item',     'decide',     r,   o,          d,  d,      d,       r, r],
  ['survey',        'read',       o,   o,          o,  o,      o,       o, o],
  ['survey',        'create',     o,   d,          o,  d,      d,       o, r],
  ['survey',        'update',     o,   d,          o,  d,      d,       o, r],
  ['summary',       'read',       o,   o,          o,  o,      o,       o, o],
  ['summary',       'compile',    o,   o,          o,  o,      o,       o, o],
  ['summary',       'update',     o,   r,          r,  r,      r,       r, r],
  ['summary',       'submit',     o,   r,          r,  r,      r,       r, r],
  ['handover_step', 'update',     o,   o,          o,  o,      o,       r, r],
  ['payment',       'update',     o,   d,          d,  o,      d,       r, r],
  ['key',           'update',     o,   d,          d,  d,      o,       r, r],
  ['project',       'update',     r,   r,          r,  r,      r,       r, r],
];

describe('decideAccess: role × record kind × action, in scope', () => {
  const callers = Object.keys(CALLERS);
  it.each(TABLE)('%s %s', (kind, action, ...outcomes) => {
    const got = callers.map((name) => {
      const decision = decideAccess(CALLERS[name], kind, action, { department: RISK_DEPARTMENT });
      return decision.allowed ? 'ok' : decision.reason;
    });
    expect(Object.fromEntries(callers.map((name, i) => [name, got[i]]))).toEqual(
      Object.fromEntries(callers.map((name, i) => [name, outcomes[i]])),
    );
  });

  it('names who may instead: the roles, or the departments', () => {
    expect(decideAccess(CALLERS.hq, 'complaint', 'update')).toEqual({
      allowed: false,
      reason: 'role',
      roles: ['project_lead', 'department_head'],
    });
    expect(decideAccess(CALLERS.finance, 'defect', 'create')).toEqual({
      allowed: false,
      reason: 'department',
      departments: ['engineering', 'customer_service'],
    });
    expect(decideAccess(CALLERS.property, 'risk_item', 'decide', { department: 'sales' })).toEqual({
      allowed: false,
      reason: 'department',
      departments: ['sales'],
    });
    expect(decideAccess(CALLERS.lead, 'summary', 'submit')).toEqual({ allowed: true });
  });

  it('refuses a head without a department wherever a department is named', () => {
    expect(
      decideAccess({ role: 'department_head', department: null, relation: 'assigned' }, 'payment', 'update').allowed,
    ).toBe(false);
    expect(
      decideAccess({ role: 'department_head', department: null, relation: 'assigned' }, 'handover_step', 'update')
        .allowed,
    ).toBe(true);
  });
});

describe('decideAccess: out of scope', () => {
  const outside: AccessCaller[] = [
    { role: 'project_lead', department: null, relation: 'none' },
    { role: 'project_lead', department: null, relation: 'assigned' },
    { role: 'department_head', department: 'engineering', relation: 'none' },
  ];
  it.each(TABLE.map(([kind, action]) => [kind, action] as const))(
    '%s %s is not_in_scope for a lead of another project and an unassigned head',
    (kind, action) => {
      for (const caller of outside)
        expect(decideAccess(caller, kind, action, { department: 'engineering' })).toEqual({
          allowed: false,
          reason: 'not_in_scope',
        });
    },
  );
});

describe('decideAccess: a contractor (施工单位)', () => {
  const plumber: AccessCaller = { role: 'contractor', department: null, relation: 'assigned', companyId: 'plumbing' };
  const kinds = [...new Set(TABLE.map(([kind]) => kind))];
  const actions: AccessAction[] = ['read', 'create', 'update', 'decide', 'compile', 'submit', 'respond'];

  it('reads and responds to its company’s defects only; decides, updates and creates nothing', () => {
    const own = { companyId: 'plumbing' };
    expect(decideAccess(plumber, 'defect', 'read', own)).toEqual({ allowed: true });
    expect(decideAccess(plumber, 'defect', 'respond', own)).toEqual({ allowed: true });
    for (const action of ['create', 'update', 'decide'] as const)
      expect(decideAccess(plumber, 'defect', action, own)).toMatchObject({ allowed: false, reason: 'role' });
  });

  it.each(actions)(
    'another company’s defect, an unassigned one and every other record: %s is not_in_scope',
    (action) => {
      for (const subject of [{ companyId: 'windows' }, { companyId: null }, {}])
        expect(decideAccess(plumber, 'defect', action, subject)).toEqual({ allowed: false, reason: 'not_in_scope' });
      for (const kind of kinds.filter((kind) => kind !== 'defect'))
        expect(decideAccess(plumber, kind, action, { companyId: 'plumbing' })).toEqual({
          allowed: false,
          reason: 'not_in_scope',
        });
    },
  );

  it('sees nothing of a project its company is not on, nor without a company', () => {
    expect(decideAccess({ ...plumber, relation: 'none' }, 'defect', 'read', { companyId: 'plumbing' })).toEqual({
      allowed: false,
      reason: 'not_in_scope',
    });
    expect(decideAccess({ ...plumber, companyId: null }, 'defect', 'read', { companyId: null })).toEqual({
      allowed: false,
      reason: 'not_in_scope',
    });
    expect(projectScopeOf({ id: 'u', role: 'contractor', contractorCompanyId: 'plumbing' })).toEqual({
      kind: 'company_assigned',
      companyId: 'plumbing',
    });
    expect(projectScopeOf({ id: 'u', role: 'contractor' })).toEqual({ kind: 'company_assigned', companyId: null });
  });
});

describe('projectScopeOf states the same scope as seesProject', () => {
  it('HQ and admins see all, a lead what it leads, a head what it is assigned to', () => {
    expect(projectScopeOf({ id: 'u', role: 'hq' })).toEqual({ kind: 'all' });
    expect(projectScopeOf({ id: 'u', role: 'admin' })).toEqual({ kind: 'all' });
    expect(projectScopeOf({ id: 'u', role: 'project_lead' })).toEqual({ kind: 'led_by', userId: 'u' });
    expect(projectScopeOf({ id: 'u', role: 'department_head' })).toEqual({ kind: 'assigned_to', userId: 'u' });
  });

  it.each(['project_lead', 'department_head', 'hq', 'admin', 'contractor'] as const)(
    '%s: seen exactly by the relation the rule names',
    (role) => {
      const rule = projectScopeOf({ id: 'u', role });
      for (const relation of ['lead', 'assigned', 'none'] as const) {
        const expected =
          rule.kind === 'all' || (rule.kind === 'led_by' ? relation === 'lead' : relation === 'assigned');
        // a contractor's relation is its company's assignment (company_assigned), as a head's is its own
        expect(seesProject({ role, department: null, relation })).toBe(expected);
      }
    },
  );
});

describe('headWritersOf', () => {
  it('names the heads who write a kind, for refusals that say who may', () => {
    expect(headWritersOf('payment', 'update')).toEqual(['finance']);
    expect(headWritersOf('key', 'update')).toEqual(['property']);
    expect(headWritersOf('handover_step', 'update')).toBe('any');
    expect(headWritersOf('risk_item', 'decide')).toBe('record department');
    expect(headWritersOf('summary', 'submit')).toBe('none');
    expect(headWritersOf('project', 'update')).toBe('none');
  });
});
