import { BadRequestException, PipeTransform } from '@nestjs/common';
import { isCalendarDate, type CalendarDate } from '@handover/domain';

/** A path or query value that must be a local date YYYY-MM-DD that exists. */
export class ParseCalendarDatePipe implements PipeTransform<unknown, CalendarDate> {
  constructor(private readonly name = 'date') {}

  transform(value: unknown): CalendarDate {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new BadRequestException(`${this.name} must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10.`);
    }
    return value;
  }
}
