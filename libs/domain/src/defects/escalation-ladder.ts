import { addDays, type CalendarDate } from '../schedule/calendar-date';
import { zonedTimeToInstant } from '../schedule/time-zone';

/**
 * 整改逾期升级阶梯: a defect still to fix past its fix deadline (整改期限) climbs four levels, each reached once —
 * 1 the contractor company it is assigned to (施工单位), 2 the engineering head (工程负责人), 3 the project lead
 * (项目负责人), 4 HQ (集团).
 */
export const DEFECT_ESCALATION_LEVELS = [1, 2, 3, 4] as const;
export type DefectEscalationLevel = (typeof DEFECT_ESCALATION_LEVELS)[number];

/** Whom each level reaches. */
export type DefectEscalationAudience = 'contractor_company' | 'engineering_head' | 'project_lead' | 'hq';

export const DEFECT_ESCALATION_AUDIENCE: Readonly<Record<DefectEscalationLevel, DefectEscalationAudience>> =
  Object.freeze({ 1: 'contractor_company', 2: 'engineering_head', 3: 'project_lead', 4: 'hq' });

/**
 * Whole days after the defect turned overdue (the end of its deadline day, local) at which levels 2–4 are reached;
 * level 1 is reached the moment it turns overdue. Each later level comes strictly after the one before.
 */
export interface DefectEscalationLadder {
  engineeringHeadAfterDays: number;
  projectLeadAfterDays: number;
  hqAfterDays: number;
}

/**
 * The guideline names no days for the defect ladder: the engineering head hears two days after the deadline (as the
 * gate ladder's first climb), the project lead after five, HQ after ten.
 */
export const DEFAULT_DEFECT_ESCALATION_LADDER: Readonly<DefectEscalationLadder> = Object.freeze({
  engineeringHeadAfterDays: 2,
  projectLeadAfterDays: 5,
  hqAfterDays: 10,
});

/** One level of a defect's ladder: whom it reaches and how many whole days after the defect turned overdue. */
export interface DefectEscalationStep {
  level: DefectEscalationLevel;
  audience: DefectEscalationAudience;
  afterDays: number;
}

/**
 * The levels a defect climbs, in order. A defect assigned to a company that has users starts with the company; any
 * other starts at the engineering head, reached at once when the defect turns overdue (nobody else to tell first).
 * Throws RangeError when the days are not whole numbers rising strictly from above zero.
 */
export function defectEscalationSteps(
  companyReachable: boolean,
  ladder: DefectEscalationLadder = DEFAULT_DEFECT_ESCALATION_LADDER,
): DefectEscalationStep[] {
  const days = [ladder.engineeringHeadAfterDays, ladder.projectLeadAfterDays, ladder.hqAfterDays];
  const rising = days.every((day, index) => Number.isSafeInteger(day) && day > (index === 0 ? 0 : days[index - 1]));
  if (!rising)
    throw new RangeError(`Defect escalation days must be whole numbers rising from 1, got ${days.join(', ')}`);
  const step = (level: DefectEscalationLevel, afterDays: number): DefectEscalationStep => ({
    level,
    audience: DEFECT_ESCALATION_AUDIENCE[level],
    afterDays,
  });
  const later = [step(3, ladder.projectLeadAfterDays), step(4, ladder.hqAfterDays)];
  return companyReachable ? [step(1, 0), step(2, ladder.engineeringHeadAfterDays), ...later] : [step(2, 0), ...later];
}

/**
 * The instant (epoch ms) a step is due for a defect with `deadline` (a calendar date of the project): 00:00 local,
 * `afterDays` days after the deadline day ended — whole days on the project's calendar, so a clock change between
 * does not shift it.
 */
export function defectEscalationStepAt(deadline: CalendarDate, timeZone: string, afterDays: number): number {
  return zonedTimeToInstant(addDays(deadline, 1 + afterDays), '00:00', timeZone);
}

/** Where a defect stands on its ladder at an instant. */
export interface DefectEscalationStanding {
  /** the highest level due by then; null while it is not overdue */
  level: DefectEscalationLevel | null;
  /** the next level to come, and its instant (epoch ms); null once HQ is reached */
  next: { level: DefectEscalationLevel; at: number } | null;
}

/**
 * The level due at `at` for a defect still to fix with `deadline`, and the next one. The caller decides whether the
 * defect is still to fix: a fixed, verified or closed defect climbs no further.
 */
export function defectEscalationLevelAt(
  deadline: CalendarDate,
  timeZone: string,
  at: number,
  options: { companyReachable: boolean; ladder?: DefectEscalationLadder },
): DefectEscalationStanding {
  const steps = defectEscalationSteps(options.companyReachable, options.ladder).map((step) => ({
    level: step.level,
    at: defectEscalationStepAt(deadline, timeZone, step.afterDays),
  }));
  const reached = steps.filter((step) => step.at <= at);
  const next = steps.find((step) => step.at > at) ?? null;
  return { level: reached.at(-1)?.level ?? null, next };
}
