import ExcelJS from 'exceljs';
import type { ScorecardRowDto } from './dto/defect-reports.dto';

const COLUMNS: { header: string; key: keyof ScorecardRowDto; width: number; numFmt?: string }[] = [
  { header: '施工单位', key: 'companyName', width: 28 },
  { header: '专业', key: 'trade', width: 14 },
  { header: '接单数', key: 'received', width: 10 },
  { header: '已验收', key: 'verified', width: 10 },
  { header: '一次验收通过', key: 'firstTimePass', width: 14 },
  { header: '一次通过率', key: 'firstTimePassRate', width: 12, numFmt: '0.0%' },
  { header: '平均整改时长(小时)', key: 'meanHoursToFix', width: 18 },
  { header: 'P90整改时长(小时)', key: 'p90HoursToFix', width: 18 },
  { header: '在办', key: 'running', width: 8 },
  { header: '超期', key: 'overdue', width: 8 },
  { header: '超期率', key: 'overdueRate', width: 10, numFmt: '0.0%' },
  { header: '异议裁定', key: 'disputesRuled', width: 10 },
  { header: '异议成立', key: 'disputesUpheld', width: 10 },
];

/** 施工单位评分卡 as an .xlsx workbook: one sheet, a header row, one row per company and trade. */
export async function scorecardWorkbook(rows: ScorecardRowDto[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'handover';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet('施工单位评分卡', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(COLUMNS.map((column) => [column.key, row[column.key]])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
