import { addDays, CalendarDate, daysBetween, isCalendarDate } from './calendar-date';
import { MILESTONE_INFO } from './milestones';
import { OFFSET_KEYS, ScheduleOffsets } from './offsets';
import { HandoverPlan } from './plan';
import { isValidTimeZone } from './time-zone';
import { describeOffset, plural } from './wording';

export interface PlanProblem {
  code: string;
  message: string;
  /** HQ may waive it by recording an exception */
  waivable: boolean;
}

const MAX_CENTRALIZED_DAYS = 30;

/** Offsets that must come strictly before the next one, as [earlier, later, what each one is]. */
const BEFORE_D_ORDER: [keyof ScheduleOffsets, keyof ScheduleOffsets, string, string][] = [
  ['riskSelfCheckDue', 'openDay', 'The risk self-check must be due', 'the owner open day'],
  ['unitInspectionDue', 'openDay', 'The unit-by-unit inspection must be due', 'the owner open day'],
  ['openDay', 'rectificationDue', 'The owner open day must be', 'the rectification due date'],
  ['rectificationDue', 'propertyTransferDue', 'Rectification must be due', 'the property transfer due date'],
  ['propertyTransferDue', 'rehearsalStart', 'The property transfer must be due', 'the on-site rehearsal starts'],
];

const OFFSET_LABELS: Record<keyof ScheduleOffsets, string> = {
  riskSelfCheckDue: 'risk self-check due date',
  unitInspectionDue: 'unit-by-unit inspection due date',
  openDay: 'owner open day',
  rectificationDue: 'rectification due date',
  propertyTransferDue: 'property transfer due date',
  rehearsalStart: 'rehearsal start',
  rehearsalEnd: 'rehearsal end',
  scatteredHandoverDueAfterCentralized: 'scattered handover due date',
  summaryDueAfterCentralized: 'summary due date',
};

/**
 * Checks a plan against the guideline as of `launchDate` (the day the plan starts to run; a reschedule
 * preview passes today). Returns [] when the plan is acceptable.
 */
/** The guideline's rule, not a preference: the transfer to the property company completes by D-20. */
const MINIMUM_TRANSFER_LEAD_DAYS = 20;

export function validatePlan(plan: HandoverPlan, launchDate: CalendarDate): PlanProblem[] {
  const problems = [...dateProblems(plan, launchDate), ...centralizedDaysProblems(plan), ...offsetProblems(plan)];
  if (problems.length > 0 || plan.milestones.length === 0) return problems;

  const D = plan.firstHandoverDate;
  if (D <= launchDate) {
    // Nothing else matters, and every milestone would also be reported as already due.
    return [
      problem(
        'handover_in_past',
        false,
        `The first handover day ${D} is not after ${launchDate}, the day the plan starts; it must be later.`,
      ),
    ];
  }
  return [...transferRuleProblems(plan, launchDate), ...alreadyDueProblems(plan, launchDate)];
}

function problem(code: string, waivable: boolean, message: string): PlanProblem {
  return { code, message, waivable };
}

function dateProblems(plan: HandoverPlan, launchDate: CalendarDate): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!isCalendarDate(plan.firstHandoverDate)) {
    problems.push(
      problem(
        'invalid_date',
        false,
        `The first handover day "${plan.firstHandoverDate}" is not a valid date (YYYY-MM-DD).`,
      ),
    );
  }
  if (!isCalendarDate(launchDate)) {
    problems.push(problem('invalid_date', false, `The launch date "${launchDate}" is not a valid date (YYYY-MM-DD).`));
  }
  if (!isValidTimeZone(plan.timeZone)) {
    problems.push(
      problem('invalid_date', false, `"${plan.timeZone}" is not a known time zone; use one like Asia/Shanghai.`),
    );
  }
  return problems;
}

function centralizedDaysProblems(plan: HandoverPlan): PlanProblem[] {
  const n = plan.centralizedDays;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_CENTRALIZED_DAYS) return [];
  return [
    problem(
      'centralized_days',
      false,
      `The centralized handover must last a whole number of days from 1 to ${MAX_CENTRALIZED_DAYS}; it is set to ${n}.`,
    ),
  ];
}

