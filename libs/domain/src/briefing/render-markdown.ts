import { touchPointLines, type TouchPointMeasures } from './touch-points';
import { daysBetween, type CalendarDate } from '../schedule/calendar-date';
import { formatFen } from '../money/yuan';
import { formatSigned } from './change';
import { formatRateBp, formatRateChangeBp, type BriefingChange, type BriefingFigures } from './figures';

/** Who a briefing is about: enough to name the project in a group chat. */
export interface BriefingHeading {
  cityCompany: string;
  name: string;
  batch: string;
  /** D, the first centralized handover day */
  firstHandoverDate: CalendarDate;
  centralizedDays: number;
}

/** One project's line in the HQ roll-up (集团交付日报汇总). */
export interface RollupRow extends BriefingHeading {
  projectId: string;
  phase: string | null;
  atRisk: boolean;
  figures: BriefingFigures;
}

/** The HQ roll-up for one date: a line per active project and the projects whose handover date is at risk. */
export interface Rollup {
  date: CalendarDate;
  rows: RollupRow[];
  atRisk: RollupRow[];
}

/** 'D', 'D+2', 'D-5': where a date stands against the first handover day. */
export function dayLabel(firstHandoverDate: CalendarDate, date: CalendarDate): string {
  const offset = daysBetween(firstHandoverDate, date);
  if (offset === 0) return 'D';
  return offset > 0 ? `D+${offset}` : `D${offset}`;
}

/** 集中交付 during D … D+n−1, 零星交付 after it, 交付准备 before it. */
export function handoverPeriodLabel(heading: BriefingHeading, date: CalendarDate): string {
  const offset = daysBetween(heading.firstHandoverDate, date);
  if (offset < 0) return '交付准备';
  return offset < heading.centralizedDays ? `集中交付第${offset + 1}天` : '零星交付';
}

/** Table cells may not contain pipes or line breaks. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The title of a briefing, used as DingTalk's message title and the Markdown heading. */
export function briefingTitle(heading: BriefingHeading, date: CalendarDate): string {
  return `集中交付快报 ${heading.name}${heading.batch ? ` ${heading.batch}` : ''} ${date}`;
}

/**
 * 集中交付快报 as Markdown, the subset WeChat Work and DingTalk group robots both render (headings, bold, lists):
 * robots do not render tables, so figures are list lines with the change against the previous day in brackets.
 */
export function renderBriefingMarkdown(
  heading: BriefingHeading,
  date: CalendarDate,
  figures: BriefingFigures,
  change: BriefingChange | null,
  touchPoints?: TouchPointMeasures | null,
): string {
  const delta = (key: keyof BriefingChange) => (change ? `（较昨日 ${formatSigned(change[key])}）` : '');
  const rateDelta = change ? `（较昨日 ${formatRateChangeBp(change.handoverRateBp)}）` : '';
  const lines = [
    `### ${escapeCell(briefingTitle(heading, date))}`,
    `${escapeCell(heading.cityCompany)} · ${dayLabel(heading.firstHandoverDate, date)} · ${handoverPeriodLabel(heading, date)}`,
    '',
    `- 今日交付：**${figures.handedOverToday}** 户${delta('handedOverToday')}`,
    `- 累计交付：**${figures.handedOverCumulative}** / ${figures.totalUnits} 户，交付率 **${formatRateBp(figures.handoverRateBp)}**${rateDelta}`,
    `- 今日接待业主：${figures.ownersReceivedToday} 户${delta('ownersReceivedToday')}；验房：${figures.inspectionsToday} 户${delta('inspectionsToday')}`,
    `- 今日新增问题：${figures.defectsRaisedToday} 项，其中现场维修 ${figures.defectsFixedOnSpotToday} 项；未关闭问题：${figures.defectsOpen} 项${delta('defectsOpen')}`,
    `- 交付异议未结：${figures.objectionsOpen} 件（逾期 ${figures.objectionsOverdue}）；投诉未复：${figures.complaintsOpen} 件（逾期 ${figures.complaintsOverdue}）`,
    `- 今日收款：${formatFen(figures.settledFen)} 元；退款：${formatFen(figures.refundedFen)} 元`,
    `- 重大/群体投诉：${figures.incidentsToday > 0 ? `**${figures.incidentsToday}**` : '0'} 件`,
    ...(touchPoints ? touchPointLines(touchPoints) : []),
  ];
  return lines.join('\n');
}

const ROLLUP_HEADER = [
  '城市公司',
  '项目',
  '批次',
  'D',
  '进度',
  '阶段',
  '风险',
  '总户数',
  '今日交付',
  '累计交付',
  '交付率',
  '未关闭问题',
  '未结异议/投诉',
  '逾期异议/投诉',
  '收款（元）',
  '退款（元）',
];

/** The roll-up's columns for one row, as text; shared by the Markdown table and the tests. */
export function rollupCells(row: RollupRow, date: CalendarDate): string[] {
  const f = row.figures;
  return [
    row.cityCompany,
    row.name,
    row.batch,
    row.firstHandoverDate,
    dayLabel(row.firstHandoverDate, date),
    row.phase ?? '—',
    row.atRisk ? '⚠ 风险' : '',
    String(f.totalUnits),
    String(f.handedOverToday),
    String(f.handedOverCumulative),
    formatRateBp(f.handoverRateBp),
    String(f.defectsOpen),
    String(f.objectionsOpen + f.complaintsOpen),
    String(f.objectionsOverdue + f.complaintsOverdue),
    formatFen(f.settledFen),
    formatFen(f.refundedFen),
  ];
}

/** 集团交付日报汇总 as a Markdown table (numbers right-aligned) followed by the at-risk list. */
export function renderRollupMarkdown(rollup: Rollup): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const align = ROLLUP_HEADER.map((_, index) => (index >= 7 ? '---:' : '---'));
  const totals = rollup.rows.reduce(
    (sum, row) => ({
      totalUnits: sum.totalUnits + row.figures.totalUnits,
      handedOverToday: sum.handedOverToday + row.figures.handedOverToday,
      handedOverCumulative: sum.handedOverCumulative + row.figures.handedOverCumulative,
    }),
    { totalUnits: 0, handedOverToday: 0, handedOverCumulative: 0 },
  );
  const out = [
    `## 集团交付日报汇总 ${rollup.date}`,
    '',
    `${rollup.rows.length} 个在建交付项目；今日交付 ${totals.handedOverToday} 户，累计 ${totals.handedOverCumulative} / ${totals.totalUnits} 户。`,
    '',
    line(ROLLUP_HEADER),
    `| ${align.join(' | ')} |`,
    ...rollup.rows.map((row) => line(rollupCells(row, rollup.date))),
    '',
    `### 风险项目（交付日期存在风险）`,
    '',
  ];
  if (rollup.atRisk.length === 0) out.push('无。');
  for (const row of rollup.atRisk) {
    out.push(
      `- ${escapeCell(row.cityCompany)} · ${escapeCell(row.name)} ${escapeCell(row.batch)}：D = ${row.firstHandoverDate}（${dayLabel(row.firstHandoverDate, rollup.date)}），阶段 ${escapeCell(row.phase ?? '—')}`,
    );
  }
  return out.join('\n') + '\n';
}
