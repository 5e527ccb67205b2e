import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { UnitEntity } from '@handover/database';
import { managerOf, sequence, type Db } from './db';

export interface UnitFixture {
  projectId: string;
  building?: string;
  unitNo?: string;
  /** unique within the test file when not given */
  room?: string;
  ownerName?: string;
  ownerPhone?: string;
  /** m² × 100 */
  contractedAreaCenti?: number;
  surveyedAreaCenti?: number;
  /** fen per m² */
  priceFenPerSqm?: number;
  fitOut?: 'fitted' | 'shell';
  handoverState?: string;
  handoverResumeFrom?: string | null;
}

function unitValues(fixture: UnitFixture) {
  return {
    projectId: fixture.projectId,
    building: fixture.building ?? '1#',
    unitNo: fixture.unitNo ?? '1',
    // four digits: never one of the CSV builder's rooms (101–200), so both can fill one project
    room: fixture.room ?? String(1000 + sequence()),
    ownerName: fixture.ownerName ?? '业主',
    ownerPhone: fixture.ownerPhone ?? '13800000000',
    contractedAreaCenti: fixture.contractedAreaCenti ?? 10_000,
    surveyedAreaCenti: fixture.surveyedAreaCenti ?? 10_000,
    priceFenPerSqm: String(fixture.priceFenPerSqm ?? 2_000_000),
    fitOut: fixture.fitOut ?? 'shell',
    handoverState: fixture.handoverState ?? 'not_started',
    handoverResumeFrom: fixture.handoverResumeFrom ?? null,
  };
}

/** One home (户) inserted directly (the CSV import is a feature of its own): 100.00 m² both ways at 20,000 yuan/m². */
export async function insertUnit(db: Db, fixture: UnitFixture): Promise<UnitEntity> {
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(UnitEntity, unitValues(fixture));
  return manager.findOneByOrFail(UnitEntity, { id: identifiers[0].id as string });
}

/** `count` homes of one project in one INSERT, in order; `each` states what differs per home (0-based index). */
export async function insertUnits(
  db: Db,
  count: number,
  fixture: UnitFixture,
  each: (index: number) => Partial<UnitFixture> = () => ({}),
): Promise<UnitEntity[]> {
  if (count === 0) return [];
  const manager = managerOf(db);
  const { identifiers } = await manager.insert(
    UnitEntity,
    Array.from({ length: count }, (_, index) => unitValues({ ...fixture, ...each(index) })),
  );
  const ids = identifiers.map((identifier) => identifier.id as string);
  const rows = await manager.findBy(UnitEntity, { id: In(ids) });
  return ids.map((id) => rows.find((row) => row.id === id)!);
}

/** The header of the unit list (户清单) as the field staff's spreadsheets have it; the import also takes English names. */
export const UNIT_CSV_HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
export const UNIT_CSV_HEADER_EN =
  'building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut';

/** One row of the unit list, as text: areas in m², the price in yuan per m². */
export interface UnitCsvRow {
  building: string;
  unit: string;
  room: string;
  ownerName: string;
  ownerPhone: string;
  contractedArea: string;
  surveyedArea: string;
  pricePerSqm: string;
  fitOut: string;
}

/** The `index`-th valid home (0-based) of a generated list: 100 per building, fitted and shell in turn. */
export function unitCsvRow(index: number): UnitCsvRow {
  return {
    building: `${Math.floor(index / 100) + 1}#`,
    unit: '1',
    room: String(101 + (index % 100)),
    ownerName: `业主${index}`,
    ownerPhone: `139${String(index).padStart(8, '0')}`,
    contractedArea: '89.57',
    surveyedArea: '89.12',
    pricePerSqm: '25000.50',
    fitOut: index % 2 === 0 ? '精装' : '毛坯',
  };
}

/** The cells of a unit list row in the header's order. */
function rowCells(row: UnitCsvRow): string[] {
  return [
    row.building,
    row.unit,
    row.room,
    row.ownerName,
    row.ownerPhone,
    row.contractedArea,
    row.surveyedArea,
    row.pricePerSqm,
    row.fitOut,
  ];
}

interface UnitListOptions {
  edit?: (index: number, row: UnitCsvRow) => void;
  header?: 'zh' | 'en';
}

function unitListRows(rows: number | Partial<UnitCsvRow>[], options: UnitListOptions): UnitCsvRow[] {
  const given = typeof rows === 'number' ? Array.from({ length: rows }, () => ({})) : rows;
  return given.map((overrides, index) => {
    const row = { ...unitCsvRow(index), ...overrides };
    options.edit?.(index, row);
    return row;
  });
}

/**
 * A unit list CSV: `rows` generated valid homes (a number) or the given rows over generated ones; `edit` changes single
 * rows (0-based) to make them bad.
 */
export function unitCsv(rows: number | Partial<UnitCsvRow>[], options: UnitListOptions = {}): string {
  const lines = unitListRows(rows, options).map((row) => rowCells(row).join(','));
  return [options.header === 'en' ? UNIT_CSV_HEADER_EN : UNIT_CSV_HEADER, ...lines].join('\n');
}

/**
 * The same unit list as an Excel workbook (.xlsx), as a lead keeps it: one worksheet, the header on row 1, every value
 * that looks like a number (unit and room numbers, phones, areas, prices) as a number cell, as Excel stores it when
 * typed, the rest as text.
 */
export async function unitXlsx(rows: number | Partial<UnitCsvRow>[], options: UnitListOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('户清单');
  sheet.addRow((options.header === 'en' ? UNIT_CSV_HEADER_EN : UNIT_CSV_HEADER).split(','));
  const asNumber = (text: string): string | number => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
  for (const row of unitListRows(rows, options)) sheet.addRow(rowCells(row).map(asNumber));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
