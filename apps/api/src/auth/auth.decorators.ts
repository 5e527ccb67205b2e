import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ActorRole } from '@handover/contracts';
import type { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = Symbol('publicRoute');
export const ALLOWED_ROLES = Symbol('allowedRoles');

/** Health and docs only; every other route needs a bearer token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Restricts a route to these roles (checked server-side by RolesGuard). */
export const Roles = (...roles: ActorRole[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest().user,
);
