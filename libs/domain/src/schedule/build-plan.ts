import { addDays, CalendarDate, isCalendarDate } from './calendar-date';
import { ApprovalParty } from './departments';
import { DEFAULT_MILESTONE_PARTIES, MILESTONE_INFO, MilestoneKey } from './milestones';
import { OFFSET_KEYS, resolveOffsets, ScheduleOffsets } from './offsets';
import { PHASE_KEYS, PHASE_NAMES_ZH, PhaseKey } from './phases';
import { HandoverPlan, PhaseWindow, PlanInput, PlannedMilestone } from './plan';

/**
 * Lays the timeline on the calendar. Never throws, so workflow code can build first and validate after:
 * when the input cannot be placed on the calendar (malformed dates, fractional days) the plan has no phases
 * or milestones, lastCentralizedDate is '', and validatePlan says what is wrong.
 */
export function buildPlan(input: PlanInput, launchDate: CalendarDate): HandoverPlan {
  const offsets = resolveOffsets(input.offsets);
  const plan: HandoverPlan = {
    firstHandoverDate: input.firstHandoverDate,
    centralizedDays: input.centralizedDays,
    lastCentralizedDate: '',
    timeZone: input.timeZone,
    offsets,
    phases: [],
    milestones: [],
  };
  if (!canPlaceOnCalendar(input, offsets, launchDate)) return plan;

  const day = (offset: number): CalendarDate => addDays(input.firstHandoverDate, offset);
  const last = day(input.centralizedDays - 1);
  const afterLast = (days: number): CalendarDate => addDays(last, days);

  const windows: Record<PhaseKey, [CalendarDate, CalendarDate | null]> = {
    riskSelfCheck: [launchDate, day(offsets.riskSelfCheckDue)],
    unitInspection: [launchDate, day(offsets.unitInspectionDue)],
    openDay: [day(offsets.openDay), day(offsets.openDay)],
    rectification: [day(offsets.openDay + 1), day(offsets.rectificationDue)],
    propertyTransfer: [day(offsets.rectificationDue), day(offsets.propertyTransferDue)],
    handoverPreparation: [day(offsets.propertyTransferDue + 1), day(-1)],
    centralizedHandover: [day(0), last],
    scatteredHandover: [afterLast(1), null],
    summary: [afterLast(1), day(input.centralizedDays + offsets.summaryDueAfterCentralized)],
  };
  const dueDates: Record<MilestoneKey, CalendarDate> = {
    riskSelfCheck: day(offsets.riskSelfCheckDue),
    unitInspection: day(offsets.unitInspectionDue),
    openDay: day(offsets.openDay),
    rectification: day(offsets.rectificationDue),
    propertyTransfer: day(offsets.propertyTransferDue),
    rehearsal: day(offsets.rehearsalEnd),
    handoverReadiness: day(-1),
    centralizedHandover: last,
    scatteredHandover: afterLast(offsets.scatteredHandoverDueAfterCentralized),
    summaryAccepted: day(input.centralizedDays + offsets.summaryDueAfterCentralized),
  };

  plan.lastCentralizedDate = last;
  plan.phases = PHASE_KEYS.map(
    (key, index): PhaseWindow => ({
      key,
      order: index + 1,
      nameZh: PHASE_NAMES_ZH[key],
      start: windows[key][0],
      end: windows[key][1],
    }),
  );
  plan.milestones = (Object.keys(MILESTONE_INFO) as MilestoneKey[]).map(
    (key): PlannedMilestone => ({
      key,
      phase: MILESTONE_INFO[key].phase,
      nameZh: MILESTONE_INFO[key].nameZh,
      dueDate: dueDates[key],
      parties: partiesFor(key, input.milestoneParties),
    }),
  );
  return plan;
}

function canPlaceOnCalendar(input: PlanInput, offsets: ScheduleOffsets, launchDate: CalendarDate): boolean {
  return (
    isCalendarDate(input.firstHandoverDate) &&
    isCalendarDate(launchDate) &&
    Number.isSafeInteger(input.centralizedDays) &&
    OFFSET_KEYS.every((key) => Number.isSafeInteger(offsets[key]))
  );
}

function partiesFor(
  key: MilestoneKey,
  overrides: Partial<Record<MilestoneKey, ApprovalParty[]>> | undefined,
): ApprovalParty[] {
  const override = overrides?.[key];
  return [...(override && override.length > 0 ? override : DEFAULT_MILESTONE_PARTIES[key])];
}
