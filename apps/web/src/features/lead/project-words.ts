import type { Role } from '../../auth/roles';

/** Keys the lead screens list in filters and forms; their words live in common (phase.*) and lead (projectStatus.*). */
export const PHASE_KEYS = [
  'riskSelfCheck',
  'unitInspection',
  'openDay',
  'rectification',
  'propertyTransfer',
  'handoverPreparation',
  'centralizedHandover',
  'scatteredHandover',
  'summary',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const PROJECT_STATUSES = ['launching', 'active', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Roles the API lets launch a project (POST /projects). */
export const LAUNCHING_ROLES: Role[] = ['project_lead', 'hq', 'admin'];
