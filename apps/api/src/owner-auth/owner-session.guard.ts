import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  HttpStatus,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { OwnerAuthRepository, type OwnerSession } from './owner-auth.repository';
import { OWNER_TOKEN_PREFIX, sessionTokenHash } from './owner-secrets';

type OwnerRequest = Request & { ownerSession?: OwnerSession };

/**
 * The guard of /owner/* routes: a live owner session, nothing else. Staff tokens are refused here (they are not
 * owner sessions), and owner tokens are refused by the staff guard everywhere else (they are not signed JWTs).
 */
@Injectable()
export class OwnerSessionGuard implements CanActivate {
  constructor(private readonly repository: OwnerAuthRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OwnerRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token?.startsWith(OWNER_TOKEN_PREFIX))
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'OWNER_SESSION_REQUIRED');
    const session = await this.repository.findLiveSession(sessionTokenHash(token));
    if (!session) throw new ApiError(HttpStatus.UNAUTHORIZED, 'OWNER_SESSION_REQUIRED');
    request.ownerSession = session;
    return true;
  }
}

/**
 * A route of the owners' app: the staff guard stands aside (PUBLIC_ROUTE) and the owner session guard decides. Used
 * under /owner/ only; a unit's routes add OwnerUnitRoute (owner-unit.guard.ts).
 */
export const OwnerRoute = () =>
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), UseGuards(OwnerSessionGuard), ApiBearerAuth('owner'));

/** Sign-in's own routes: no session at all (rate-limited by number and address instead). */
export const OwnerSignInRoute = () => SetMetadata(PUBLIC_ROUTE, true);

export const CurrentOwner = createParamDecorator(
  (_data: unknown, context: ExecutionContext): OwnerSession =>
    context.switchToHttp().getRequest<OwnerRequest>().ownerSession!,
);
