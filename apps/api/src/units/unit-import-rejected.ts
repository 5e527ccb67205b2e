import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf, renderErrorMessage } from '@handover/domain';
import { ApiError } from '../common/api-error';
import type { UnitCsvProblem } from './unit-csv';

/** At most this many problems are listed; the message gives the total. */
export const MAX_REPORTED_PROBLEMS = 1000;

/**
 * The whole import is refused (UNIT_IMPORT_REJECTED): nothing was stored; `errors` says what to fix, by spreadsheet
 * row. Params: the number of `problems`, the `rows` they are in, and how many are `shown` when not all (else 0).
 */
export class UnitImportRejectedException extends ApiError {
  constructor(readonly problems: UnitCsvProblem[]) {
    super(HttpStatus.BAD_REQUEST, 'UNIT_IMPORT_REJECTED', {
      problems: problems.length,
      rows: new Set(problems.map((problem) => problem.row)).size,
      shown: problems.length > MAX_REPORTED_PROBLEMS ? MAX_REPORTED_PROBLEMS : 0,
    });
  }
}

/**
 * Answers a refused import with the per-row report, in the error shape of the rest of the API plus `errors`: each
 * problem's row, column, code and params, and its sentence in the caller's language.
 */
@Catch(UnitImportRejectedException)
export class UnitImportRejectedFilter implements ExceptionFilter {
  catch(exception: UnitImportRejectedException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const language = languageOf(http.getRequest<Request>().headers?.['accept-language']);
    http
      .getResponse<Response>()
      .status(400)
      .json({
        statusCode: 400,
        error: 'Bad Request',
        code: exception.code,
        params: exception.params,
        message: renderErrorMessage(exception.code, exception.params, language),
        errors: exception.problems.slice(0, MAX_REPORTED_PROBLEMS).map(({ row, column, code, params }) => ({
          row,
          column,
          code,
          params,
          problem: renderErrorMessage(code, params, language),
        })),
      });
  }
}
