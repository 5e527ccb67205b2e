import { ApplicationFailure } from '@temporalio/workflow';
import { FailureTypes } from '@handover/contracts';

type FailureType = (typeof FailureTypes)[keyof typeof FailureTypes];

/** A refusal with a type the API maps to an HTTP status (Forbidden → 403, Conflict → 409, Invalid → 400). */
export function refuse(type: FailureType, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}
