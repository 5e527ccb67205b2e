import { HttpException, type HttpStatus } from '@nestjs/common';
import { renderErrorMessage, type ErrorCode, type ErrorParams } from '@handover/domain';

/**
 * A refusal with a stable code: the global filter answers `{ statusCode, error, code, params, message }`, the message
 * rendered from the code in the caller's language (Accept-Language, zh-CN by default). The error's own `message` is
 * the English sentence, for logs and for code that reads it outside a request.
 */
export class ApiError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super({ code, params }, status);
    this.message = renderErrorMessage(code, params, 'en');
  }
}
