import type { components } from '../../api/schema';

/** A role the API's CreateUserDto takes. */
export type UserRole = components['schemas']['CreateUserDto']['role'];

/**
 * The roles the admin's form offers, each one of the DTO's (its enum is the source of truth): a role that needs more
 * than a name (a department head's department, a contractor's company) is added here together with its field.
 */
export const CREATABLE_ROLES: readonly UserRole[] = ['project_lead', 'department_head', 'hq', 'admin', 'contractor'];
