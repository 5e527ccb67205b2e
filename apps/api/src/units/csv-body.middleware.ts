import { HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { text } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../common/api-error';

/** Media types read as a CSV body; anything else leaves the body unread and the import answers 415. */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv'];
/** A unit list of 20,000 rows is about 2 MB; the limit leaves room for long names and quoting. */
export const CSV_BODY_LIMIT = '10mb';

/**
 * Reads a `text/csv` request body as a string, for the routes of the unit import only (registered by UnitsModule).
 * Errors become HTTP exceptions so the global filter answers them as JSON like every other error.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  private readonly read = text({ type: CSV_MEDIA_TYPES, limit: CSV_BODY_LIMIT });

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.read(request, response, (error?: unknown) => (error ? reject(toHttpError(error)) : resolve()));
    });
    next();
  }
}

function toHttpError(error: unknown): Error {
  const { status, type } = error as { status?: number; type?: string };
  if (status === 413) {
    return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'CSV_TOO_LARGE', { limit: CSV_BODY_LIMIT.replace('mb', ' MB') });
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'CSV_NOT_UTF8');
  }
  return new ApiError(HttpStatus.BAD_REQUEST, 'CSV_INCOMPLETE');
}
