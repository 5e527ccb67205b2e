import type { ApprovalParty } from '@handover/domain';
import type { Actor } from '@handover/contracts';

/** The gate parties an actor may sign for on one project. */
export function partiesOf(actor: Actor, leadUserId: string): ApprovalParty[] {
  switch (actor.role) {
    case 'project_lead':
      return actor.userId === leadUserId ? ['project_lead'] : [];
    case 'department_head':
      return actor.department ? [actor.department] : [];
    case 'hq':
      return ['hq'];
    default:
      return [];
  }
}
