import { parse } from 'csv-parse/sync';
import { parseAreaToCenti, parseYuanToFen, unitAddressLabel, type ErrorCode, type ErrorParams } from '@handover/domain';

/**
 * The unit list (户清单) a project lead uploads as CSV: one home per row, a header row first.
 * Pure: parses and validates every row, never touches the database and never logs (owners' data is personal).
 */

/** The columns of the unit list, with the header names accepted for each (English or Chinese). */
export const UNIT_CSV_COLUMNS = {
  building: ['building', '楼栋', '楼号'],
  unit: ['unit', '单元'],
  room: ['room', '房号', '房间号'],
  ownerName: ['ownerName', '业主姓名', '业主'],
  ownerPhone: ['ownerPhone', '业主电话', '联系电话', '手机号'],
  contractedArea: ['contractedArea', '合同面积'],
  surveyedArea: ['surveyedArea', '实测面积'],
  pricePerSqm: ['pricePerSqm', '单价'],
  fitOut: ['fitOut', '精装/毛坯', '交付标准', '装修标准'],
} as const;

export type UnitCsvColumn = keyof typeof UNIT_CSV_COLUMNS;

const COLUMN_KEYS = Object.keys(UNIT_CSV_COLUMNS) as UnitCsvColumn[];

/** More rows than this are refused as a whole: split the list into several imports. */
export const MAX_IMPORT_ROWS = 20_000;

/** Column `int` of units.contracted_area_centi / surveyed_area_centi. */
const MAX_AREA_CENTI = 2_147_483_647;
const MAX_TEXT = { building: 50, unit: 50, room: 50, ownerName: 100 } as const;

const FIT_OUT_VALUES: Record<string, 'fitted' | 'shell'> = {
  fitted: 'fitted',
  'fitted-out': 'fitted',
  精装: 'fitted',
  精装修: 'fitted',
  shell: 'shell',
  毛坯: 'shell',
};

/** Mainland mobile number: 11 digits, 13x–19x. */
const MOBILE = /^1[3-9]\d{9}$/;
/** Landline with its area code (区号): 010-12345678, 0571-8888666, 075588886666. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** One valid row, ready to insert: areas in centi-m² (m² × 100), price in fen per m². */
export interface UnitImportRow {
  /** spreadsheet row number; the header is row 1 */
  row: number;
  building: string;
  unitNo: string;
  room: string;
  ownerName: string;
  ownerPhone: string;
  contractedAreaCenti: number;
  surveyedAreaCenti: number;
  priceFenPerSqm: number;
  fitOut: 'fitted' | 'shell';
}

/**
 * One problem of the file: the spreadsheet row (header = 1), the column (null: the whole row or file) and what is
 * wrong, as a code of the error catalogue (UNIT_CSV_…) with its params; the refusal words it in the caller's language.
 */
export interface UnitCsvProblem {
  row: number;
  column: UnitCsvColumn | null;
  code: ErrorCode;
  params: ErrorParams;
}

export interface UnitCsvResult {
  rows: UnitImportRow[];
  problems: UnitCsvProblem[];
}

/** The identity of a home within a project: building–unit–room, compared exactly after trimming. */
export function addressKey(address: { building: string; unitNo: string; room: string }): string {
  return JSON.stringify([address.building, address.unitNo, address.room]);
}

/** Spaces removed; a valid phone is a mainland mobile number or a landline with area code. */
export function normalizePhone(text: string): string {
  return text.replace(/[\s\u3000]/g, '');
}

export function isValidOwnerPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone);
}

/** For lists: 13812341234 → 138****1234, 0571-88886666 → 057****6666. */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return `****${phone.slice(-2)}`;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** '合同面积（㎡）' → '合同面积', 'Owner Phone' → 'ownerphone': case, spaces, '_' and a unit in brackets do not matter. */
function normalizeHeader(text: string): string {
  return text
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .replace(/[\s_\-\u3000]/g, '')
    .toLowerCase();
}

const HEADER_LOOKUP = new Map<string, UnitCsvColumn>(
  COLUMN_KEYS.flatMap((key) => UNIT_CSV_COLUMNS[key].map((name) => [normalizeHeader(name), key] as const)),
);

interface ParsedRecord {
  record: string[];
  info: { records: number; empty_lines: number };
}

