import { renderErrorMessage } from '@handover/domain';
import {
  addressKey,
  duplicateAddressProblems,
  maskPhone,
  MAX_IMPORT_ROWS,
  parseUnitCsv,
  type UnitCsvProblem,
} from './unit-csv';

const ENGLISH_HEADER = 'building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut';
const CHINESE_HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';

/** A valid row; pass values by column to change only what a test is about. */
function row(overrides: Partial<Record<string, string>> = {}): string {
  const values = {
    building: '3#',
    unit: '1',
    room: '1201',
    ownerName: '王小明',
    ownerPhone: '13812341234',
    contractedArea: '89.57',
    surveyedArea: '89.12',
    pricePerSqm: '25000.50',
    fitOut: '精装',
    ...overrides,
  };
  return Object.values(values).join(',');
}

const csv = (...lines: string[]) => lines.join('\n');

/** The problems as an English caller reads them: row, column and the sentence of the problem's code. */
const worded = (problems: UnitCsvProblem[]) =>
  problems.map(({ row, column, code, params }) => ({ row, column, problem: renderErrorMessage(code, params, 'en') }));

describe('parseUnitCsv', () => {
  it('reads English headers into exact integers: areas in centi-m², price in fen', () => {
    const result = parseUnitCsv(
      csv(ENGLISH_HEADER, row(), row({ room: '1202', fitOut: 'shell', pricePerSqm: '18000', contractedArea: '120' })),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        building: '3#',
        unitNo: '1',
        room: '1201',
        ownerName: '王小明',
        ownerPhone: '13812341234',
        contractedAreaCenti: 8957,
        surveyedAreaCenti: 8912,
        priceFenPerSqm: 2500050,
        fitOut: 'fitted',
      },
      expect.objectContaining({
        row: 3,
        room: '1202',
        contractedAreaCenti: 12000,
        priceFenPerSqm: 1800000,
        fitOut: 'shell',
      }),
    ]);
  });

  it('reads Chinese headers in any order, with a BOM, CRLF line ends, units in brackets and quoted values', () => {
    const header = '\uFEFF房号,楼栋,单元,业主姓名,业主电话,合同面积（㎡）,实测面积(m²),单价(元/㎡),精装/毛坯';
    const result = parseUnitCsv(
      [header, '1201,3#,1,"王, 小明",0571-88886666,89.57,89.12,"25,000.50",毛坯'].join('\r\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      room: '1201',
      building: '3#',
      ownerName: '王, 小明',
      ownerPhone: '0571-88886666',
      priceFenPerSqm: 2500050,
      fitOut: 'shell',
    });
  });

  it('accepts fitted/shell in any case and trims spaces, also inside phone numbers', () => {
    const result = parseUnitCsv(
      csv(ENGLISH_HEADER, row({ fitOut: ' Fitted ', ownerPhone: '138 1234 1234', room: ' 1201 ', building: '" 3# "' })),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ fitOut: 'fitted', ownerPhone: '13812341234', room: '1201', building: '3#' });
  });

  it('reports every problem of every row, by spreadsheet row and column, and returns no row with a problem', () => {
    const result = parseUnitCsv(
      csv(
        ENGLISH_HEADER,
        row(),
        row({ room: '1202', ownerName: '', ownerPhone: '12345' }),
        row({ room: '1203', contractedArea: '0', surveyedArea: '-3', pricePerSqm: 'abc' }),
        row({ room: '1204', contractedArea: '89.575', fitOut: '简装' }),
      ),
    );
    expect(result.rows.map((r) => r.room)).toEqual(['1201']);
    expect(worded(result.problems).map(({ row: r, column }) => [r, column])).toEqual([
      [3, 'ownerName'],
      [3, 'ownerPhone'],
      [4, 'contractedArea'],
      [4, 'surveyedArea'],
      [4, 'pricePerSqm'],
      [5, 'contractedArea'],
      [5, 'fitOut'],
    ]);
    expect(worded(result.problems)[0].problem).toBe('The owner name (业主姓名) is empty; every unit needs one.');
    expect(worded(result.problems)[2].problem).toBe('The contracted area (合同面积) must be greater than 0 m².');
    expect(worded(result.problems)[5].problem).toContain('at most 2 decimals');
  });

  it('never puts an owner phone or name into a problem', () => {
    const result = parseUnitCsv(csv(ENGLISH_HEADER, row({ ownerPhone: '1381234123', ownerName: 'x'.repeat(101) })));
    const text = JSON.stringify([result.problems, worded(result.problems)]);
    expect(text).not.toContain('1381234123');
    expect(text).not.toContain('xxxxx');
  });

  it.each([
    ['13812341234', true],
    ['19912341234', true],
    ['12812341234', false],
    ['1381234123', false],
    ['010-12345678', true],
    ['0571-8888666', true],
    ['075588886666', true],
    ['88886666', false],
    ['+8613812341234', false],
  ])('phone %s valid: %s', (phone, valid) => {
    const result = parseUnitCsv(csv(ENGLISH_HEADER, row({ ownerPhone: phone })));
    expect(result.problems.length === 0).toBe(valid);
  });

  it('reports a unit listed twice in the file on the later row', () => {
    const result = parseUnitCsv(csv(ENGLISH_HEADER, row(), row({ room: '1202' }), row({ ownerName: '李四' })));
    expect(worded(result.problems)).toEqual([
      { row: 4, column: 'room', problem: 'Unit 3#-1-1201 is listed twice: it is already on row 2.' },
    ]);
    expect(result.rows).toHaveLength(2);
  });

  it('counts rows as a spreadsheet does: blank lines and multi-line values included; all-empty rows are ignored', () => {
    const result = parseUnitCsv(
      csv(ENGLISH_HEADER, '', row({ ownerName: '"王\n小明"' }), ',,,,,,,,', row({ room: '1202', fitOut: '' })),
    );
    expect(worded(result.problems)).toEqual([
      { row: 5, column: 'fitOut', problem: 'The fit-out (精装/毛坯) is empty; write 精装 or 毛坯 (fitted or shell).' },
    ]);
  });

  it('reports rows with the wrong number of values', () => {
    const result = parseUnitCsv(csv(ENGLISH_HEADER, `${row()},extra`, '3#,1,1203'));
    expect(worded(result.problems).map((p) => [p.row, p.column])).toEqual([
      [2, null],
      [3, null],
    ]);
    expect(worded(result.problems)[0].problem).toBe(
      'The row has 10 values but the header has 9 columns; check for a missing or extra comma.',
    );
  });

  it('reports missing, unknown and repeated header columns and checks no row then', () => {
    const result = parseUnitCsv(
      csv('building,unit,room,ownerName,电话号码,contractedArea,合同面积,pricePerSqm,fitOut', row()),
    );
    expect(result.rows).toEqual([]);
    expect(worded(result.problems).map((p) => p.problem)).toEqual([
      'Unknown column "电话号码" (column 5); the columns are: building (楼栋), unit (单元), room (房号), owner name (业主姓名), owner phone (业主电话), contracted area (合同面积), surveyed area (实测面积), price per m² (单价), fit-out (精装/毛坯).',
      'The contracted area (合同面积) column appears twice (columns 6 and 7).',
      'The owner phone (业主电话) column is missing; name it "ownerPhone" or "业主电话".',
      'The surveyed area (实测面积) column is missing; name it "surveyedArea" or "实测面积".',
    ]);
  });

  it('refuses an empty file, a header without rows, broken quoting and too many rows', () => {
    expect(worded(parseUnitCsv('').problems)[0].problem).toBe(
      'The file is empty: it needs a header row and one row per unit.',
    );
    expect(worded(parseUnitCsv(`${ENGLISH_HEADER}\n`).problems)[0].problem).toBe(
      'The file has a header row but no units below it.',
    );
    expect(worded(parseUnitCsv(csv(ENGLISH_HEADER, row({ ownerName: '"王小明' }))).problems)[0].problem).toContain(
      'quoted value is never closed',
    );
    const many = [ENGLISH_HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => row({ room: String(i) }))];
    expect(worded(parseUnitCsv(csv(...many)).problems)).toEqual([
      {
        row: MAX_IMPORT_ROWS + 2,
        column: null,
        problem: `The file has ${MAX_IMPORT_ROWS + 1} units; import at most ${MAX_IMPORT_ROWS} at a time.`,
      },
    ]);
  });

  it('validates 3,000 rows quickly', () => {
    const lines = [
      CHINESE_HEADER,
      ...Array.from({ length: 3000 }, (_, i) => row({ building: `${Math.floor(i / 100)}#`, room: String(i) })),
    ];
    const started = Date.now();
    const result = parseUnitCsv(csv(...lines));
    expect(result.rows).toHaveLength(3000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('duplicateAddressProblems', () => {
  it('reports rows whose building–unit–room is already stored', () => {
    const { rows } = parseUnitCsv(csv(ENGLISH_HEADER, row(), row({ room: '1202' })));
    const existing = new Set([addressKey({ building: '3#', unitNo: '1', room: '1202' })]);
    expect(worded(duplicateAddressProblems(rows, existing))).toEqual([
      { row: 3, column: 'room', problem: 'Unit 3#-1-1202 already exists in this project.' },
    ]);
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0571-88886666')).toBe('057****6666');
  });
});
