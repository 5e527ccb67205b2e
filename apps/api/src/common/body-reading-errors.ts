import { HttpStatus } from '@nestjs/common';
import { ApiError } from './api-error';

/** What body-parser attaches to the errors it raises (http-errors with a `type`). */
interface BodyParserError {
  type?: unknown;
  limit?: unknown;
  charset?: unknown;
  encoding?: unknown;
}

/** 262144 → "256 KB", 4194304 → "4 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The coded refusal for an error body-parser raised while reading a request body, or null for any other error. */
export function bodyReadingError(error: unknown): ApiError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, limit, charset, encoding } = error as BodyParserError;
  switch (type) {
    case 'entity.too.large':
      return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', {
        limit: typeof limit === 'number' ? formatByteSize(limit) : '?',
      });
    case 'entity.parse.failed':
      return new ApiError(HttpStatus.BAD_REQUEST, 'MALFORMED_JSON');
    case 'charset.unsupported':
      return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_CHARSET', {
        charset: String(charset).slice(0, 40),
      });
    case 'encoding.unsupported':
      return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_CONTENT_ENCODING', {
        encoding: String(encoding).slice(0, 40),
      });
    case 'request.aborted':
    case 'request.size.invalid':
      return new ApiError(HttpStatus.BAD_REQUEST, 'BODY_INCOMPLETE');
    case 'parameters.too.many':
      return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', { limit: '1000 fields' });
    default:
      return null;
  }
}
