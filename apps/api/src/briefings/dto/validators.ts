import { Injectable, Optional } from '@nestjs/common';
import { Environment } from '@handover/config';
import { robotWebhookUrlProblem } from '@handover/domain';
import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/**
 * A robot webhook URL the worker may post to (see robotWebhookUrlProblem). Provided by BriefingsModule so it reads
 * the environment's WEBHOOK_ALLOW_PRIVATE_TARGETS; without the container it falls back to the strict policy.
 */
@Injectable()
@ValidatorConstraint({ name: 'robotWebhookUrl' })
export class RobotWebhookUrlConstraint implements ValidatorConstraintInterface {
  constructor(@Optional() private readonly environment?: Environment) {}

  private problem(value: unknown): string | null {
    return robotWebhookUrlProblem(value, {
      allowPrivateTargets: this.environment?.WEBHOOK_ALLOW_PRIVATE_TARGETS === true,
    });
  }

  validate(value: unknown): boolean {
    return this.problem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} ${this.problem(args.value) ?? 'is invalid'}`;
  }
}

/** The robot URL with its key hidden (the key lets anyone post to the group): only the last 4 characters of query values. */
export function maskWebhookUrl(value: string): string {
  const url = new URL(value);
  const query = [...url.searchParams.entries()].map(([name, secret]) => `${name}=…${secret.slice(-4)}`).join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}
