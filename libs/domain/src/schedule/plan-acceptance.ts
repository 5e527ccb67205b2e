import { CalendarDate } from './calendar-date';
import { HandoverPlan } from './plan';
import { PlanProblem, validatePlan } from './validate-plan';

/** A plan that cannot be launched, with the problems that block it. */
export class PlanRejectedError extends Error {
  /** the problems that block the launch: all of them, or only the non-waivable ones when HQ recorded an exception */
  readonly problems: PlanProblem[];
  /** every blocking problem is waivable: HQ could accept the plan by recording an exception */
  readonly waivableByHq: boolean;

  constructor(problems: PlanProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PlanRejectedError';
    this.problems = problems.map((p) => ({ ...p }));
    this.waivableByHq = problems.every((p) => p.waivable);
  }
}

/** The problems that still block a launch: an exception recorded by HQ waives the waivable ones, and only those. */
export function blockingProblems(problems: PlanProblem[], hqException: boolean): PlanProblem[] {
  return problems.filter((p) => !p.waivable || !hqException);
}

/** Throws PlanRejectedError, naming the blocking problems, unless every problem is waivable and hqException is true. */
export function assertPlanAcceptable(plan: HandoverPlan, launchDate: CalendarDate, hqException: boolean): void {
  const blocking = blockingProblems(validatePlan(plan, launchDate), hqException);
  if (blocking.length > 0) throw new PlanRejectedError(blocking);
}
