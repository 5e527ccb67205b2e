import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

const PG_STATUS: Record<string, [number, string]> = {
  '23505': [HttpStatus.CONFLICT, 'This record already exists.'],
  '23503': [HttpStatus.CONFLICT, 'A record this refers to does not exist or is still in use.'],
  '23514': [HttpStatus.BAD_REQUEST, 'A value breaks a rule of the record.'],
  '22P02': [HttpStatus.BAD_REQUEST, 'A value has the wrong format.'],
  '40001': [HttpStatus.CONFLICT, 'Another change happened at the same moment; please try again.'],
};

/** Every error leaves as JSON that says what is wrong; unexpected ones as a 500 without internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const message = typeof payload === 'string' ? payload : ((payload as { message?: string | string[] }).message ?? exception.message);
      return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code ?? '';
      const mapped = PG_STATUS[code];
      if (mapped) return { statusCode: mapped[0], error: STATUS_CODES[mapped[0]] ?? 'Error', message: mapped[1] };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged.' };
  }
}
