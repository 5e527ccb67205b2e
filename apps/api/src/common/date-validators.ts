import { ApiPropertyOptions } from '@nestjs/swagger';
import {
  registerDecorator,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidationOptions,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { DATE_WINDOW, isCalendarDate, isDateInWindow, isInstantInWindow } from '@handover/domain';

const WINDOW = `between ${DATE_WINDOW.earliest} and ${DATE_WINDOW.latest}`;

/** Why `value` is not an acceptable calendar day, or null. */
export function calendarDateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !isCalendarDate(value))
    return 'must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10';
  if (!isDateInWindow(value)) return `must be a date ${WINDOW}`;
  return null;
}

@ValidatorConstraint({ name: 'calendarDate' })
class CalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return calendarDateProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} ${calendarDateProblem(args.value)}`;
  }
}

/** A local day YYYY-MM-DD that exists and lies in DATE_WINDOW. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: CalendarDateConstraint,
    });
}

@ValidatorConstraint({ name: 'instantInWindow' })
class InstantInWindowConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || isInstantInWindow(Date.parse(value));
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a time ${WINDOW}`;
  }
}

/** Beside @IsISO8601: the instant lies in DATE_WINDOW (the format check stays with @IsISO8601). */
export function IsInstantInWindow(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: InstantInWindowConstraint,
    });
}

/** The OpenAPI description of a calendar-date field. */
export const CALENDAR_DATE_SCHEMA: ApiPropertyOptions = {
  type: String,
  format: 'date',
  minLength: 10,
  maxLength: 10,
  description: `local date YYYY-MM-DD, ${WINDOW}`,
};
