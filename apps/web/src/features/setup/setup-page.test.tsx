import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 20_000 });

/** 项目设置 in the whole console (router, session, query client) against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  contentType: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'riskSelfCheck',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const UNIT = {
  id: 'u-101',
  projectId: 'p1',
  building: '1#',
  unit: '1',
  room: '101',
  ownerName: '业主0',
  ownerPhoneMasked: '139****0000',
  contractedAreaCenti: 8957,
  surveyedAreaCenti: 8912,
  priceFenPerSqm: 2500050,
  fitOut: 'fitted',
  handoverState: 'not_started',
};
const money = (fen: number) => ({ fen, yuan: String(fen / 100) });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({
    method: input.method,
    path: `${url.pathname}${url.search}`,
    contentType: input.headers.get('content-type') ?? '',
    body,
  });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/fee-settings'
          ? { status: 404, body: { statusCode: 404, code: 'FEE_SETTINGS_NOT_SET', params: { projectId: 'p1' } } }
          : url.pathname === '/projects/p1/units'
            ? { status: 200, body: { items: [], page: 1, pageSize: 1, total: 0 } }
            : url.pathname === '/users/department-heads'
              ? { status: 200, body: { items: [], page: 1, pageSize: 50, total: 0 } }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');
const { bpToPercent, percentToBp } = await import('./fee-settings-form');

function openSetup() {
  window.history.pushState({}, '', '/console/projects/p1/setup');
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

async function chooseFile(file: File) {
  const zone = await screen.findByTestId('unit-import', {}, { timeout: 10_000 });
  const input = zone.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('<UnitImport> the unit list by file upload', () => {
  it('uploads the file as multipart and says how many units came in and how the file was read', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/units/import-file'
        ? { status: 201, body: { imported: 30, format: 'csv', encoding: 'gb18030' } }
        : undefined;
    openSetup();
    await chooseFile(new File(['楼栋,单元'], '户清单.csv', { type: 'text/csv' }));

    const success = await screen.findByTestId('unit-import-success', {}, { timeout: 10_000 });
    expect(success).toHaveTextContent('已导入 30 户');
    expect(success).toHaveTextContent('文件：户清单.csv（CSV · GBK 编码）');
    expect(within(success).getByRole('link', { name: '查看房源图' })).toHaveAttribute(
      'href',
      '/console/projects/p1/units',
    );
    const [upload] = sent('POST', '/projects/p1/units/import-file');
    expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    // jsdom's File reaches Node's FormData without its name ("blob"); a browser sends it, see e2e/setup.e2e.ts
    expect(upload.body).toContain('name="file"');
    expect(upload.body).toContain('楼栋,单元');
  });

  it('shows a refused file row by row, each problem worded in Chinese from its code, not the server sentence', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/units/import-file'
        ? {
            status: 400,
            body: {
              statusCode: 400,
              error: 'Bad Request',
              code: 'UNIT_IMPORT_REJECTED',
              params: { problems: 2, rows: 2, shown: 0 },
              message: 'Nothing was imported: the file has 2 problems in 2 rows.',
              errors: [
                {
                  row: 6,
                  column: 'ownerPhone',
                  code: 'UNIT_CSV_PHONE_INVALID',
                  params: { column: 'ownerPhone' },
                  problem: 'The owner phone is not a mainland mobile number.',
                },
                {
                  row: 8,
                  column: 'fitOut',
                  code: 'UNIT_CSV_FIT_OUT_INVALID',
                  params: { column: 'fitOut', value: '简装' },
                  problem: 'The fit-out "简装" is not 精装 or 毛坯.',
                },
              ],
            },
          }
        : undefined;
    openSetup();
    await chooseFile(new File(['PK'], '户清单.xlsx'));

    expect(
      await within(screen.getByTestId('unit-import')).findByRole('alert', {}, { timeout: 10_000 }),
    ).toHaveTextContent('未导入任何房屋：文件中 2 行共有 2 处问题。请逐条修改后重新上传整个文件。');
    const table = screen.getByTestId('unit-import-problems');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['6', '业主电话', expect.stringContaining('业主电话既不是大陆手机号')],
      ['8', '精装/毛坯', '「精装/毛坯」的值「简装」无效：请填写“精装”或“毛坯”。'],
    ]);
    expect(screen.getByText('逐行问题（共 2 处）')).toBeInTheDocument();
    expect(screen.queryByTestId('unit-import-success')).toBeNull();
  });

  it('shows a refusal of the whole file (no header found) in one sentence, without a table', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/units/import-file'
        ? {
            status: 400,
            body: { statusCode: 400, code: 'UNIT_FILE_HEADERS_NOT_FOUND', params: { format: 'csv' }, message: 'x' },
          }
        : undefined;
    openSetup();
    await chooseFile(new File(['名称,数量'], 'other.csv'));
    expect(
      await within(screen.getByTestId('unit-import')).findByRole('alert', {}, { timeout: 10_000 }),
    ).toHaveTextContent('文件第一行（按 UTF-8 和 GBK 编码均已尝试）不是房屋清单的表头');
    expect(screen.queryByTestId('unit-import-problems')).toBeNull();
  });
});

describe('<FeeSettingsForm> 收费标准', () => {
  it('turns percentages into basis points and back without floating point', () => {
    expect(percentToBp('1.5')).toBe(150);
    expect(percentToBp('3')).toBe(300);
    expect(percentToBp('0.05')).toBe(5);
    expect(percentToBp('1.555')).toBeNull();
    expect(percentToBp('abc')).toBeNull();
    expect(bpToPercent(150)).toBe('1.5');
    expect(bpToPercent(300)).toBe('3');
    expect(bpToPercent(5)).toBe('0.05');
  });

  it('sets the fees of a project without settings and shows them in yuan with the example of its first unit', async () => {
    let stored: unknown = null;
    answerFor = (method, path) => {
      if (path === '/projects/p1/fee-settings' && method === 'PUT') {
        stored = {
          projectId: 'p1',
          propertyFeePerSqmMonth: money(350),
          prepaidMonths: 6,
          deedTaxRateBp: 150,
          maintenanceFundPerSqm: money(4500),
          refundThresholdBp: 300,
          updatedAt: '2030-01-01T00:00:00.000Z',
        };
        return { status: 200, body: stored };
      }
      if (path === '/projects/p1/units')
        return { status: 200, body: { items: [UNIT], page: 1, pageSize: 1, total: 1 } };
      if (path === '/projects/p1/units/u-101/handover/dues' && stored) {
        return {
          status: 200,
          body: {
            unitId: 'u-101',
            fees: {
              prepaidMonths: 6,
              contractPrice: money(223929479),
              propertyFeePrepayment: { kind: 'property_fee', amount: money(187152), receiptNo: null },
              deedTax: { kind: 'deed_tax', amount: money(3358942), receiptNo: null },
              maintenanceFund: { kind: 'maintenance_fund', amount: money(401040), receiptNo: null },
              total: money(3947134),
            },
          },
        };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openSetup();
    expect(await screen.findByText(/本项目尚未设置收费标准/, {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.type(screen.getByTestId('fee-property'), '3.5');
    const months = screen.getByTestId('fee-months');
    await user.clear(months);
    await user.type(months, '6');
    await user.type(screen.getByTestId('fee-deed-tax'), '1.5');
    await user.type(screen.getByTestId('fee-fund'), '45');
    await user.click(screen.getByTestId('fee-save'));

    const example = await screen.findByTestId('fee-example', {}, { timeout: 10_000 });
    expect(example).toHaveTextContent('计算示例：1#-1-101（合同面积 89.57 ㎡，实测面积 89.12 ㎡）');
    expect(example).toHaveTextContent('预收物业费（6 个月）¥1,871.52');
    expect(example).toHaveTextContent('契税¥33,589.42');
    expect(example).toHaveTextContent('费用合计（不含面积补差）¥39,471.34');
    const entered = screen.getByTestId('fee-entered');
    expect(entered).toHaveTextContent('¥3.50 / ㎡·月');
    expect(entered).toHaveTextContent('1.5%');
    expect(entered).toHaveTextContent('¥45.00 / ㎡');

    const [put] = sent('PUT', '/projects/p1/fee-settings');
    expect(JSON.parse(put.body)).toEqual({
      propertyFeePerSqmMonth: '3.5',
      prepaidMonths: 6,
      deedTaxRateBp: 150,
      maintenanceFundPerSqm: '45',
      refundThresholdBp: 300,
    });
  });

  it('refuses a rate with three decimals before asking the server', async () => {
    const user = userEvent.setup();
    openSetup();
    await user.type(await screen.findByTestId('fee-deed-tax', {}, { timeout: 10_000 }), '1.555');
    await user.click(screen.getByTestId('fee-save'));
    expect(await screen.findByText('请填写百分数，最多 2 位小数，如 1.5')).toBeInTheDocument();
    expect(sent('PUT', '/projects/p1/fee-settings')).toEqual([]);
  });
});

describe('<Staffing> department heads by name', () => {
  it('finds a head by name and adds them to the project', async () => {
    answerFor = (method, path) => {
      if (path === '/users/department-heads') {
        return {
          status: 200,
          body: { items: [{ id: 'h1', name: '王工程', department: 'engineering' }], page: 1, pageSize: 50, total: 1 },
        };
      }
      if (method === 'POST' && path === '/projects/p1/assignments') return { status: 204 };
      return undefined;
    };
    const user = userEvent.setup();
    openSetup();
    const search = within(await screen.findByTestId('staffing-search', {}, { timeout: 10_000 })).getByRole('combobox');
    await user.type(search, '王');
    await waitFor(() => expect(sent('GET', '/users/department-heads?q=%E7%8E%8B')).not.toEqual([]), {
      timeout: 5_000,
    });
    await user.click(await screen.findByText('王工程 · 工程'));
    await user.click(screen.getByTestId('staffing-assign'));

    expect(await screen.findByTestId('staffing-added', {}, { timeout: 10_000 })).toHaveTextContent('王工程');
    expect(JSON.parse(sent('POST', '/projects/p1/assignments')[0].body)).toEqual({ userId: 'h1' });
  });

  it('words a refused assignment from its code', async () => {
    answerFor = (method, path) => {
      if (path === '/users/department-heads') {
        return {
          status: 200,
          body: { items: [{ id: 'h2', name: '赵销售', department: 'sales' }], page: 1, pageSize: 50, total: 1 },
        };
      }
      if (method === 'POST' && path === '/projects/p1/assignments') {
        return {
          status: 400,
          body: {
            statusCode: 400,
            code: 'NOT_DEPARTMENT_HEADS',
            params: { userIds: 'h2' },
            message: 'These users are not department heads: h2.',
          },
        };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openSetup();
    const search = within(await screen.findByTestId('staffing-search', {}, { timeout: 10_000 })).getByRole('combobox');
    await user.type(search, '赵');
    await user.click(await screen.findByText('赵销售 · 营销', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('staffing-assign'));
    const alert = await within(screen.getByTestId('staffing')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('只能把部门负责人分配到项目，以下用户不是部门负责人：h2。');
    expect(alert).not.toHaveTextContent('These users are not department heads');
    expect(screen.queryByTestId('staffing-added')).toBeNull();
  });
});
