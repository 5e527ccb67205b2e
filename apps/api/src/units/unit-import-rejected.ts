import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { UnitCsvProblem } from './unit-csv';

/** At most this many problems are listed; the message gives the total. */
export const MAX_REPORTED_PROBLEMS = 1000;

/** The whole import is refused: nothing was stored; `errors` says what to fix, by spreadsheet row. */
export class UnitImportRejectedException extends BadRequestException {
  constructor(readonly problems: UnitCsvProblem[]) {
    super(describe(problems));
  }
}

function describe(problems: UnitCsvProblem[]): string {
  const rows = new Set(problems.map((problem) => problem.row)).size;
  const shown = problems.length > MAX_REPORTED_PROBLEMS ? ` The first ${MAX_REPORTED_PROBLEMS} are listed.` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}`;
  return `Nothing was imported: the file has ${count}. Fix them and upload the whole file again.${shown}`;
}

/** Answers a refused import with the per-row report, in the error shape of the rest of the API plus `errors`. */
@Catch(UnitImportRejectedException)
export class UnitImportRejectedFilter implements ExceptionFilter {
  catch(exception: UnitImportRejectedException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(400)
      .json({
        statusCode: 400,
        error: 'Bad Request',
        code: 'UNIT_IMPORT_REJECTED',
        message: exception.message,
        errors: exception.problems.slice(0, MAX_REPORTED_PROBLEMS),
      });
  }
}
