import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@handover/domain';
import { ApiError } from '../common/api-error';

/** gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html) that mean "Temporal is not there". */
const GRPC = { CANCELLED: 1, INVALID_ARGUMENT: 3, DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, UNAVAILABLE: 14 } as const;

export type TemporalOutage = 'unavailable' | 'timeout' | 'not-set-up';

const CODE_OF: Record<TemporalOutage, ErrorCode> = {
  unavailable: 'TEMPORAL_UNAVAILABLE',
  timeout: 'TEMPORAL_TIMEOUT',
  'not-set-up': 'TEMPORAL_NOT_SET_UP',
};

/**
 * Whether `error` says that Temporal could not serve the call, and how. The SDK wraps gRPC errors: a `ServiceError`
 * ("Failed to start Workflow", "Failed to query Workflow") or a `WorkflowUpdateRPCTimeoutOrCancelledError` carries
 * the gRPC status in `cause`, so the whole cause chain is read.
 */
export function temporalOutageOf(error: unknown): TemporalOutage | null {
  for (let current = error, depth = 0; current && depth < 6; current = causeOf(current), depth++) {
    if (!(current instanceof Error) && typeof current !== 'object') return null;
    const { name, code, details, message } = current as {
      name?: string;
      code?: unknown;
      details?: unknown;
      message?: unknown;
    };
    if (name === 'NamespaceNotFoundError') return 'not-set-up';
    if (typeof code !== 'number') continue;
    const text = `${typeof details === 'string' ? details : ''} ${typeof message === 'string' ? message : ''}`;
    if (code === GRPC.UNAVAILABLE || code === GRPC.CANCELLED) return 'unavailable';
    if (code === GRPC.DEADLINE_EXCEEDED) return 'timeout';
    if (
      code === GRPC.INVALID_ARGUMENT &&
      /search attribute/i.test(text) &&
      /not defined|no mapping|unknown/i.test(text)
    )
      return 'not-set-up';
    if (code === GRPC.NOT_FOUND && /namespace/i.test(text) && /not found/i.test(text)) return 'not-set-up';
  }
  return null;
}

/**
 * The 503 refusal of a Temporal outage (TEMPORAL_UNAVAILABLE, TEMPORAL_TIMEOUT or TEMPORAL_NOT_SET_UP). Its stack is
 * the line the exception filter logs: what Temporal said, and what the operator does about a missing set-up.
 */
export class TemporalOutageError extends ApiError {
  constructor(
    readonly outage: TemporalOutage,
    readonly detail: string,
  ) {
    super(HttpStatus.SERVICE_UNAVAILABLE, CODE_OF[outage]);
    const hint = outage === 'not-set-up' ? ' (run `npm run temporal:setup` against this cluster)' : '';
    this.stack = `Temporal ${outage}: ${detail}${hint}`;
  }
}

/** The refusal for `error` when it is a Temporal outage, or null. */
export function temporalOutageError(error: unknown): TemporalOutageError | null {
  if (error instanceof ApiError) return null;
  const outage = temporalOutageOf(error);
  return outage ? new TemporalOutageError(outage, temporalOutageDetail(error)) : null;
}

/** The innermost gRPC details of an outage, for the log line an operator reads ("no mapping defined for …"). */
export function temporalOutageDetail(error: unknown): string {
  let detail = error instanceof Error ? error.message : String(error);
  for (let current = causeOf(error), depth = 0; current && depth < 6; current = causeOf(current), depth++) {
    const { details, message } = current as { details?: unknown; message?: unknown };
    if (typeof details === 'string' && details) detail = details;
    else if (typeof message === 'string' && message) detail = message;
  }
  return detail;
}

function causeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined;
}
