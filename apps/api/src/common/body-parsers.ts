import { HttpStatus } from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ApiError } from './api-error';
import { bodyReadingError } from './body-reading-errors';

/** The JSON body limit of every route that does not need more: the largest ordinary command is a few KB. */
export const DEFAULT_JSON_LIMIT_BYTES = 256 * 1024;

/**
 * Routes whose real requests are larger. An inspection (验房) may carry 200 findings of up to 1,000 characters,
 * about 650 KB of UTF-8 Chinese.
 */
export const LARGE_JSON_ROUTES: ReadonlyArray<{ pattern: RegExp; limitBytes: number }> = [
  { pattern: /^\/projects\/[^/]+\/units\/[^/]+\/handover\/inspect\/?$/, limitBytes: 1024 * 1024 },
];

export function jsonLimitFor(path: string): number {
  return LARGE_JSON_ROUTES.find((route) => route.pattern.test(path))?.limitBytes ?? DEFAULT_JSON_LIMIT_BYTES;
}

function readJson(limitBytes: number): RequestHandler {
  return json({ limit: limitBytes, type: ['application/json', 'application/*+json'] });
}

/**
 * Replaces Nest's default JSON parser (Nest skips its own when a middleware of this name is registered): the limit
 * is chosen by route, and every reading error becomes a coded refusal (413, 415, 400) instead of a 500.
 */
export function createJsonParser(): RequestHandler {
  const parsers = new Map<number, RequestHandler>();
  const parserFor = (limitBytes: number): RequestHandler => {
    let parser = parsers.get(limitBytes);
    if (!parser) parsers.set(limitBytes, (parser = readJson(limitBytes)));
    return parser;
  };
  return function jsonParser(request: Request, response: Response, next: NextFunction): void {
    // JSON is UTF-8 (RFC 8259); body-parser would also decode UTF-16 and UTF-32 and then fail on the bytes.
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (
      charset !== undefined &&
      charset !== 'utf-8' &&
      charset !== 'utf8' &&
      request.is(['application/json', 'application/*+json'])
    ) {
      return next(
        new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_CHARSET', { charset: charset.slice(0, 40) }),
      );
    }
    parserFor(jsonLimitFor(request.path))(request, response, (error?: unknown) =>
      next(error ? (bodyReadingError(error) ?? error) : undefined),
    );
  };
}

/**
 * Replaces Nest's default form parser: the API speaks JSON (and CSV or multipart on the routes that say so), so a
 * form-encoded body is refused instead of being half-understood.
 */
export function createFormRefusal(): RequestHandler {
  return function urlencodedParser(request: Request, _response: Response, next: NextFunction): void {
    if (request.is('application/x-www-form-urlencoded'))
      return next(new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'JSON_ONLY'));
    next();
  };
}