/** One non-blank row of a unit list, from a CSV file or a worksheet: its cells as text and its spreadsheet row number. */
export interface UnitTableRow {
  /** as a spreadsheet shows it: the first line of the file is row 1 */
  row: number;
  cells: string[];
}

/**
 * Parses and validates a whole unit list. Every row is checked (required values, phone format, areas and price > 0
 * with at most 2 decimals, fit-out, duplicates within the file); all problems are returned, sorted by row.
 * Duplicates against units already stored are checked by the caller with {@link duplicateAddressProblems}.
 */
export function parseUnitCsv(text: string): UnitCsvResult {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as ParsedRecord[];
  } catch (error) {
    // csv-parse reports the line of the file where it stopped
    const { lines = 1, code } = error as { lines?: number; code?: string };
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      return refuse(lines, 'UNIT_CSV_QUOTE_NOT_CLOSED');
    }
    return refuse(lines, 'UNIT_CSV_UNREADABLE');
  }
  return parseUnitTable(records.map((entry) => ({ row: spreadsheetRow(entry), cells: entry.record })));
}

/** How many of `cells` name a column of the unit list: 0 means the row is no header of one (e.g. a wrong encoding). */
export function knownHeaderCount(cells: readonly string[]): number {
  return cells.filter((cell) => HEADER_LOOKUP.has(normalizeHeader(cell))).length;
}

/** Validates a unit list already split into rows and cells (blank rows are skipped; the first other one is the header). */
export function parseUnitTable(table: readonly UnitTableRow[]): UnitCsvResult {
  const nonBlank = table.filter(({ cells }) => cells.some((value) => value.trim() !== ''));
  if (nonBlank.length === 0) return refuse(1, 'UNIT_CSV_EMPTY');

  const [header, ...data] = nonBlank;
  const headerRow = header.row;
  const { positions, problems } = readHeader(header.cells, headerRow);
  if (problems.length > 0) return { rows: [], problems };
  if (data.length === 0) return refuse(headerRow, 'UNIT_CSV_NO_UNITS');
  if (data.length > MAX_IMPORT_ROWS) {
    const tooMany = { count: data.length, max: MAX_IMPORT_ROWS };
    return refuse(data[MAX_IMPORT_ROWS].row, 'UNIT_CSV_TOO_MANY_ROWS', tooMany);
  }

  const rows: UnitImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const entry of data) {
    const row = entry.row;
    if (entry.cells.length !== header.cells.length) {
      problems.push({
        row,
        column: null,
        code: 'UNIT_CSV_COLUMN_COUNT',
        params: { values: entry.cells.length, columns: header.cells.length },
      });
      continue;
    }
    const value = (column: UnitCsvColumn) => entry.cells[positions[column]].trim();
    const parsed = validateRow(row, value, problems);
    if (!parsed) continue;
    const key = addressKey(parsed);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        column: 'room',
        code: 'UNIT_CSV_LISTED_TWICE',
        params: { unit: unitAddressLabel(parsed), firstRow: first },
      });
      continue;
    }
    firstRowOf.set(key, row);
    rows.push(parsed);
  }
  return { rows, problems: sortProblems(problems) };
}

/** Problems for rows whose building–unit–room already exists in the project. */
export function duplicateAddressProblems(
  rows: readonly UnitImportRow[],
  existing: ReadonlySet<string>,
): UnitCsvProblem[] {
  return rows
    .filter((row) => existing.has(addressKey(row)))
    .map((row) => ({
      row: row.row,
      column: 'room' as const,
      code: 'UNIT_CSV_UNIT_EXISTS' as const,
      params: { unit: unitAddressLabel(row) },
    }));
}

export function sortProblems(problems: UnitCsvProblem[]): UnitCsvProblem[] {
  const order = (column: UnitCsvColumn | null) => (column === null ? -1 : COLUMN_KEYS.indexOf(column));
  return problems.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
}

/** The whole file is refused for one reason. */
function refuse(row: number, code: ErrorCode, params: ErrorParams = {}): UnitCsvResult {
  return { rows: [], problems: [{ row, column: null, code, params }] };
}

/** Row number as a spreadsheet shows it: records so far plus the blank lines skipped before this record. */
function spreadsheetRow(entry: ParsedRecord): number {
  return entry.info.records + entry.info.empty_lines;
}

