import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import {
  isErrorCode,
  languageOf,
  renderErrorMessage,
  type ErrorCode,
  type ErrorParams,
  type Language,
} from '@handover/domain';
import { ApiError } from './api-error';
import { bodyReadingError } from './body-reading-errors';
import { temporalOutageError } from '../temporal/temporal-unavailable';

interface ErrorBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  params?: ErrorParams;
  message: string | string[];
}

const PG_STATUS: Record<string, [number, ErrorCode]> = {
  '23505': [HttpStatus.CONFLICT, 'RECORD_EXISTS'],
  '23503': [HttpStatus.CONFLICT, 'RECORD_REFERENCED'],
  '23514': [HttpStatus.BAD_REQUEST, 'RULE_VIOLATED'],
  '22P02': [HttpStatus.BAD_REQUEST, 'VALUE_FORMAT'],
  '40001': [HttpStatus.CONFLICT, 'CONCURRENT_CHANGE'],
  '22003': [HttpStatus.BAD_REQUEST, 'VALUE_OUT_OF_RANGE'],
  '22001': [HttpStatus.BAD_REQUEST, 'VALUE_OUT_OF_RANGE'],
  '22008': [HttpStatus.BAD_REQUEST, 'VALUE_OUT_OF_RANGE'],
  '22021': [HttpStatus.BAD_REQUEST, 'VALUE_FORMAT'],
  '22007': [HttpStatus.BAD_REQUEST, 'VALUE_FORMAT'],
};

/** The code of a refusal that does not carry one of its own yet. */
const STATUS_CODE_OF: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Every error leaves as JSON with a stable code and a sentence in the caller's language; unexpected ones as a 500 without internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    // A Temporal outage that reached here without a mapping answers 503 with its code, never 500.
    exception = temporalOutageError(exception) ?? exception;
    const body = this.toBody(exception, languageOf(request.headers?.['accept-language']), request);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, language: Language, request: Request): ErrorBody {
    const coded = (status: number, code: ErrorCode, params: ErrorParams = {}): ErrorBody => ({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      code,
      ...(Object.keys(params).length ? { params } : {}),
      message: renderErrorMessage(code, params, language),
    });
    if (exception instanceof ApiError) return coded(exception.getStatus(), exception.code, exception.params);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const own =
        typeof payload === 'object' && payload !== null
          ? (payload as { code?: unknown; message?: string | string[] })
          : {};
      if (status === 404 && own.message === `Cannot ${request.method} ${request.path}`) {
        return coded(404, 'ROUTE_NOT_FOUND', { method: request.method, path: request.path.slice(0, 200) });
      }
      const code: ErrorCode = isErrorCode(own.code)
        ? own.code
        : (STATUS_CODE_OF[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'));
      const message = typeof payload === 'string' ? payload : (own.message ?? exception.message);
      return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', code, message };
    }
    const unreadable = bodyReadingError(exception);
    if (unreadable) return coded(unreadable.getStatus(), unreadable.code, unreadable.params);
    if (exception instanceof QueryFailedError) {
      const mapped = PG_STATUS[(exception as QueryFailedError & { code?: string }).code ?? ''];
      if (mapped) {
        // A value the DTOs should have refused reached the database: answer for the caller, and log it to be fixed.
        if (mapped[1] === 'VALUE_OUT_OF_RANGE' || mapped[1] === 'VALUE_FORMAT')
          this.logger.warn(`database refused a value: ${exception.message}`);
        return coded(mapped[0], mapped[1]);
      }
    }
    return coded(500, 'INTERNAL_ERROR');
  }
}
