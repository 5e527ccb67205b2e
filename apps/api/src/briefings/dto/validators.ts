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
/** The group-robot endpoints of WeChat Work (企业微信) and DingTalk (钉钉); anything else could aim the worker at internal hosts. */
const ROBOT_HOSTS = new Set(['qyapi.weixin.qq.com', 'oapi.dingtalk.com']);

/**
 * Why a robot webhook URL is refused, or null when it is acceptable: https to the WeChat Work or DingTalk robot
 * hosts, or plain http on this machine (local receivers, tests).
 */
export function robotWebhookUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  if (LOCAL_HOSTS.has(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'must be an http(s) URL';
  if (url.protocol !== 'https:') return 'must use https (plain http is accepted only for localhost or 127.0.0.1)';
  if (!ROBOT_HOSTS.has(url.hostname)) return `must be a WeChat Work or DingTalk group-robot URL (${[...ROBOT_HOSTS].join(' or ')})`;
  return null;
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
