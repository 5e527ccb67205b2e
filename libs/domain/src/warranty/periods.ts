import { addDays, isCalendarDate, type CalendarDate } from '../schedule/calendar-date';

/**
 * 保修 (warranty after handover): the components of the Residential Quality Guarantee (《住宅质量保证书》) and their
 * statutory minimum periods per 《建设工程质量管理条例》 art. 40. Foundation and main structure (the design life) are
 * not tickets of customer service and are not listed.
 */
export const WARRANTY_COMPONENTS = [
  'roof_waterproofing',
  'wet_room_waterproofing',
  'exterior_wall_leakage',
  'heating_cooling',
  'electrical',
  'water_drainage_pipes',
  'equipment_installation',
  'decoration',
] as const;
export type WarrantyComponent = (typeof WARRANTY_COMPONENTS)[number];

/**
 * The statutory minimum in years. Heating and cooling are 2 heating / cooling seasons, modelled as 2 years (a season
 * starts once a year, so two seasons end within two years of the handover).
 */
export const STATUTORY_WARRANTY_YEARS: Readonly<Record<WarrantyComponent, number>> = Object.freeze({
  roof_waterproofing: 5,
  wet_room_waterproofing: 5,
  exterior_wall_leakage: 5,
  heating_cooling: 2,
  electrical: 2,
  water_drainage_pipes: 2,
  equipment_installation: 2,
  decoration: 2,
});

/** A project may set a longer period per component, never shorter; at most this many years. */
export const WARRANTY_MAX_YEARS = 50;

export const WARRANTY_COMPONENT_ZH: Readonly<Record<WarrantyComponent, string>> = Object.freeze({
  roof_waterproofing: '屋面防水',
  wet_room_waterproofing: '卫生间、厨房等有防水要求的房间防水',
  exterior_wall_leakage: '外墙面防渗漏',
  heating_cooling: '供热与供冷系统',
  electrical: '电气管线',
  water_drainage_pipes: '给排水管道',
  equipment_installation: '设备安装',
  decoration: '装修工程',
});

export const WARRANTY_COMPONENT_EN: Readonly<Record<WarrantyComponent, string>> = Object.freeze({
  roof_waterproofing: 'roof waterproofing',
  wet_room_waterproofing: 'wet-room waterproofing',
  exterior_wall_leakage: 'exterior-wall leakage',
  heating_cooling: 'heating and cooling',
  electrical: 'electrical wiring',
  water_drainage_pipes: 'water supply and drainage pipes',
  equipment_installation: 'equipment installation',
  decoration: 'decoration',
});

export function isWarrantyComponent(value: unknown): value is WarrantyComponent {
  return typeof value === 'string' && (WARRANTY_COMPONENTS as readonly string[]).includes(value);
}

/** The project's periods: the statute's, lengthened where the project set longer ones (a shorter one never counts). */
export function warrantyPeriods(
  projectYears: Partial<Record<WarrantyComponent, number>> = {},
): Record<WarrantyComponent, number> {
  const periods = { ...STATUTORY_WARRANTY_YEARS } as Record<WarrantyComponent, number>;
  for (const component of WARRANTY_COMPONENTS) {
    const years = projectYears[component];
    if (years !== undefined && years > periods[component]) periods[component] = years;
  }
  return periods;
}

/** The components a project's settings would shorten below the statute (refused). */
export function periodsShorterThanStatute(
  projectYears: Partial<Record<WarrantyComponent, number>>,
): WarrantyComponent[] {
  return WARRANTY_COMPONENTS.filter(
    (c) => projectYears[c] !== undefined && projectYears[c]! < STATUTORY_WARRANTY_YEARS[c],
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day a period of `years` counted from the handover day covers. Per 《民法典》 art. 201–202 the day of the
 * handover is not counted and the period ends on the corresponding day of the end year; without one (a 29 February
 * handover in a year that is not a leap year), on the last day of that month: handed over 2026-03-10, 2 years cover
 * up to and including 2028-03-10; handed over 2028-02-29, 2 years cover up to 2030-02-28.
 */
export function warrantyLastDay(handedOverOn: CalendarDate, years: number): CalendarDate {
  if (!isCalendarDate(handedOverOn)) throw new RangeError(`not a calendar date: ${handedOverOn}`);
  const [y, m, d] = handedOverOn.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day no longer covered: a ticket reported on or after it is refused. */
export function warrantyEndedOn(handedOverOn: CalendarDate, years: number): CalendarDate {
  return addDays(warrantyLastDay(handedOverOn, years), 1);
}

/** Whether a repair reported on the local day `reportedOn` is still under warranty (handover day through last day). */
export function isUnderWarranty(handedOverOn: CalendarDate, years: number, reportedOn: CalendarDate): boolean {
  return reportedOn <= warrantyLastDay(handedOverOn, years);
}

/**
 * The component a defect open at handover is carried to, from its trade (专业) in words: waterproofing, leakage,
 * electrical, pipes, heating, equipment; anything else is decoration.
 */
export function componentOfTrade(trade: string): WarrantyComponent {
  const t = trade.toLowerCase();
  if (/屋面|roof/.test(t)) return 'roof_waterproofing';
  if (/外墙|exterior|facade/.test(t)) return 'exterior_wall_leakage';
  if (/防水|渗|漏|waterproof|leak/.test(t)) return 'wet_room_waterproofing';
  if (/暖|冷|空调|hvac|heat|cool/.test(t)) return 'heating_cooling';
  if (/电|electric/.test(t)) return 'electrical';
  if (/给排水|水暖|管|plumb|pipe|drain|water/.test(t)) return 'water_drainage_pipes';
  if (/设备|equipment|电梯|elevator/.test(t)) return 'equipment_installation';
  return 'decoration';
}
