import {
  BadRequestException,
  Injectable,
  NestMiddleware,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { text } from 'express';
import type { NextFunction, Request, Response } from 'express';

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
    return new PayloadTooLargeException(
      `The CSV file is larger than ${CSV_BODY_LIMIT.replace('mb', ' MB')}; split it into several imports.`,
    );
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new UnsupportedMediaTypeException('Send the CSV as UTF-8 (Content-Type: text/csv; charset=utf-8).');
  }
  return new BadRequestException('The CSV body could not be read completely; send the file again.');
}
