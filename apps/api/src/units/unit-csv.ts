import { parse } from 'csv-parse/sync';
import { parseAreaToCenti, parseYuanToFen } from '@handover/domain';

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

const COLUMN_LABELS: Record<UnitCsvColumn, string> = {
  building: 'building (楼栋)',
  unit: 'unit (单元)',
  room: 'room (房号)',
  ownerName: 'owner name (业主姓名)',
  ownerPhone: 'owner phone (业主电话)',
  contractedArea: 'contracted area (合同面积)',
  surveyedArea: 'surveyed area (实测面积)',
  pricePerSqm: 'price per m² (单价)',
  fitOut: 'fit-out (精装/毛坯)',
};

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

/** One problem of the file: the spreadsheet row (header = 1), the column (null: the whole row or file) and what is wrong. */
export interface UnitCsvProblem {
  row: number;
  column: UnitCsvColumn | null;
  problem: string;
}

export interface UnitCsvResult {
  rows: UnitImportRow[];
  problems: UnitCsvProblem[];
}

/** The identity of a home within a project: building–unit–room, compared exactly after trimming. */
export function addressKey(address: { building: string; unitNo: string; room: string }): string {
  return JSON.stringify([address.building, address.unitNo, address.room]);
}

export function addressLabel(address: { building: string; unitNo: string; room: string }): string {
  return `${address.building}-${address.unitNo}-${address.room}`;
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
      return refuse(lines, 'A quoted value is never closed: check the double quotes (") on this line or before it.');
    }
    return refuse(lines, 'The file is not readable as CSV here; save it again as CSV (UTF-8, comma-separated).');
  }
  const nonBlank = records.filter(({ record }) => record.some((value) => value !== ''));
  if (nonBlank.length === 0) return refuse(1, 'The file is empty: it needs a header row and one row per unit.');

  const [header, ...data] = nonBlank;
  const headerRow = spreadsheetRow(header);
  const { positions, problems } = readHeader(header.record, headerRow);
  if (problems.length > 0) return { rows: [], problems };
  if (data.length === 0) return refuse(headerRow, 'The file has a header row but no units below it.');
  if (data.length > MAX_IMPORT_ROWS) {
    const tooMany = `The file has ${data.length} units; import at most ${MAX_IMPORT_ROWS} at a time.`;
    return refuse(spreadsheetRow(data[MAX_IMPORT_ROWS]), tooMany);
  }

  const rows: UnitImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const entry of data) {
    const row = spreadsheetRow(entry);
    if (entry.record.length !== header.record.length) {
      problems.push({
        row,
        column: null,
        problem: `The row has ${entry.record.length} values but the header has ${header.record.length} columns; check for a missing or extra comma.`,
      });
      continue;
    }
    const value = (column: UnitCsvColumn) => entry.record[positions[column]].trim();
    const parsed = validateRow(row, value, problems);
    if (!parsed) continue;
    const key = addressKey(parsed);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        column: 'room',
        problem: `Unit ${addressLabel(parsed)} is listed twice: it is already on row ${first}.`,
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
      problem: `Unit ${addressLabel(row)} already exists in this project.`,
    }));
}

export function sortProblems(problems: UnitCsvProblem[]): UnitCsvProblem[] {
  const order = (column: UnitCsvColumn | null) => (column === null ? -1 : COLUMN_KEYS.indexOf(column));
  return problems.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
}

/** The whole file is refused for one reason. */
function refuse(row: number, problem: string): UnitCsvResult {
  return { rows: [], problems: [{ row, column: null, problem }] };
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
        problem: `Unknown column "${cell}" (column ${index + 1}); the columns are: ${COLUMN_KEYS.map((k) => COLUMN_LABELS[k]).join(', ')}.`,
      });
    } else if (positions[key] !== undefined) {
      problems.push({
        row,
        column: key,
        problem: `The ${COLUMN_LABELS[key]} column appears twice (columns ${positions[key] + 1} and ${index + 1}).`,
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
        problem: `The ${COLUMN_LABELS[key]} column is missing; name it "${UNIT_CSV_COLUMNS[key][0]}" or "${UNIT_CSV_COLUMNS[key][1]}".`,
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
  const report = (column: UnitCsvColumn, problem: string) => problems.push({ row, column, problem });

  const required = (column: UnitCsvColumn & keyof typeof MAX_TEXT): string => {
    const text = value(column);
    if (text === '') report(column, `The ${COLUMN_LABELS[column]} is empty; every unit needs one.`);
    else if (text.length > MAX_TEXT[column])
      report(column, `The ${COLUMN_LABELS[column]} is longer than ${MAX_TEXT[column]} characters.`);
    return text;
  };
  const building = required('building');
  const unitNo = required('unit');
  const room = required('room');
  const ownerName = required('ownerName');

  const ownerPhone = normalizePhone(value('ownerPhone'));
  if (ownerPhone === '') report('ownerPhone', `The ${COLUMN_LABELS.ownerPhone} is empty; every unit needs one.`);
  else if (!isValidOwnerPhone(ownerPhone)) {
    report(
      'ownerPhone',
      'The owner phone is not a mainland mobile number (11 digits, 13…–19…) or a landline with area code such as 0571-88886666.',
    );
  }

  const area = (column: 'contractedArea' | 'surveyedArea'): number => {
    const text = value(column);
    if (text === '') {
      report(column, `The ${COLUMN_LABELS[column]} is empty; give it in m² with at most 2 decimals, e.g. 89.57.`);
      return 0;
    }
    let centi: number;
    try {
      centi = parseAreaToCenti(text);
    } catch {
      report(
        column,
        `The ${COLUMN_LABELS[column]} "${text}" is not a positive number of m² with at most 2 decimals, e.g. 89.57.`,
      );
      return 0;
    }
    if (centi <= 0) report(column, `The ${COLUMN_LABELS[column]} must be greater than 0 m².`);
    else if (centi > MAX_AREA_CENTI)
      report(column, `The ${COLUMN_LABELS[column]} "${text}" is too large; give it in m².`);
    return centi;
  };
  const contractedAreaCenti = area('contractedArea');
  const surveyedAreaCenti = area('surveyedArea');

  let priceFenPerSqm = 0;
  const priceText = value('pricePerSqm');
  if (priceText === '') {
    report('pricePerSqm', `The ${COLUMN_LABELS.pricePerSqm} is empty; give it in yuan per m², e.g. 25000 or 25000.50.`);
  } else {
    try {
      priceFenPerSqm = parseYuanToFen(priceText);
      if (priceFenPerSqm <= 0) report('pricePerSqm', `The ${COLUMN_LABELS.pricePerSqm} must be greater than 0 yuan.`);
    } catch {
      report(
        'pricePerSqm',
        `The ${COLUMN_LABELS.pricePerSqm} "${priceText}" is not a positive amount in yuan with at most 2 decimals, e.g. 25000.50.`,
      );
    }
  }

  const fitOutText = value('fitOut');
  const fitOut = FIT_OUT_VALUES[fitOutText.toLowerCase()];
  if (!fitOut) {
    report(
      'fitOut',
      fitOutText === ''
        ? `The ${COLUMN_LABELS.fitOut} is empty; write 精装 or 毛坯 (fitted or shell).`
        : `The ${COLUMN_LABELS.fitOut} "${fitOutText}" is not 精装 or 毛坯 (fitted or shell).`,
    );
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