function readHeader(
  cells: string[],
  row: number,
): { positions: Record<UnitCsvColumn, number>; problems: UnitCsvProblem[] } {
  const positions = {} as Record<UnitCsvColumn, number>;
  const problems: UnitCsvProblem[] = [];
  cells.forEach((cell, index) => {
    const key = HEADER_LOOKUP.get(normalizeHeader(cell));
    if (!key) {
      problems.push({
        row,
        column: null,
        code: 'UNIT_CSV_UNKNOWN_COLUMN',
        params: { header: cell, position: index + 1 },
      });
    } else if (positions[key] !== undefined) {
      problems.push({
        row,
        column: key,
        code: 'UNIT_CSV_COLUMN_TWICE',
        params: { column: key, first: positions[key] + 1, second: index + 1 },
      });
    } else {
      positions[key] = index;
    }
  });
  for (const key of COLUMN_KEYS) {
    if (positions[key] === undefined) {
      problems.push({
        row,
        column: key,
        code: 'UNIT_CSV_COLUMN_MISSING',
        params: { column: key, name1: UNIT_CSV_COLUMNS[key][0], name2: UNIT_CSV_COLUMNS[key][1] },
      });
    }
  }
  return { positions, problems };
}

/** Checks one row; pushes a problem per bad value and returns null when there was any. */
function validateRow(
  row: number,
  value: (column: UnitCsvColumn) => string,
  problems: UnitCsvProblem[],
): UnitImportRow | null {
  const before = problems.length;
  const report = (column: UnitCsvColumn, code: ErrorCode, params: ErrorParams = {}) =>
    problems.push({ row, column, code, params: { column, ...params } });

  const required = (column: UnitCsvColumn & keyof typeof MAX_TEXT): string => {
    const text = value(column);
    if (text === '') report(column, 'UNIT_CSV_VALUE_EMPTY');
    else if (text.length > MAX_TEXT[column]) report(column, 'UNIT_CSV_VALUE_TOO_LONG', { max: MAX_TEXT[column] });
    return text;
  };
  const building = required('building');
  const unitNo = required('unit');
  const room = required('room');
  const ownerName = required('ownerName');

  const ownerPhone = normalizePhone(value('ownerPhone'));
  if (ownerPhone === '') report('ownerPhone', 'UNIT_CSV_VALUE_EMPTY');
  else if (!isValidOwnerPhone(ownerPhone)) report('ownerPhone', 'UNIT_CSV_PHONE_INVALID');

  const area = (column: 'contractedArea' | 'surveyedArea'): number => {
    const text = value(column);
    if (text === '') {
      report(column, 'UNIT_CSV_AREA_EMPTY');
      return 0;
    }
    let centi: number;
    try {
      centi = parseAreaToCenti(text);
    } catch {
      report(column, 'UNIT_CSV_AREA_INVALID', { value: text });
      return 0;
    }
    if (centi <= 0) report(column, 'UNIT_CSV_AREA_NOT_POSITIVE');
    else if (centi > MAX_AREA_CENTI) report(column, 'UNIT_CSV_AREA_TOO_LARGE', { value: text });
    return centi;
  };
  const contractedAreaCenti = area('contractedArea');
  const surveyedAreaCenti = area('surveyedArea');

  let priceFenPerSqm = 0;
  const priceText = value('pricePerSqm');
  if (priceText === '') {
    report('pricePerSqm', 'UNIT_CSV_PRICE_EMPTY');
  } else {
    try {
      priceFenPerSqm = parseYuanToFen(priceText);
      if (priceFenPerSqm <= 0) report('pricePerSqm', 'UNIT_CSV_PRICE_NOT_POSITIVE');
    } catch {
      report('pricePerSqm', 'UNIT_CSV_PRICE_INVALID', { value: priceText });
    }
  }

  const fitOutText = value('fitOut');
  const fitOut = FIT_OUT_VALUES[fitOutText.toLowerCase()];
  if (!fitOut) {
    if (fitOutText === '') report('fitOut', 'UNIT_CSV_FIT_OUT_EMPTY');
    else report('fitOut', 'UNIT_CSV_FIT_OUT_INVALID', { value: fitOutText });
  }

  if (problems.length > before) return null;
  return {
    row,
    building,
    unitNo,
    room,
    ownerName,
    ownerPhone,
    contractedAreaCenti,
    surveyedAreaCenti,
    priceFenPerSqm,
    fitOut,
  };
}
