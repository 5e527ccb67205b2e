import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import {
  projectReportingStatusQuery,
  reportingCalendarChangedSignal,
  REPORTING_BRIEFINGS_PER_RUN,
  type ProjectReportingActivities,
  type ProjectReportingCarryOver,
  type ReportingSummaryState,
} from '@handover/contracts';
import {
  instantToCalendarDate,
  lastCentralizedDate,
  nextBriefingDate,
  zonedTimeToInstant,
  type CalendarDate,
} from '@handover/domain';

const { reportingCalendar, generateDailyBriefing } = proxyActivities<ProjectReportingActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** A robot that stays down must not hold up tomorrow's briefing: about 40 minutes of retries, then it is recorded as failed. */
const { deliverBriefing } = proxyActivities<ProjectReportingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 8 },
});

const { compileHandoverSummary } = proxyActivities<ProjectReportingActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 minute', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/**
 * 集中交付快报: every evening (default 20:00 in the project's time zone) from D through the centralized period, then
 * daily through the scattered period while units remain, generates the day's briefing and pushes it to the
 * project's group robots. Sleeps on durable timers (never polls); re-reads the project's calendar at each instant so a
 * postponed D moves the briefings with it. After the last centralized day's briefing it asks for the post-handover
 * summary (交付总结) once, without holding up the scattered-period briefings. Continues as new every
 * {@link REPORTING_BRIEFINGS_PER_RUN} briefings.
 */
export async function projectReportingWorkflow(
  projectId: string,
  carried?: ProjectReportingCarryOver,
): Promise<string> {
  let lastBriefingDate: CalendarDate | null = carried?.lastBriefingDate ?? null;
  let summary: ReportingSummaryState = carried?.summary ?? 'pending';
  const failedDeliveries: CalendarDate[] = [...(carried?.failedDeliveries ?? [])];
  let nextDate: CalendarDate | null = null;
  let nextAt: string | null = null;
  let briefingsThisRun = 0;
  let calendarChanged = false;
  let summaryRun: Promise<void> | null = null;

  setHandler(reportingCalendarChangedSignal, () => {
    calendarChanged = true;
  });
  setHandler(projectReportingStatusQuery, () => ({
    projectId,
    lastBriefingDate,
    nextBriefingDate: nextDate,
    nextBriefingAt: nextAt,
    summary,
    briefingsThisRun,
    failedDeliveries: failedDeliveries.slice(-30),
  }));

  const summaryInFlight = (): boolean => summary === 'compiling';
  const requestSummary = () => {
    summary = 'compiling';
    summaryRun = compileHandoverSummary(projectId).then(
      () => {
        summary = 'compiled';
      },
      (error: unknown) => {
        summary = 'failed';
        log.error('the post-handover summary could not be compiled', { projectId, error: (error as Error).message });
      },
    );
  };

  for (;;) {
    calendarChanged = false;
    const calendar = await reportingCalendar(projectId);
    const date = nextBriefingDate(calendar, lastBriefingDate, instantToCalendarDate(Date.now(), calendar.timeZone));
    if (date === null) break;

    const at = zonedTimeToInstant(date, calendar.briefingTime, calendar.timeZone);
    if (at > Date.now()) {
      nextDate = date;
      nextAt = new Date(at).toISOString();
      // A durable timer; a changed calendar wakes it early. Either way the calendar is read again before briefing.
      await condition(() => calendarChanged, at - Date.now());
      nextDate = null;
      nextAt = null;
      continue;
    }

    await generateDailyBriefing(projectId, date);
    try {
      await deliverBriefing(projectId, date);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      failedDeliveries.push(date);
      log.warn('briefing delivery failed after its retries; the briefing is stored', {
        projectId,
        date,
        error: error.cause?.message,
      });
    }
    lastBriefingDate = date;
    briefingsThisRun += 1;

    if (summary === 'pending' && date >= lastCentralizedDate(calendar)) requestSummary();

    // Not while the summary is being compiled: its result belongs to this run (the next briefing tries again).
    if (briefingsThisRun >= REPORTING_BRIEFINGS_PER_RUN && !summaryInFlight()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof projectReportingWorkflow>(projectId, {
        lastBriefingDate,
        summary: summary as Exclude<ReportingSummaryState, 'compiling'>,
        failedDeliveries: failedDeliveries.slice(-30),
      });
    }
  }

  if (summaryRun) await summaryRun;
  await condition(allHandlersFinished);
  return lastBriefingDate
    ? `reported through ${lastBriefingDate}; summary ${summary}`
    : `nothing to report; summary ${summary}`;
}
