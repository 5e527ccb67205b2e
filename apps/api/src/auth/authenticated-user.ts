import type { Actor, ActorRole } from '@handover/contracts';
import type { Department } from '@handover/domain';

/** The caller, as resolved from a verified bearer token and the users table. */
export interface AuthenticatedUser {
  id: string;
  name: string;
  role: ActorRole;
  department: Department | null;
  /** a contractor's company (施工单位); absent or null for everyone else */
  contractorCompanyId?: string | null;
}

export function actorOf(user: AuthenticatedUser): Actor {
  return { userId: user.id, role: user.role, department: user.department };
}
