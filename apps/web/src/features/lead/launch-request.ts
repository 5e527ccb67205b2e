import type { Dayjs } from 'dayjs';
import type { components } from '../../api/schema';

export type LaunchBody = components['schemas']['LaunchProjectDto'];
export type Offsets = components['schemas']['OffsetsDto'];

export const OFFSET_FIELDS = [
  'riskSelfCheckDue',
  'unitInspectionDue',
  'openDay',
  'rectificationDue',
  'propertyTransferDue',
  'rehearsalStart',
  'rehearsalEnd',
  'scatteredHandoverDueAfterCentralized',
  'summaryDueAfterCentralized',
] as const satisfies readonly (keyof Offsets)[];

export interface LaunchFormValues {
  cityCompany?: string;
  name?: string;
  batch?: string;
  firstHandoverDate?: Dayjs | null;
  centralizedDays?: number | null;
  timeZone?: string;
  offsets?: Partial<Record<keyof Offsets, number | null>>;
  departmentHeadIds?: string[];
  leadUserId?: string;
  hqExceptionReason?: string;
  /** 提醒与升级: reminder days as typed ("3,1"), the reminder time, the ladder's days */
  notifications?: {
    reminderDaysBefore?: string;
    reminderTime?: string;
    cityAfterDays?: number | null;
    hqAfterDays?: number | null;
  };
}

/** "3, 1" → [3, 1]; null when the text is not a list of whole numbers from 0 to 30. */
export function reminderDaysOf(textValue: string): number[] | null {
  const parts = textValue.split(/[,，\s]+/).filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => /^\d{1,2}$/.test(part) && Number(part) <= 30)) return null;
  return parts.map(Number);
}

function notificationsOf(values: LaunchFormValues): LaunchBody['notifications'] | undefined {
  const given = values.notifications ?? {};
  const days = text(given.reminderDaysBefore) ? reminderDaysOf(text(given.reminderDaysBefore)) : null;
  const schedule = {
    ...(days && { reminderDaysBefore: days }),
    ...(text(given.reminderTime) && { reminderTime: text(given.reminderTime) }),
    ...(typeof given.cityAfterDays === 'number' && { cityAfterDays: given.cityAfterDays }),
    ...(typeof given.hqAfterDays === 'number' && { hqAfterDays: given.hqAfterDays }),
  };
  return Object.keys(schedule).length > 0 ? schedule : undefined;
}

const text = (value: string | undefined) => value?.trim() ?? '';

/** The POST /projects body from the form: empty optional fields are left out so the API applies its defaults. */
export function launchBody(values: LaunchFormValues): LaunchBody {
  const offsets = Object.fromEntries(
    OFFSET_FIELDS.flatMap((key) => (typeof values.offsets?.[key] === 'number' ? [[key, values.offsets[key]]] : [])),
  );
  return {
    cityCompany: text(values.cityCompany),
    name: text(values.name),
    batch: text(values.batch),
    firstHandoverDate: values.firstHandoverDate?.format('YYYY-MM-DD') ?? '',
    centralizedDays: values.centralizedDays ?? 0,
    ...(text(values.timeZone) && { timeZone: text(values.timeZone) }),
    ...(Object.keys(offsets).length > 0 && { offsets }),
    ...(values.departmentHeadIds?.length && { departmentHeadIds: values.departmentHeadIds.map((id) => id.trim()) }),
    ...(text(values.leadUserId) && { leadUserId: text(values.leadUserId) }),
    ...(text(values.hqExceptionReason) && { hqException: { reason: text(values.hqExceptionReason) } }),
    ...(notificationsOf(values) && { notifications: notificationsOf(values) }),
  };
}

/**
 * The body for the plan preview, or null until D and the centralized days are known. The plan depends only on the
 * dates, but the preview validates the whole launch, so names not typed yet are sent as a placeholder.
 */
export function previewBody(values: LaunchFormValues): LaunchBody | null {
  if (!values.firstHandoverDate || !values.centralizedDays) return null;
  const body = launchBody(values);
  const { hqException: _waiver, departmentHeadIds: _heads, ...plan } = body;
  return { ...plan, cityCompany: body.cityCompany || '-', name: body.name || '-', batch: body.batch || '-' };
}

/** The form field a class-validator message is about ("offsets.openDay must …", "each value in departmentHeadIds …"). */
export function fieldOfMessage(message: string): (string | number)[] | null {
  const match = /^(?:each value in )?([a-zA-Z]+(?:\.[a-zA-Z0-9]+)*) /.exec(message);
  if (!match) return null;
  const [head, ...rest] = match[1].split('.');
  const known = [
    'cityCompany',
    'name',
    'batch',
    'firstHandoverDate',
    'centralizedDays',
    'timeZone',
    'departmentHeadIds',
    'leadUserId',
  ];
  if (known.includes(head)) return [head];
  if (head === 'offsets' && rest[0] && (OFFSET_FIELDS as readonly string[]).includes(rest[0]))
    return ['offsets', rest[0]];
  if (head === 'hqException') return ['hqExceptionReason'];
  if (head === 'notifications' && rest[0]) return ['notifications', rest[0]];
  return null;
}
