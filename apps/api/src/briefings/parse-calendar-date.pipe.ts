import { BadRequestException, PipeTransform } from '@nestjs/common';
import type { CalendarDate } from '@handover/domain';
import { calendarDateProblem } from '../common/date-validators';

/** A path or query value that must be a local date YYYY-MM-DD that exists and lies in the accepted window. */
export class ParseCalendarDatePipe implements PipeTransform<unknown, CalendarDate> {
  constructor(private readonly name = 'date') {}

  transform(value: unknown): CalendarDate {
    const problem = calendarDateProblem(value);
    if (problem) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: [`${this.name} ${problem}`] });
    return value as CalendarDate;
  }
}
