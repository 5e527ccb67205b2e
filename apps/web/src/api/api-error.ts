/** What the API said when it refused a request; its message is always shown to the person, never hidden. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join(' '));
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const message = (body as { message?: unknown } | undefined)?.message;
    if (Array.isArray(message)) return new ApiError(status, message.map(String));
    if (typeof message === 'string' && message) return new ApiError(status, [message]);
    return new ApiError(status, [status === 0 ? 'The server cannot be reached.' : `The server answered ${status}.`]);
  }
}
