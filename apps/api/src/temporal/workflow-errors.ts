import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { FailureTypes } from '@handover/contracts';

/** Turns a refusal from a workflow's update validator into the HTTP error it stands for. */
export function toHttpError(error: unknown): HttpException | unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure) {
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
  if (error instanceof WorkflowNotFoundError) return new ConflictException("This project's workflow is not running.");
  if (isUnavailable(error))
    return new ServiceUnavailableException('The workflow service is unavailable; try again shortly.');
  return error;
}

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: number })?.code;
  return code === 14 || code === 4; // gRPC UNAVAILABLE, DEADLINE_EXCEEDED
}
