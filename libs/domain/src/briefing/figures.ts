/**
 * 集中交付快报: the figures of one project's daily handover briefing for one local date. Counts are whole numbers,
 * money is integer fen (分), the handover rate is in basis points (1/100 of a percent), so nothing here is a float.
 */
export interface BriefingFigures {
  /** units (户) of the project */
  totalUnits: number;
  /** units whose handover completed (交付完成) on the day */
  handedOverToday: number;
  /** units handed over up to the end of the day */
  handedOverCumulative: number;
  /** handedOverCumulative / totalUnits in basis points, rounded down (交付率) */
  handoverRateBp: number;
  /** owners checked in (签到) on the day */
  ownersReceivedToday: number;
  /** units inspected (验房) on the day */
  inspectionsToday: number;
  /** problems found on the day: handover inspection items plus defects (问题项) registered */
  defectsRaisedToday: number;
  /** simple inspection items fixed on the spot by the rapid repair team (现场维修) on the day */
  defectsFixedOnSpotToday: number;
  /** defects not closed (verified or cannot-fix) at the end of the day */
  defectsOpen: number;
  /** handover objections (交付异议) still open */
  objectionsOpen: number;
  /** open objections whose promised reply time has passed */
  objectionsOverdue: number;
  /** complaints (投诉) not replied to */
  complaintsOpen: number;
  /** unreplied complaints past their committed reply time */
  complaintsOverdue: number;
  /** money collected on the day: the sum of positive payments, fen */
  settledFen: number;
  /** money refunded on the day (area-difference refunds), as a positive amount in fen */
  refundedFen: number;
  /** major and group complaints (重大/群体投诉) received on the day */
  incidentsToday: number;
}

/** Every figure, in the order reports show them. */
export const BRIEFING_FIGURE_KEYS = [
  'totalUnits',
  'handedOverToday',
  'handedOverCumulative',
  'handoverRateBp',
  'ownersReceivedToday',
  'inspectionsToday',
  'defectsRaisedToday',
  'defectsFixedOnSpotToday',
  'defectsOpen',
  'objectionsOpen',
  'objectionsOverdue',
  'complaintsOpen',
  'complaintsOverdue',
  'settledFen',
  'refundedFen',
  'incidentsToday',
] as const satisfies readonly (keyof BriefingFigures)[];

export type BriefingFigureKey = (typeof BRIEFING_FIGURE_KEYS)[number];

/** The day-over-day difference of every figure (today − previous day's briefing). */
export type BriefingChange = Record<BriefingFigureKey, number>;

/** 交付率 in basis points, rounded down so 2999 of 3000 never reads as 100 %: 1 of 3 → 3333. Zero units → 0. */
export function handoverRateBp(handedOver: number, totalUnits: number): number {
  assertCount(handedOver, 'handedOver');
  assertCount(totalUnits, 'totalUnits');
  if (totalUnits === 0) return 0;
  return Math.floor((handedOver * 10_000) / totalUnits);
}

/** Basis points as a percent with one decimal, rounded half up in integers: 3333 → '33.3%', 6667 → '66.7%', 10000 → '100.0%'. */
export function formatRateBp(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`A rate in basis points must be a whole number, got ${bp}`);
  const sign = bp < 0 ? '-' : '';
  const permille = Math.floor((Math.abs(bp) + 5) / 10);
  return `${sign}${Math.floor(permille / 10)}.${permille % 10}%`;
}

/** A change in basis points as percentage points with one decimal and a sign: 120 → '+1.2 pp', 0 → '0.0 pp'. */
export function formatRateChangeBp(bp: number): string {
  const text = formatRateBp(bp).replace('%', ' pp');
  return bp > 0 ? `+${text}` : text;
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}
