import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { isCalendarDate } from '@handover/domain';

@ValidatorConstraint({ name: 'calendarDate' })
export class CalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isCalendarDate(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10`;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a robot webhook URL is refused, or null when it is acceptable: https anywhere, plain http only on this machine. */
export function robotWebhookUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return 'must use https (plain http is accepted only for localhost or 127.0.0.1)';
}

@ValidatorConstraint({ name: 'robotWebhookUrl' })
export class RobotWebhookUrlConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return robotWebhookUrlProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} ${robotWebhookUrlProblem(args.value) ?? 'is invalid'}`;
  }
}

/** The robot URL with its key hidden (the key lets anyone post to the group): only the last 4 characters of query values. */
export function maskWebhookUrl(value: string): string {
  const url = new URL(value);
  const query = [...url.searchParams.entries()].map(([name, secret]) => `${name}=…${secret.slice(-4)}`).join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}
