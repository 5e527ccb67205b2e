import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  insertHandoverEvent,
  insertPayment,
  insertProject,
  insertUnit,
  type ProjectFixture,
} from '../../../test/factories';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';

const X = '2025-03-10';

describe('HQ roll-up (集团交付日报汇总)', () => {
  let stack: E2eStack;
  let hq: TestUser;
  let lead: TestUser;
  let engineering: TestUser;
  let db: DataSource;
  const run = randomUUID().slice(0, 8);
  const names = { shanghai: `汇总-上海-${run}`, london: `汇总-伦敦|${run}`, done: `汇总-已完成-${run}` };

  const project = async (
    name: string,
    timeZone: string,
    fields: Pick<ProjectFixture, 'atRisk' | 'status' | 'cityCompany'>,
  ): Promise<string> =>
    (
      await insertProject(db, {
        name,
        timeZone,
        leadUserId: lead.id,
        firstHandoverDate: '2025-03-09',
        currentPhase: 'centralized_handover',
        ...fields,
      })
    ).id;

  const unit = async (projectId: string, room: string): Promise<string> =>
    (await insertUnit(db, { projectId, room })).id;

  /** The same instants in two zones: 2025-03-10 23:30 UTC is 03-11 07:30 in Shanghai but 03-10 23:30 in London. */
  async function handOver(
    projectId: string,
    unitId: string,
    at: string,
    paidFen: number,
    refundFen: number,
  ): Promise<void> {
    await insertHandoverEvent(db, { projectId, unitId, step: 'handed_over', at });
    await insertPayment(db, {
      projectId,
      unitId,
      kind: 'property_fee',
      amountFen: paidFen,
      receiptNo: `P-${unitId}`,
      createdAt: at,
    });
    await insertPayment(db, {
      projectId,
      unitId,
      kind: 'area_difference',
      amountFen: -refundFen,
      receiptNo: `A-${unitId}`,
      createdAt: at,
    });
  }

  const ids: Record<keyof typeof names, string> = { shanghai: '', london: '', done: '' };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    hq = await stack.user('hq');
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    ids.shanghai = await project(names.shanghai, 'Asia/Shanghai', {});
    ids.london = await project(names.london, 'Europe/London', { atRisk: true, cityCompany: '伦敦城市公司' });
    ids.done = await project(names.done, 'Asia/Shanghai', { status: 'completed' });
    for (const key of ['shanghai', 'london'] as const) {
      const units = [await unit(ids[key], '101'), await unit(ids[key], '102'), await unit(ids[key], '103')];
      await handOver(ids[key], units[0], '2025-03-10T23:30:00Z', 1_234_567, 50_000);
      await handOver(ids[key], units[1], '2025-03-10T02:00:00Z', 100, 0);
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is for HQ and admin only', async () => {
    const refused = await stack.http().get('/hq/rollup').query({ date: X }).set(bearer(lead)).expect(403);
    expect(refused.body.message).toBe('This action needs one of the roles: hq, admin; you are project_lead.');
    await stack.http().get('/hq/rollup.xlsx').query({ date: X }).set(bearer(engineering)).expect(403);
    await stack.http().get('/hq/rollup.md').query({ date: X }).set(bearer(lead)).expect(403);
    const invalid = await stack.http().get('/hq/rollup').query({ date: '2025-13-01' }).set(bearer(hq)).expect(400);
    expect(invalid.body.message).toEqual(['date must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10']);
  });

  it('gives one row per active project, each on its own local date, and the at-risk list', async () => {
    const { body } = await stack.http().get('/hq/rollup').query({ date: X }).set(bearer(hq)).expect(200);
    expect(body.date).toBe(X);
    const mine = body.rows.filter((row: { projectId: string }) => Object.values(ids).includes(row.projectId));
    const shanghai = mine.find((row: { projectId: string }) => row.projectId === ids.shanghai);
    const london = mine.find((row: { projectId: string }) => row.projectId === ids.london);
    expect(mine).toHaveLength(2);
    expect(shanghai).toMatchObject({
      day: 'D+1',
      atRisk: false,
      handoverRate: '33.3%',
      settled: { fen: 100, yuan: '1.00' },
      refunded: { fen: 0, yuan: '0.00' },
    });
    expect(shanghai.figures).toMatchObject({
      totalUnits: 3,
      handedOverToday: 1,
      handedOverCumulative: 1,
      handoverRateBp: 3333,
    });
    expect(london).toMatchObject({
      cityCompany: '伦敦城市公司',
      atRisk: true,
      handoverRate: '66.7%',
      settled: { fen: 1_234_667, yuan: '12,346.67' },
    });
    expect(london.figures).toMatchObject({
      handedOverToday: 2,
      handedOverCumulative: 2,
      handoverRateBp: 6666,
      settledFen: 1_234_667,
      refundedFen: 50_000,
    });
    expect(body.atRisk.map((row: { projectId: string }) => row.projectId)).toContain(ids.london);
    expect(body.atRisk.map((row: { projectId: string }) => row.projectId)).not.toContain(ids.shanghai);
  });

  it('exports the roll-up as an .xlsx workbook: sheet 汇总 with a header row, numbers as numbers, yuan with 2 decimals', async () => {
    const response = await stack
      .http()
      .get('/hq/rollup.xlsx')
      .query({ date: X })
      .set(bearer(hq))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="hq-rollup-${X}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('汇总')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
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
      '今日接待',
      '未关闭问题',
      '未结异议',
      '逾期异议',
      '未复投诉',
      '逾期投诉',
      '今日收款（元）',
      '今日退款（元）',
    ]);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push(row);
    });
    const london = rows.find((row) => row.getCell(col('项目')).value === names.london)!;
    expect(london.getCell(col('城市公司')).value).toBe('伦敦城市公司');
    expect(london.getCell(col('进度')).value).toBe('D+1');
    expect(london.getCell(col('风险')).value).toBe('风险');
    expect(london.getCell(col('总户数')).value).toBe(3);
    expect(london.getCell(col('今日交付')).value).toBe(2);
    expect(london.getCell(col('交付率')).value).toBe(0.6666);
    expect(london.getCell(col('交付率')).numFmt).toBe('0.0%');
    expect(london.getCell(col('今日收款（元）')).value).toBe(12_346.67);
    expect(london.getCell(col('今日收款（元）')).numFmt).toBe('#,##0.00');
    expect(london.getCell(col('今日退款（元）')).value).toBe(500);
    const shanghai = rows.find((row) => row.getCell(col('项目')).value === names.shanghai)!;
    expect(shanghai.getCell(col('今日交付')).value).toBe(1);
    expect(shanghai.getCell(col('今日收款（元）')).value).toBe(1);
    expect(rows.find((row) => row.getCell(col('项目')).value === names.done)).toBeUndefined();
    const risks = workbook.getWorksheet('风险项目')!;
    const riskNames: unknown[] = [];
    risks.eachRow((row, number) => number > 1 && riskNames.push(row.getCell(2).value));
    expect(riskNames).toContain(names.london);
  });

  it('renders the roll-up as Markdown', async () => {
    const response = await stack.http().get('/hq/rollup.md').query({ date: X }).set(bearer(hq)).expect(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const lines = response.text.split('\n');
    expect(lines[0]).toBe(`## 集团交付日报汇总 ${X}`);
    expect(lines).toContain(
      `| 伦敦城市公司 | ${names.london.replace('|', '\\|')} | 一期 | 2025-03-09 | D+1 | centralized_handover | ⚠ 风险 | 3 | 2 | 2 | 66.7% | 0 | 0 | 0 | 12,346.67 | 500.00 |`,
    );
    expect(lines).toContain(
      `- 伦敦城市公司 · ${names.london.replace('|', '\\|')} 一期：D = 2025-03-09（D+1），阶段 centralized_handover`,
    );
    expect(response.text).not.toContain(names.done);
  });
});
