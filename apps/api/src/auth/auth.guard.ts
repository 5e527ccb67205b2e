import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ActorRole } from '@handover/contracts';
import { ApiError } from '../common/api-error';
import { UsersRepository } from '../users/users.repository';
import { ALLOWED_ROLES, OPEN_TO_CONTRACTORS, PUBLIC_ROUTE } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';
import { TokenService } from './token.service';
import { UserCache } from './user-cache';

/** Global guard: a valid bearer token of an existing user, then the route's role list (contractors: listed routes only). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly cache = new UserCache();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new ApiError(HttpStatus.UNAUTHORIZED, 'SIGN_IN_FIRST');
    let userId: string;
    try {
      userId = this.tokens.verify(token).sub;
    } catch {
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID');
    }
    let user = this.cache.get(userId);
    if (!user) {
      user = (await this.users.findById(userId)) ?? undefined;
      if (!user) throw new ApiError(HttpStatus.UNAUTHORIZED, 'TOKEN_USER_GONE');
      this.cache.set(user);
    }
    request.user = user;
    const roles = this.reflector.getAllAndOverride<ActorRole[] | undefined>(ALLOWED_ROLES, targets);
    if (user.role === 'contractor') {
      const open =
        roles?.includes('contractor') || this.reflector.getAllAndOverride<boolean>(OPEN_TO_CONTRACTORS, targets);
      if (!open) throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');
      return true;
    }
    if (roles && !roles.includes(user.role)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'ROLE_NOT_ALLOWED', { roles: roles.join(', '), role: user.role });
    }
    return true;
  }
}
