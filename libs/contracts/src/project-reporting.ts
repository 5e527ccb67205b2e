import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { BriefingCalendar, CalendarDate } from '@handover/domain';

/** 集中交付快报: one reporting workflow per project produces the evening briefing on durable timers. */
export const PROJECT_REPORTING_WORKFLOW = 'projectReportingWorkflow';

/** Business workflow id: starting the reporting of a project twice is recognised by Temporal. */
export function projectReportingWorkflowId(projectId: string): string {
  return `reporting-${projectId}`;
}

/** Local time of the evening briefing when the project sets none. */
export const DEFAULT_BRIEFING_TIME = '20:00';

/** Continue-as-new after this many briefings, so a long scattered period never grows one huge history. */
export const REPORTING_BRIEFINGS_PER_RUN = 30;

/** The post-handover summary (交付总结) as far as reporting is concerned: requested once, at the end of the centralized period. */
export type ReportingSummaryState = 'pending' | 'compiling' | 'compiled' | 'failed';

/** What a run hands to the next one on continue-as-new. */
export interface ProjectReportingCarryOver {
  lastBriefingDate: CalendarDate | null;
  summary: Exclude<ReportingSummaryState, 'compiling'>;
  failedDeliveries: CalendarDate[];
}

export interface ProjectReportingStatus {
  projectId: string;
  lastBriefingDate: CalendarDate | null;
  /** the date and instant (ISO 8601) the workflow sleeps until, null while working or when done */
  nextBriefingDate: CalendarDate | null;
  nextBriefingAt: string | null;
  summary: ReportingSummaryState;
  briefingsThisRun: number;
  /** deliveries that failed after Temporal's retries (the briefing itself is stored) */
  failedDeliveries: CalendarDate[];
}

/** What a delivery did: webhooks pushed now, already delivered before (a retry), configured at all. */
export interface BriefingDeliveryResult {
  delivered: number;
  alreadyDelivered: number;
  webhooks: number;
  /** webhooks whose target the policy forbids (loopback or private network): recorded, not retried */
  refused?: number;
}

/** Implemented by apps/worker (ReportingActivities, and compileHandoverSummary by the summary activities). */
export interface ProjectReportingActivities {
  /** D, n, time zone, status, units still to hand over and the briefing time of the project. */
  reportingCalendar(projectId: string): Promise<BriefingCalendar>;
  /** Computes the day's figures with set-based SQL and upserts daily_briefings (a retry never double-counts). */
  generateDailyBriefing(projectId: string, date: CalendarDate): Promise<void>;
  /** Pushes the stored briefing to the project's group-robot webhooks; throws on a failed push so Temporal retries. */
  deliverBriefing(projectId: string, date: CalendarDate): Promise<BriefingDeliveryResult>;
  /** 交付总结: compiles the post-handover summary once the centralized period has ended (idempotent). */
  compileHandoverSummary(projectId: string): Promise<void>;
}

/** The project's D, centralized period or briefing time changed: re-plan the next briefing now. */
export const reportingCalendarChangedSignal = defineSignal<[]>('reportingCalendarChanged');
export const projectReportingStatusQuery = defineQuery<ProjectReportingStatus>('projectReportingStatus');
