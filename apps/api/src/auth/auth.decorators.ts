import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ActorRole } from '@handover/contracts';
import type { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = Symbol('publicRoute');
export const ALLOWED_ROLES = Symbol('allowedRoles');
export const OPEN_TO_CONTRACTORS = Symbol('openToContractors');

/** Health and docs only; every other route needs a bearer token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * A route without a role list that contractors may use too (their own defects, their notifications). Every other
 * route answers a contractor 404, as if it did not exist: a contractor's reach is listed, never assumed.
 */
export const OpenToContractors = () => SetMetadata(OPEN_TO_CONTRACTORS, true);

/** Restricts a route to these roles (checked server-side by RolesGuard). */
export const Roles = (...roles: ActorRole[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest().user,
);
