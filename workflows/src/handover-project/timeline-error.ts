import { ApplicationFailure } from '@temporalio/workflow';
import { FailureTypes } from '@handover/contracts';
import { renderErrorMessage, type ErrorCode, type ErrorParams } from '@handover/domain';

type FailureType = (typeof FailureTypes)[keyof typeof FailureTypes];

/**
 * A refusal with a type the API maps to an HTTP status (Forbidden → 403, Conflict → 409, Invalid → 400), and its
 * stable code and params in the failure's details (`[{ code, params }]`), from which the API words it in the caller's
 * language. The failure's message stays the English sentence, for clients and logs that read only that.
 */
export function refuse(type: FailureType, code: ErrorCode, params: ErrorParams = {}): never {
  throw ApplicationFailure.create({
    type,
    message: renderErrorMessage(code, params, 'en'),
    details: [{ code, params }],
    nonRetryable: true,
  });
}
