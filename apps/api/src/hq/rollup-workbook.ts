import ExcelJS from 'exceljs';
import { dayLabel, type Rollup, type RollupRow } from '@handover/domain';

/** The 汇总 sheet's columns: text, counts as integers, the rate as a fraction shown as a percent, yuan with 2 decimals. */
const COLUMNS: {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
  value: (row: RollupRow, date: string) => string | number;
}[] = [
  { header: '城市公司', key: 'cityCompany', width: 16, value: (row) => row.cityCompany },
  { header: '项目', key: 'name', width: 24, value: (row) => row.name },
  { header: '批次', key: 'batch', width: 10, value: (row) => row.batch },
  { header: 'D', key: 'firstHandoverDate', width: 12, value: (row) => row.firstHandoverDate },
  { header: '进度', key: 'day', width: 8, value: (row, date) => dayLabel(row.firstHandoverDate, date) },
  { header: '阶段', key: 'phase', width: 22, value: (row) => row.phase ?? '' },
  { header: '风险', key: 'atRisk', width: 8, value: (row) => (row.atRisk ? '风险' : '') },
  { header: '总户数', key: 'totalUnits', width: 10, numFmt: '0', value: (row) => row.figures.totalUnits },
  { header: '今日交付', key: 'handedOverToday', width: 10, numFmt: '0', value: (row) => row.figures.handedOverToday },
  {
    header: '累计交付',
    key: 'handedOverCumulative',
    width: 10,
    numFmt: '0',
    value: (row) => row.figures.handedOverCumulative,
  },
  {
    header: '交付率',
    key: 'handoverRate',
    width: 10,
    numFmt: '0.0%',
    value: (row) => row.figures.handoverRateBp / 10_000,
  },
  {
    header: '今日接待',
    key: 'ownersReceivedToday',
    width: 10,
    numFmt: '0',
    value: (row) => row.figures.ownersReceivedToday,
  },
  { header: '未关闭问题', key: 'defectsOpen', width: 12, numFmt: '0', value: (row) => row.figures.defectsOpen },
  { header: '未结异议', key: 'objectionsOpen', width: 10, numFmt: '0', value: (row) => row.figures.objectionsOpen },
  {
    header: '逾期异议',
    key: 'objectionsOverdue',
    width: 10,
    numFmt: '0',
    value: (row) => row.figures.objectionsOverdue,
  },
  { header: '未复投诉', key: 'complaintsOpen', width: 10, numFmt: '0', value: (row) => row.figures.complaintsOpen },
  {
    header: '逾期投诉',
    key: 'complaintsOverdue',
    width: 10,
    numFmt: '0',
    value: (row) => row.figures.complaintsOverdue,
  },
  {
    header: '今日收款（元）',
    key: 'settledYuan',
    width: 16,
    numFmt: '#,##0.00',
    value: (row) => row.figures.settledFen / 100,
  },
  {
    header: '今日退款（元）',
    key: 'refundedYuan',
    width: 16,
    numFmt: '#,##0.00',
    value: (row) => row.figures.refundedFen / 100,
  },
];

export const ROLLUP_SHEET = '汇总';
export const AT_RISK_SHEET = '风险项目';

/** The HQ roll-up as an .xlsx workbook: sheet 汇总 (header row, one row per project) and sheet 风险项目. */
export async function rollupWorkbook(rollup: Rollup): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'handover';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(ROLLUP_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rollup.rows) {
    sheet.addRow(Object.fromEntries(COLUMNS.map((column) => [column.key, column.value(row, rollup.date)])));
  }

  const risks = workbook.addWorksheet(AT_RISK_SHEET);
  risks.columns = [
    { header: '城市公司', key: 'cityCompany', width: 16 },
    { header: '项目', key: 'name', width: 24 },
    { header: '批次', key: 'batch', width: 10 },
    { header: 'D', key: 'firstHandoverDate', width: 12 },
    { header: '进度', key: 'day', width: 8 },
    { header: '阶段', key: 'phase', width: 22 },
  ];
  risks.getRow(1).font = { bold: true };
  for (const row of rollup.atRisk) {
    risks.addRow({ ...row, day: dayLabel(row.firstHandoverDate, rollup.date), phase: row.phase ?? '' });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
