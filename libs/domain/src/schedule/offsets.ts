/** Days relative to D, the first centralized handover day (集中交付首日). */
export interface ScheduleOffsets {
  /** 交付风险自查 due */
  riskSelfCheckDue: number;
  /** 分户验收 due (industry practice) */
  unitInspectionDue: number;
  /** 业主开放日 */
  openDay: number;
  /** 整改 due */
  rectificationDue: number;
  /** 交付前移交 due; the guideline requires at least 20 days before D */
  propertyTransferDue: number;
  /** 现场演练 window */
  rehearsalStart: number;
  rehearsalEnd: number;
  /** 零星交付 due, in days after the last centralized day */
  scatteredHandoverDueAfterCentralized: number;
  /** 交付总结 due at D + centralizedDays + this */
  summaryDueAfterCentralized: number;
}

export const DEFAULT_OFFSETS: ScheduleOffsets = Object.freeze({
  riskSelfCheckDue: -45,
  unitInspectionDue: -35,
  openDay: -30,
  rectificationDue: -21,
  propertyTransferDue: -20,
  rehearsalStart: -2,
  rehearsalEnd: -1,
  scatteredHandoverDueAfterCentralized: 60,
  summaryDueAfterCentralized: 14,
});

export const OFFSET_KEYS = Object.keys(DEFAULT_OFFSETS) as (keyof ScheduleOffsets)[];

/** Defaults overlaid with the given values; an explicit `undefined` keeps the default. */
export function resolveOffsets(overrides: Partial<ScheduleOffsets> | undefined): ScheduleOffsets {
  const offsets = { ...DEFAULT_OFFSETS };
  for (const key of OFFSET_KEYS) {
    const value = overrides?.[key];
    if (value !== undefined) offsets[key] = value;
  }
  return offsets;
}
