import type { ErrorParams } from '@handover/domain';

/**
 * What the API said when it refused a request: its stable `code` and `params` (the console words the refusal from
 * them, see refusal-text.ts) and `messages`, the server's own sentences (a validation refusal lists one per field
 * problem). Nothing the server said is ever hidden.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly code?: string,
    readonly params?: ErrorParams,
  ) {
    super(messages.length > 0 ? messages.join(' ') : `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** An error body `{ statusCode, error, code, params?, message }`; status 0: the server could not be reached. */
  static from(status: number, body: unknown): ApiError {
    const { message, code, params } = (body ?? {}) as { message?: unknown; code?: unknown; params?: unknown };
    const messages = Array.isArray(message)
      ? message.map(String)
      : typeof message === 'string' && message
        ? [message]
        : [];
    return new ApiError(
      status,
      messages,
      typeof code === 'string' ? code : undefined,
      isParams(params) ? params : undefined,
    );
  }

  /** The same refusal with fewer of the server's sentences (e.g. after a form took the ones about its fields). */
  withMessages(messages: string[]): ApiError {
    return new ApiError(this.status, messages, this.code, this.params);
  }
}

function isParams(value: unknown): value is ErrorParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}