function offsetProblems(plan: HandoverPlan): PlanProblem[] {
  const offsets = plan.offsets;
  const fractional = OFFSET_KEYS.filter((key) => !Number.isSafeInteger(offsets[key]));
  if (fractional.length > 0) {
    return fractional.map((key) =>
      problem(
        'offset_order',
        false,
        `The ${OFFSET_LABELS[key]} must be a whole number of days; it is set to ${offsets[key]}.`,
      ),
    );
  }

  const D = plan.firstHandoverDate;
  const at = (offset: number): string => describeOffset(D, offset);
  const problems: PlanProblem[] = [];
  for (const [earlier, later, subject, reference] of BEFORE_D_ORDER) {
    if (offsets[earlier] < offsets[later]) continue;
    problems.push(
      problem(
        'offset_order',
        false,
        `${subject} before ${reference}, but it is set ${at(offsets[earlier])} and ${reference} ${at(offsets[later])}.`,
      ),
    );
  }
  if (offsets.rehearsalStart > offsets.rehearsalEnd) {
    problems.push(
      problem(
        'offset_order',
        false,
        `The on-site rehearsal cannot end before it starts: it starts ${at(offsets.rehearsalStart)} and ends ${at(offsets.rehearsalEnd)}.`,
      ),
    );
  }
  if (offsets.rehearsalEnd >= 0) {
    problems.push(
      problem(
        'offset_order',
        false,
        `The on-site rehearsal must end before the first handover day, but it is set to end ${at(offsets.rehearsalEnd)}.`,
      ),
    );
  }
  const n = plan.centralizedDays;
  if (offsets.scatteredHandoverDueAfterCentralized < 1) {
    const due = dayAfterD(D, n - 1 + offsets.scatteredHandoverDueAfterCentralized);
    const last = dayAfterD(D, n - 1);
    problems.push(
      problem(
        'offset_order',
        false,
        `The scattered handover must be due after the last centralized handover day${last ? ` ${last}` : ''}, but it is set ${plural(offsets.scatteredHandoverDueAfterCentralized, 'day')} after it${due ? ` (${due})` : ''}.`,
      ),
    );
  }
  if (offsets.propertyTransferDue > -MINIMUM_TRANSFER_LEAD_DAYS) {
    problems.push(
      problem(
        'transfer_offset',
        true,
        `The property transfer is planned ${plural(-offsets.propertyTransferDue, 'day')} before the first handover day; the handover rules require it at least ${MINIMUM_TRANSFER_LEAD_DAYS} days before, to leave time for deep cleaning (开荒).`,
      ),
    );
  }
  if (offsets.summaryDueAfterCentralized < 1) {
    const due = dayAfterD(D, n + offsets.summaryDueAfterCentralized);
    const firstDayAfter = dayAfterD(D, n);
    problems.push(
      problem(
        'offset_order',
        false,
        `The handover summary must be due at least 1 day after the first day after the centralized handover${firstDayAfter ? ` (${firstDayAfter})` : ''}, but it is set to ${plural(offsets.summaryDueAfterCentralized, 'day')} after it${due ? ` (${due})` : ''}.`,
      ),
    );
  }
  return problems;
}

/** D + days, or null when either is unusable (already reported as its own problem). */
function dayAfterD(D: CalendarDate, days: number): CalendarDate | null {
  return isCalendarDate(D) && Number.isSafeInteger(days) ? addDays(D, days) : null;
}

function transferRuleProblems(plan: HandoverPlan, launchDate: CalendarDate): PlanProblem[] {
  const transfer = plan.milestones.find((m) => m.key === 'propertyTransfer');
  if (!transfer || launchDate <= transfer.dueDate) return [];
  const D = plan.firstHandoverDate;
  const lead = daysBetween(launchDate, D);
  const required = -plan.offsets.propertyTransferDue;
  return [
    problem(
      'transfer_rule',
      true,
      `Launched ${plural(lead, 'day')} before the first handover day ${D}; the property transfer must be complete at least ${plural(required, 'day')} before it (by ${transfer.dueDate}), which has already passed.`,
    ),
  ];
}

function alreadyDueProblems(plan: HandoverPlan, launchDate: CalendarDate): PlanProblem[] {
  return plan.milestones
    .filter((milestone) => milestone.dueDate < launchDate)
    .map((milestone) => {
      const { label, nameZh } = MILESTONE_INFO[milestone.key];
      const subject = label.charAt(0).toUpperCase() + label.slice(1);
      return problem(
        'milestone_already_due',
        true,
        `${subject} (${nameZh}) is due on ${milestone.dueDate}, before the plan starts on ${launchDate}.`,
      );
    });
}
