/** The roles of the API (see README): what each may see decides the menu; the server enforces it regardless. */
export type Role = 'project_lead' | 'department_head' | 'hq' | 'admin';

export interface CurrentUser {
  id: string;
  name: string;
  role: Role;
  department: string | null;
}

export function homePathFor(role: Role): string {
  if (role === 'department_head') return '/approvals';
  if (role === 'hq') return '/hq/board';
  return '/projects';
}
