import { HttpStatus } from '@nestjs/common';
import type {
  AccessCaller,
  AccessDecision,
  AccessRefusal,
  ErrorCode,
  ErrorParams,
  ProjectRelation,
} from '@handover/domain';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from './authenticated-user';

/** A refusal the caller is told about (403); `not_in_scope` is answered as not found instead. */
export type ToldRefusal = Exclude<AccessRefusal, { reason: 'not_in_scope' }>;

export function accessCallerOf(user: AuthenticatedUser, relation: ProjectRelation): AccessCaller {
  return { role: user.role, department: user.department, relation, companyId: user.contractorCompanyId ?? null };
}

/** The code and params of a refusal, for its sentence in the caller's language. */
export interface Refusal {
  code: ErrorCode;
  params?: ErrorParams;
}

/**
 * Turns the policy's answer into the API's: nothing when allowed, 404 with `notFound` when the record is out of the
 * caller's scope (indistinguishable from an absent one), 403 with the refusal `refused` names otherwise.
 */
export function assertAllowed(
  decision: AccessDecision,
  refused: (refusal: ToldRefusal) => Refusal,
  notFound: Refusal = { code: 'NOT_FOUND' },
): void {
  if (decision.allowed) return;
  if (decision.reason === 'not_in_scope') throw new ApiError(HttpStatus.NOT_FOUND, notFound.code, notFound.params);
  const { code, params } = refused(decision);
  throw new ApiError(HttpStatus.FORBIDDEN, code, params);
}

/** How a refusal names the caller (`callerEn` / `callerZh` of libs/domain): their role and, for a head, department. */
export function callerParams(user: AuthenticatedUser): ErrorParams {
  return user.role === 'department_head' && user.department
    ? { role: user.role, department: user.department }
    : { role: user.role };
}
