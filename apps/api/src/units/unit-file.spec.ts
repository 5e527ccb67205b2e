import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ApiError } from '../common/api-error';
import { cellText, readUnitFile } from './unit-file';

const HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
const ROW = '3#,1,1201,王小明,13812341234,89.57,89.12,25000.50,精装';
const CSV = `${HEADER}\r\n${ROW}\r\n`;

async function workbook(rows: unknown[][], build?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户清单');
  for (const row of rows) sheet.addRow(row);
  build?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function refusal(file: Buffer): Promise<{ status: number; code: string; params: unknown }> {
  try {
    await readUnitFile(file);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.getStatus(), code: error.code, params: error.params };
    throw error;
  }
  throw new Error('not refused');
}

describe('readUnitFile: the unit list uploaded as .xlsx or CSV', () => {
  it('reads CSV as UTF-8, with or without a BOM', async () => {
    const plain = await readUnitFile(Buffer.from(CSV, 'utf8'));
    expect(plain).toMatchObject({ format: 'csv', encoding: 'utf-8', problems: [] });
    expect(plain.rows[0]).toMatchObject({ building: '3#', ownerName: '王小明', priceFenPerSqm: 2500050 });

    const withBom = await readUnitFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    expect(withBom).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', problems: [] });
    expect(withBom.rows[0].building).toBe('3#');
  });

  it('reads a GBK file (Excel on a Chinese Windows) with its Chinese intact, and GB18030-only characters too', async () => {
    const gbk = await readUnitFile(iconv.encode(CSV, 'gbk'));
    expect(gbk).toMatchObject({ format: 'csv', encoding: 'gb18030', problems: [] });
    expect(gbk.rows[0]).toMatchObject({ ownerName: '王小明', fitOut: 'fitted' });

    // 𠮷 (U+20BB7) is outside GBK: only GB18030 has it
    const rare = await readUnitFile(iconv.encode(CSV.replace('王小明', '𠮷小明'), 'gb18030'));
    expect(rare.rows[0].ownerName).toBe('𠮷小明');
  });

  it('refuses a text whose first row is no header in either encoding, naming the expected headers', async () => {
    expect(await refusal(iconv.encode('名称,数量\n苹果,3\n', 'gbk'))).toEqual({
      status: 400,
      code: 'UNIT_FILE_HEADERS_NOT_FOUND',
      params: { format: 'csv' },
    });
    // Big5 is neither valid UTF-8 nor GB18030 text of the headers
    expect((await refusal(iconv.encode(CSV, 'big5'))).code).toBe('UNIT_FILE_HEADERS_NOT_FOUND');
  });

  it('reads the first worksheet of an .xlsx: numbers, text and formulas as the cells show them', async () => {
    const file = await workbook(
      [
        HEADER.split(','),
        ['3#', 1, 1201, '王小明', 13812341234, 89.57, { formula: 'F2-0.45', result: 89.12 }, 25000.5, '精装'],
        [],
        ['3#', 1, 1202, { richText: [{ text: '李' }, { text: '雷' }] }, '0571-88886666', 100, 99.999, 20000, '毛坯'],
      ],
      (book) => book.addWorksheet('备注').addRow(['ignored']),
    );
    const result = await readUnitFile(file);
    expect(result.format).toBe('xlsx');
    expect(result.encoding).toBeNull();
    expect(result.rows).toEqual([
      expect.objectContaining({ row: 2, room: '1201', ownerPhone: '13812341234', surveyedAreaCenti: 8912 }),
    ]);
    // row numbers are the worksheet's (a blank row 3), and 3 decimals are still refused
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'surveyedArea',
        code: 'UNIT_CSV_AREA_INVALID',
        params: { column: 'surveyedArea', value: '99.999' },
      },
    ]);
  });

  it('finds the header of a worksheet by its names and refuses a sheet without one', async () => {
    expect(await refusal(await workbook([['名称', '数量']]))).toEqual({
      status: 400,
      code: 'UNIT_FILE_HEADERS_NOT_FOUND',
      params: { format: 'xlsx' },
    });
    const missing = await readUnitFile(await workbook([HEADER.split(',').slice(0, 8), ROW.split(',').slice(0, 8)]));
    expect(missing.problems.map((p) => p.code)).toEqual(['UNIT_CSV_COLUMN_MISSING']);
  });

  it('refuses old .xls, macro workbooks, broken workbooks and binary files with codes', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal(xls)).toMatchObject({ status: 415, code: 'UNIT_FILE_XLS_OLD' });

    const xlsm = Buffer.concat([await workbook([HEADER.split(',')]), Buffer.from('xl/vbaProject.bin')]);
    expect(await refusal(xlsm)).toMatchObject({ status: 415, code: 'UNIT_FILE_MACRO' });

    const cut = (await workbook([HEADER.split(','), ROW.split(',')])).subarray(0, 200);
    expect(await refusal(cut)).toMatchObject({ status: 400, code: 'UNIT_FILE_XLSX_UNREADABLE' });

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(await refusal(png)).toMatchObject({ status: 415, code: 'UNIT_FILE_NOT_SPREADSHEET' });
  });

  it('turns cell values into the text a CSV export would hold', () => {
    expect(cellText(89.57)).toBe('89.57');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(13812341234)).toBe('13812341234');
    expect(cellText(' 精装 ')).toBe('精装');
    expect(cellText(null)).toBe('');
    expect(cellText({ text: '3#', hyperlink: 'https://example.com' })).toBe('3#');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(new Date(Date.UTC(2026, 4, 1)))).toBe('2026-05-01');
  });
});
