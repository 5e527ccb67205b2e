import { ProjectScope } from './project-scope';

describe('ProjectScope.sql', () => {
  it('HQ and admins: no condition and no parameter', () => {
    expect(ProjectScope.of({ id: 'u', role: 'hq' }).sql('p', 2)).toEqual({ sql: 'TRUE', params: [] });
    expect(ProjectScope.of({ id: 'u', role: 'admin' }).sql('p', 2)).toEqual({ sql: 'TRUE', params: [] });
  });

  it('a lead: the projects it leads, its id at the asked placeholder', () => {
    expect(ProjectScope.of({ id: 'u', role: 'project_lead' }).sql('p', 3)).toEqual({
      sql: 'p.lead_user_id = $3',
      params: ['u'],
    });
  });

  it('a department head: the projects it is assigned to', () => {
    expect(ProjectScope.of({ id: 'u', role: 'department_head' }).sql('x', 1)).toEqual({
      sql: 'EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = x.id AND a.user_id = $1)',
      params: ['u'],
    });
  });

  it('a contractor: the projects its company is assigned to; without a company, none', () => {
    expect(ProjectScope.of({ id: 'u', role: 'contractor', contractorCompanyId: 'c' }).sql('p', 2)).toEqual({
      sql: 'EXISTS (SELECT 1 FROM project_contractors pc WHERE pc.project_id = p.id AND pc.company_id = $2)',
      params: ['c'],
    });
    expect(ProjectScope.of({ id: 'u', role: 'contractor' }).sql('p', 2)).toEqual({ sql: 'FALSE', params: [] });
  });
});
