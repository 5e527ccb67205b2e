/** The roles of the API (see README): what each may see decides the menu; the server enforces it regardless. */
/** contractor: a user of a contractor company (施工单位), who sees only its company's defects. */
export type Role = 'project_lead' | 'department_head' | 'hq' | 'admin' | 'contractor';

export interface CurrentUser {
  id: string;
  name: string;
  role: Role;
  department: string | null;
  /** the company of a contractor user */
  contractorCompanyId?: string | null;
}

export function homePathFor(role: Role): string {
  if (role === 'department_head') return '/approvals';
  if (role === 'hq') return '/hq/board';
  if (role === 'contractor') return '/contractor';
  return '/projects';
}
