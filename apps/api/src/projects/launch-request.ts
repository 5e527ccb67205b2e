import { HttpStatus } from '@nestjs/common';
import {
  buildPlan,
  instantToCalendarDate,
  isCalendarDate,
  isValidTimeZone,
  DEFAULT_ESCALATION_LADDER,
  DEFAULT_NOTIFICATION_SETTINGS,
  type CalendarDate,
  type EscalationLadder,
  type HandoverPlan,
  type NotificationSettings,
  type PlanInput,
} from '@handover/domain';
import { ApiError } from '../common/api-error';
import type { LaunchProjectDto } from './dto/launch-project.dto';

/** The launch as it will be stored and compared: a repeated identical launch returns the same project. */
export interface NormalizedLaunch {
  cityCompany: string;
  name: string;
  batch: string;
  leadUserId: string;
  planInput: PlanInput;
  departmentHeadIds: string[];
  hqExceptionReason: string | null;
  /** given only when the launch sets them (so a repeat of a launch from before compares equal) */
  notificationSettings?: NotificationSettings;
  escalationLadder?: EscalationLadder;
}

export function normalizeLaunch(dto: LaunchProjectDto, leadUserId: string, defaultTimeZone: string): NormalizedLaunch {
  const milestoneParties = Object.fromEntries(
    (dto.milestoneParties ?? []).map((entry) => [entry.milestone, [...new Set(entry.parties)]]),
  );
  const offsets = Object.fromEntries(Object.entries(dto.offsets ?? {}).filter(([, value]) => value !== undefined));
  return {
    cityCompany: dto.cityCompany.trim(),
    name: dto.name.trim(),
    batch: dto.batch.trim(),
    leadUserId,
    planInput: {
      firstHandoverDate: dto.firstHandoverDate,
      centralizedDays: dto.centralizedDays,
      timeZone: dto.timeZone ?? defaultTimeZone,
      offsets,
      milestoneParties,
    },
    departmentHeadIds: [...new Set(dto.departmentHeadIds ?? [])].sort(),
    hqExceptionReason: dto.hqException?.reason.trim() ?? null,
    ...notificationScheduleOf(dto),
  };
}

/** The reminders' and the ladder's schedule the launch sets, completed with the defaults; nothing when it sets none. */
function notificationScheduleOf(
  dto: LaunchProjectDto,
): Pick<NormalizedLaunch, 'notificationSettings' | 'escalationLadder'> {
  const given = dto.notifications;
  if (!given) return {};
  const time = given.reminderTime ?? DEFAULT_NOTIFICATION_SETTINGS.reminderTime;
  const ladder = {
    cityAfterDays: given.cityAfterDays ?? DEFAULT_ESCALATION_LADDER.cityAfterDays,
    hqAfterDays: given.hqAfterDays ?? DEFAULT_ESCALATION_LADDER.hqAfterDays,
    time,
  };
  if (ladder.hqAfterDays <= ladder.cityAfterDays)
    throw new ApiError(HttpStatus.BAD_REQUEST, 'ESCALATION_LADDER_ORDER', {
      cityAfterDays: ladder.cityAfterDays,
      hqAfterDays: ladder.hqAfterDays,
    });
  return {
    notificationSettings: {
      reminderDaysBefore: [
        ...new Set(given.reminderDaysBefore ?? DEFAULT_NOTIFICATION_SETTINGS.reminderDaysBefore),
      ].sort((a, b) => b - a),
      reminderTime: time,
    },
    escalationLadder: ladder,
  };
}

/** The plan a launch gets when it starts now, in its own time zone; a time zone or first handover day that does not exist is refused. */
export function planOfLaunch(
  launch: NormalizedLaunch,
  now: number = Date.now(),
): { launchDate: CalendarDate; plan: HandoverPlan } {
  const timeZone = launch.planInput.timeZone;
  if (!isValidTimeZone(timeZone)) throw new ApiError(HttpStatus.BAD_REQUEST, 'TIME_ZONE_UNKNOWN', { timeZone });
  if (!isCalendarDate(launch.planInput.firstHandoverDate)) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'CALENDAR_DATE_INVALID', {
      field: 'firstHandoverDate',
      date: launch.planInput.firstHandoverDate,
    });
  }
  const launchDate = instantToCalendarDate(now, timeZone);
  return { launchDate, plan: buildPlan(launch.planInput, launchDate) };
}

/** Key order independent comparison of two JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableStringify(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
