import { CalendarDate } from './calendar-date';
import { ApprovalParty } from './departments';
import { MilestoneKey } from './milestones';
import { ScheduleOffsets } from './offsets';
import { PhaseKey } from './phases';

export interface PlanInput {
  /** D, 集中交付首日 */
  firstHandoverDate: CalendarDate;
  /** n, length of the centralized handover period (集中交付天数) */
  centralizedDays: number;
  /** IANA time zone; callers apply the default 'Asia/Shanghai' */
  timeZone: string;
  offsets?: Partial<ScheduleOffsets>;
  milestoneParties?: Partial<Record<MilestoneKey, ApprovalParty[]>>;
}

export interface PhaseWindow {
  key: PhaseKey;
  order: number;
  nameZh: string;
  start: CalendarDate;
  /** null while open ended (零星交付 runs until every unit is handed over) */
  end: CalendarDate | null;
}

export interface PlannedMilestone {
  key: MilestoneKey;
  phase: PhaseKey;
  nameZh: string;
  dueDate: CalendarDate;
  parties: ApprovalParty[];
}

export interface HandoverPlan {
  firstHandoverDate: CalendarDate;
  centralizedDays: number;
  lastCentralizedDate: CalendarDate;
  timeZone: string;
  offsets: ScheduleOffsets;
  phases: PhaseWindow[];
  milestones: PlannedMilestone[];
}
