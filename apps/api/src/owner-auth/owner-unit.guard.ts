import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  HttpStatus,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { ApiError } from '../common/api-error';
import { ErrorResponseDto } from '../common/error-response.dto';
import { OwnerAuthRepository, type OwnerSession, type OwnerUnitRow } from './owner-auth.repository';
import { OwnerRoute } from './owner-session.guard';

type OwnerUnitRequest = Request & { ownerSession?: OwnerSession; ownerUnit?: OwnerUnitRow };

/**
 * The `:unitId` of an owner route, as one of the signed-in owner's own units. Any other id — malformed, unknown, or
 * another household's — is the same 404, so an owner cannot learn which units exist.
 */
@Injectable()
export class OwnerUnitGuard implements CanActivate {
  constructor(private readonly repository: OwnerAuthRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OwnerUnitRequest>();
    const unitId = request.params.unitId;
    const session = request.ownerSession;
    if (!session) throw new ApiError(HttpStatus.UNAUTHORIZED, 'OWNER_SESSION_REQUIRED');
    if (typeof unitId !== 'string' || !isUUID(unitId)) throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    const unit = await this.repository.unitOf(session.phone, unitId);
    if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    request.ownerUnit = unit;
    return true;
  }
}

/**
 * A route under `/owner/me/units/:unitId/…`: an owner session (OwnerRoute), then the unit must be theirs. The handler
 * reads it with `@CurrentOwnerUnit()`.
 */
export const OwnerUnitRoute = () =>
  applyDecorators(
    OwnerRoute(),
    UseGuards(OwnerUnitGuard),
    ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'OWNER_SESSION_REQUIRED' }),
    ApiNotFoundResponse({ type: ErrorResponseDto, description: 'NOT_FOUND' }),
  );

export const CurrentOwnerUnit = createParamDecorator(
  (_data: unknown, context: ExecutionContext): OwnerUnitRow =>
    context.switchToHttp().getRequest<OwnerUnitRequest>().ownerUnit!,
);
