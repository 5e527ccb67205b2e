import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { FailureTypes } from '@handover/contracts';
import { isErrorCode, type ErrorParams } from '@handover/domain';
import { ApiError } from '../common/api-error';
import { temporalOutageError } from './temporal-unavailable';

const FAILURE_STATUS: Record<string, HttpStatus> = {
  [FailureTypes.forbidden]: HttpStatus.FORBIDDEN,
  [FailureTypes.conflict]: HttpStatus.CONFLICT,
  [FailureTypes.notFound]: HttpStatus.NOT_FOUND,
  [FailureTypes.invalid]: HttpStatus.BAD_REQUEST,
};

/** The refusal's code and params, which the workflow's `refuse` puts in the failure's details as `[{ code, params }]`. */
function codedRefusal(failure: ApplicationFailure): ApiError | null {
  const status = FAILURE_STATUS[failure.type ?? ''];
  const [details] = (failure.details ?? []) as { code?: unknown; params?: unknown }[];
  if (status === undefined || !isErrorCode(details?.code)) return null;
  const params = typeof details.params === 'object' && details.params !== null ? details.params : {};
  return new ApiError(status, details.code, params as ErrorParams);
}

/**
 * Turns a refusal from a workflow's update validator into the HTTP error it stands for: coded (worded in the caller's
 * language) when the failure carries its code, else with the failure's own message (a worker older than the codes).
 */
export function toHttpError(error: unknown): HttpException | unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure) {
      const coded = codedRefusal(cause);
      if (coded) return coded;
      const message = cause.message;
      switch (cause.type) {
        case FailureTypes.forbidden:
          return new ForbiddenException(message);
        case FailureTypes.conflict:
          return new ConflictException(message);
        case FailureTypes.notFound:
          return new NotFoundException(message);
        case FailureTypes.invalid:
          return new BadRequestException(message);
      }
    }
    return new ConflictException(cause?.message ?? error.message);
  }
  if (error instanceof WorkflowNotFoundError) return new ApiError(HttpStatus.CONFLICT, 'WORKFLOW_NOT_RUNNING');
  const outage = temporalOutageError(error);
  if (outage) return outage;
  return error;
}
