import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AccessCaller, AccessDecision, AccessRefusal, ProjectRelation } from '@handover/domain';
import type { AuthenticatedUser } from './authenticated-user';

/** A refusal the caller is told about (403); `not_in_scope` is answered as not found instead. */
export type ToldRefusal = Exclude<AccessRefusal, { reason: 'not_in_scope' }>;

export function accessCallerOf(user: AuthenticatedUser, relation: ProjectRelation): AccessCaller {
  return { role: user.role, department: user.department, relation };
}

/**
 * Turns the policy's answer into the API's: nothing when allowed, 404 with `notFound` when the record is out of the
 * caller's scope (indistinguishable from an absent one), 403 with the sentence `refused` writes otherwise.
 */
export function assertAllowed(
  decision: AccessDecision,
  refused: (refusal: ToldRefusal) => string,
  notFound = 'Not found.',
): void {
  if (decision.allowed) return;
  if (decision.reason === 'not_in_scope') throw new NotFoundException(notFound);
  throw new ForbiddenException(refused(decision));
}

/** How a refusal names the caller: `the engineering head`, or the role (`hq`, `admin`, `project_lead`). */
export function callerLabel(user: AuthenticatedUser): string {
  return user.role === 'department_head' ? `the ${user.department} head` : user.role;
}
