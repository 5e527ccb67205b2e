import type { Role } from '../../auth/roles';

export { PHASE_KEYS, type PhaseKey } from '../../shared/phases';

/** Statuses the lead screens filter by; their words live in lead (projectStatus.*). */
export const PROJECT_STATUSES = ['launching', 'active', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Roles the API lets launch a project (POST /projects). */
export const LAUNCHING_ROLES: Role[] = ['project_lead', 'hq', 'admin'];
