/**
 * 关键触点管控指标: per project, up to the end of a local date, how owners meet the handover at its key touch points.
 * Counts are whole numbers, shares basis points, hours one decimal (null when nothing was measured yet).
 * - booking use (预约使用率): units with an active handover booking / units of the project;
 * - no-shows (爽约): active handover bookings whose slot has ended without the unit being checked in (签到) before
 *   the slot's end;
 * - objection reply time (异议答复时长): from a unit's 交付异议 (objected) to the first 异议已处理 (objection_resolved)
 *   after it, median and 90th percentile in hours, over the objections answered so far;
 * - owner-confirmed fixes (业主确认整改): fixed defects of units whose verification was recorded by the owner (an audit
 *   entry with the owner role setting the defect to verified) / defects fixed;
 * - repair rating (维修评价): the average of owners' 1–5 ratings of confirmed warranty repairs.
 */
export interface TouchPointMeasures {
  totalUnits: number;
  unitsBooked: number;
  /** unitsBooked / totalUnits, basis points rounded down; 0 without units */
  bookingUseBp: number;
  /** active handover bookings whose slot has ended */
  bookingsPast: number;
  noShows: number;
  objectionsReplied: number;
  objectionReplyHoursP50: number | null;
  objectionReplyHoursP90: number | null;
  defectsFixed: number;
  defectsConfirmedByOwner: number;
  /** defectsConfirmedByOwner / defectsFixed, basis points rounded down; null when none was fixed */
  ownerConfirmedBp: number | null;
  repairsRated: number;
  /** the average rating × 100, rounded half up (4.25 → 425); null when none was rated */
  repairRatingCenti: number | null;
}

/** A share in basis points, rounded down; null when there is nothing to divide by. */
export function shareBp(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part * 10_000) / whole);
}

function percent(bp: number | null): string {
  if (bp === null) return '—';
  const permille = Math.floor((bp + 5) / 10);
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}

const hours = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} 小时`);
const rating = (centi: number | null) => (centi === null ? '—' : (centi / 100).toFixed(2));

/** The measures as table cells: 预约使用率, 爽约, 异议答复 P50/P90, 业主确认整改, 维修评价. */
export function touchPointCells(measures: TouchPointMeasures): string[] {
  return [
    `${percent(measures.bookingUseBp)}（${measures.unitsBooked}/${measures.totalUnits}）`,
    `${measures.noShows}/${measures.bookingsPast}`,
    `${hours(measures.objectionReplyHoursP50)} / ${hours(measures.objectionReplyHoursP90)}（${measures.objectionsReplied} 件）`,
    `${percent(measures.ownerConfirmedBp)}（${measures.defectsConfirmedByOwner}/${measures.defectsFixed}）`,
    `${rating(measures.repairRatingCenti)}（${measures.repairsRated} 单）`,
  ];
}

/** The briefing's 关键触点 lines (list lines, as group robots render no tables). */
export function touchPointLines(measures: TouchPointMeasures): string[] {
  const [booking, , reply, confirmed, rated] = touchPointCells(measures);
  return [
    '',
    '**关键触点**',
    `- 预约使用率：${booking}；爽约：${measures.noShows} 户（已过时段的预约 ${measures.bookingsPast} 个）`,
    `- 异议答复时长（中位/P90）：${reply}`,
    `- 整改业主确认：${confirmed}；维修评价：${rated}`,
  ];
}
