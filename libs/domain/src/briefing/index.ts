export type { BriefingFigures, BriefingFigureKey, BriefingChange } from './figures';
export { BRIEFING_FIGURE_KEYS, handoverRateBp, formatRateBp, formatRateChangeBp } from './figures';
export { briefingChange, formatSigned } from './change';
export type { BriefingHeading, Rollup, RollupRow } from './render-markdown';
export {
  briefingTitle,
  dayLabel,
  escapeCell,
  handoverPeriodLabel,
  renderBriefingMarkdown,
  renderRollupMarkdown,
  rollupCells,
} from './render-markdown';
export { nextBriefingDate, briefingSchedulePhase, lastCentralizedDate } from './briefing-calendar';
export type { BriefingCalendar, BriefingSchedulePhase } from './briefing-calendar';
export { ROBOT_HOSTS, robotWebhookUrlProblem, addressScope } from './robot-webhook-target';
export type { WebhookTargetPolicy } from './robot-webhook-target';
export type { TouchPointMeasures } from './touch-points';
export { shareBp, touchPointCells, touchPointLines } from './touch-points';
