import { CalendarDate } from './calendar-date';
import { HandoverPlan } from './plan';
import { PlanProblem, validatePlan } from './validate-plan';

export class PlanRejectedError extends Error {
  readonly problems: PlanProblem[];

  constructor(problems: PlanProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PlanRejectedError';
    this.problems = problems.map((p) => ({ ...p }));
  }
}

/** throws PlanRejectedError unless every problem is waivable and hqException is true */
export function assertPlanAcceptable(plan: HandoverPlan, launchDate: CalendarDate, hqException: boolean): void {
  const problems = validatePlan(plan, launchDate);
  if (problems.length === 0) return;
  if (hqException && problems.every((p) => p.waivable)) return;
  throw new PlanRejectedError(problems);
}
