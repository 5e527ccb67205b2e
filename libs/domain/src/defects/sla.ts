import { addDays, daysBetween, type CalendarDate } from '../schedule/calendar-date';

/**
 * 整改时限 (SLA): how many days a defect has to be fixed, by its kind — a simple in-unit item (当场可修的简单问题),
 * any other in-unit item, or a public-area item. Each project sets its own; these are the defaults.
 */
export interface DefectSlaSettings {
  simpleInUnitDays: number;
  inUnitDays: number;
  publicAreaDays: number;
}

export const DEFAULT_DEFECT_SLA: Readonly<DefectSlaSettings> = Object.freeze({
  simpleInUnitDays: 3,
  inUnitDays: 7,
  publicAreaDays: 30,
});

/** The bounds a project's SLA days must keep: at least a day, at most a year. */
export const DEFECT_SLA_DAYS_RANGE = Object.freeze({ min: 1, max: 365 });

export type DefectSlaClass = 'simple_in_unit' | 'in_unit' | 'public_area';

export function defectSlaClass(defect: { unitId: string | null; simple: boolean }): DefectSlaClass {
  if (defect.unitId === null) return 'public_area';
  return defect.simple ? 'simple_in_unit' : 'in_unit';
}

export function slaDaysOf(settings: DefectSlaSettings, slaClass: DefectSlaClass): number {
  switch (slaClass) {
    case 'simple_in_unit':
      return settings.simpleInUnitDays;
    case 'in_unit':
      return settings.inUnitDays;
    case 'public_area':
      return settings.publicAreaDays;
  }
}

/** The deadline a defect recorded on `recordedOn` (the project's local date) gets when none is given. */
export function slaDeadline(
  recordedOn: CalendarDate,
  settings: DefectSlaSettings,
  slaClass: DefectSlaClass,
): CalendarDate {
  return addDays(recordedOn, slaDaysOf(settings, slaClass));
}

/**
 * 超期账龄: how long past its due date an overdue defect is, in buckets of days overdue (1–7, 8–14, 15–30, over 30);
 * null when it is not overdue on `today`. A defect is overdue the day after its due date.
 */
export const AGEING_BUCKETS = ['up_to_7', 'days_8_to_14', 'days_15_to_30', 'over_30'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export function ageingBucket(due: CalendarDate, today: CalendarDate): AgeingBucket | null {
  const overdue = daysBetween(due, today);
  if (overdue <= 0) return null;
  if (overdue <= 7) return 'up_to_7';
  if (overdue <= 14) return 'days_8_to_14';
  if (overdue <= 30) return 'days_15_to_30';
  return 'over_30';
}
