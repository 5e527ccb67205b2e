import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest, unitCsv, unitXlsx } from '../../../test/factories';

describe('units: the unit list uploaded as a file (.xlsx, CSV in UTF-8, UTF-8 with BOM or GBK)', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;

  const launch = async () =>
    (await stack.http().post('/projects').set(bearer(lead)).send(launchRequest()).expect(201)).body.id as string;
  const upload = (project: string, file: Buffer, name: string, language = 'en') =>
    stack
      .http()
      .post(`/projects/${project}/units/import-file`)
      .set(bearer(lead))
      .set('Accept-Language', language)
      .attach('file', file, name);
  const units = async (project: string) =>
    (await db.query(
      `SELECT building, unit_no AS "unitNo", room, owner_name AS "ownerName", owner_phone AS "ownerPhone",
              contracted_area_centi AS "contractedAreaCenti", price_fen_per_sqm AS "priceFenPerSqm", fit_out AS "fitOut"
         FROM units WHERE project_id = $1 ORDER BY building, unit_no, room`,
      [project],
    )) as Record<string, unknown>[];

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('imports an .xlsx workbook: number cells read as the CSV would have them, audited with its format', async () => {
    const project = await launch();
    const response = await upload(project, await unitXlsx(30), '户清单.xlsx').expect(201);
    expect(response.body).toEqual({ imported: 30, format: 'xlsx', encoding: null });
    const stored = await units(project);
    expect(stored).toHaveLength(30);
    expect(stored[0]).toEqual({
      building: '1#',
      unitNo: '1',
      room: '101',
      ownerName: '业主0',
      ownerPhone: '13900000000',
      contractedAreaCenti: 8957,
      priceFenPerSqm: '2500050',
      fitOut: 'fitted',
    });
    const audit = await db.query(`SELECT after FROM audit_log WHERE project_id = $1 AND action = 'units.import'`, [
      project,
    ]);
    expect(audit).toEqual([{ after: { count: 30, format: 'xlsx' } }]);
  });

  it('imports a GBK CSV as Excel on a Chinese Windows saves it, with the Chinese intact', async () => {
    const project = await launch();
    const csv = unitCsv([{ ownerName: '王小明' }, { ownerName: '李雷', fitOut: '毛坯' }]).replace(/\n/g, '\r\n');
    const file = iconv.encode(csv, 'gbk');
    expect(file.toString('utf8')).not.toContain('楼栋'); // really GBK bytes, not UTF-8
    const response = await upload(project, file, '户清单.csv').expect(201);
    expect(response.body).toEqual({ imported: 2, format: 'csv', encoding: 'gb18030' });
    expect((await units(project)).map((u) => [u.ownerName, u.fitOut])).toEqual([
      ['王小明', 'fitted'],
      ['李雷', 'shell'],
    ]);
  });

  it('imports a UTF-8 CSV with a BOM ("CSV UTF-8" of Excel)', async () => {
    const project = await launch();
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(unitCsv(3), 'utf8')]);
    const response = await upload(project, file, 'units.csv').expect(201);
    expect(response.body).toEqual({ imported: 3, format: 'csv', encoding: 'utf-8-bom' });
    expect((await units(project))[0].building).toBe('1#');
  });

  it('refuses a workbook with a bad row: nothing imported, every problem by row with its code, in Chinese by default', async () => {
    const project = await launch();
    const file = await unitXlsx(10, {
      edit: (index, row) => {
        if (index === 4) row.ownerPhone = '12345';
        if (index === 6) row.fitOut = '简装';
      },
    });
    const response = await upload(project, file, '户清单.xlsx', 'zh-CN').expect(400);
    expect(response.body).toMatchObject({
      code: 'UNIT_IMPORT_REJECTED',
      params: { problems: 2, rows: 2, shown: 0 },
      message: '未导入任何房屋：文件中 2 行共有 2 处问题。请逐条修改后重新上传整个文件。',
    });
    expect(response.body.errors).toEqual([
      {
        row: 6,
        column: 'ownerPhone',
        code: 'UNIT_CSV_PHONE_INVALID',
        params: { column: 'ownerPhone' },
        problem: expect.stringContaining('业主电话既不是大陆手机号'),
      },
      {
        row: 8,
        column: 'fitOut',
        code: 'UNIT_CSV_FIT_OUT_INVALID',
        params: { column: 'fitOut', value: '简装' },
        problem: '「精装/毛坯」的值「简装」无效：请填写“精装”或“毛坯”。',
      },
    ]);
    expect(await units(project)).toEqual([]);
  });

  it('refuses files that are no unit list: an image, an old .xls, mojibake, a missing file, one too large', async () => {
    const project = await launch();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const image = await upload(project, png, '户清单.xlsx').expect(415);
    expect(image.body).toMatchObject({ code: 'UNIT_FILE_NOT_SPREADSHEET' });
    expect(image.body.message).toBe(
      'This file is neither an Excel workbook (.xlsx) nor CSV text; upload the unit list as .xlsx or .csv.',
    );

    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
    expect((await upload(project, xls, 'units.xls').expect(415)).body.code).toBe('UNIT_FILE_XLS_OLD');

    const big5 = iconv.encode(unitCsv(2), 'big5');
    const unreadable = await upload(project, big5, 'units.csv', 'zh-CN').expect(400);
    expect(unreadable.body).toMatchObject({ code: 'UNIT_FILE_HEADERS_NOT_FOUND', params: { format: 'csv' } });
    expect(unreadable.body.message).toContain(
      '楼栋、单元、房号、业主姓名、业主电话、合同面积、实测面积、单价、精装/毛坯',
    );

    const none = await stack
      .http()
      .post(`/projects/${project}/units/import-file`)
      .set(bearer(lead))
      .field('note', 'no file')
      .expect(400);
    expect(none.body.code).toBe('UNIT_FILE_MISSING');

    const tooLarge = await upload(project, Buffer.alloc(11 * 1024 * 1024, 0x41), 'units.csv').expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'UNIT_FILE_TOO_LARGE', params: { limit: '10 MB' } });
    expect(tooLarge.body.message).toBe('The file is larger than 10 MB; split it into several imports.');

    expect(await units(project)).toEqual([]);
  });

  it('documents the upload as multipart/form-data with a binary file in OpenAPI', async () => {
    const docs = await stack.http().get('/docs-json').expect(200);
    const operation = docs.body.paths['/projects/{id}/units/import-file'].post;
    expect(operation.requestBody.content['multipart/form-data'].schema).toMatchObject({
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    });
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400', '413', '415']));
  });
});
