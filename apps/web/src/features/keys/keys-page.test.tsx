import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// a shared machine: a test that walks a dialog takes its time
vi.setConfig({ testTimeout: 60_000 });

/** 钥匙台账 in the whole console (router, session, query client) against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string, search: URLSearchParams) => Answer | undefined = () => undefined;
let me = { id: 'u1', name: '李项目', role: 'project_lead', department: null as string | null };

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'propertyTransfer',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const unit = (id: string, room: string) => ({
  id,
  projectId: 'p1',
  building: '1#',
  unit: '1',
  room,
  ownerName: `业主${room}`,
  ownerPhoneMasked: '139****0000',
  contractedAreaCenti: 8957,
  surveyedAreaCenti: 8957,
  priceFenPerSqm: 2500000,
  fitOut: 'fitted',
  handoverState: 'not_started',
});
const key = (id: string, label: string, custody: string, extra: object = {}) => ({
  id,
  projectId: 'p1',
  unitId: 'u-101',
  kind: 'unit_door',
  label,
  holder: custody === 'on_loan' ? 'contractor' : custody === 'with_contractor' ? 'contractor' : 'property',
  custody,
  loan: null,
  entrustment: null,
  ...extra,
});
const KEYS = [
  key('k1', '1#-1-101-户门-1', 'with_contractor'),
  key('k2', '1#-1-101-户门-2', 'with_property'),
  key('k3', '1#-1-102-户门-1', 'on_loan', {
    loan: {
      id: 'l1',
      borrower: '总包 王师傅',
      lentAt: '2030-03-01T01:00:00.000Z',
      dueBackAt: '2030-03-01T15:59:59.999Z',
    },
  }),
  key('k4', '1#-1-201-户门-1', 'entrusted', {
    entrustment: { id: 'e1', letterNo: 'WT-0031', entrustedAt: '2030-03-01T02:00:00.000Z' },
  }),
];
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, total: items.length });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname, url.searchParams) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/keys' && input.method === 'GET'
          ? { status: 200, body: page(KEYS) }
          : url.pathname === '/projects/p1/keys/overdue-loans'
            ? { status: 200, body: { items: [] } }
            : url.pathname === '/projects/p1/units'
              ? { status: 200, body: page([]) }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('./page-harness');
const { KeysPage } = await import('./keys-page');

const openKeys = (search = '') =>
  renderProjectPage(KeysPage, '/projects/:projectId/keys', `/projects/p1/keys${search}`);
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));
const row = async (label: string) =>
  (await screen.findByText(label, {}, { timeout: 10_000 })).closest('tr') as HTMLElement;

beforeEach(() => {
  me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
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

describe('<RegisterKeys> keys for a whole building', () => {
  it("registers every unit's keys, one request per unit, and lists the unit the server refused in Chinese", async () => {
    answerFor = (method, path, search) => {
      if (method === 'GET' && path === '/projects/p1/units' && search.get('building') === '1#') {
        return {
          status: 200,
          body: { items: [unit('u-101', '101'), unit('u-102', '102')], page: 1, pageSize: 200, total: 2 },
        };
      }
      if (method === 'POST' && path === '/projects/p1/keys') {
        return received.filter((r) => r.method === 'POST').length === 1
          ? {
              status: 201,
              body: [
                key('n1', 'a', 'with_contractor'),
                key('n2', 'b', 'with_contractor'),
                key('n3', 'c', 'with_contractor'),
              ],
            }
          : {
              status: 409,
              body: {
                statusCode: 409,
                code: 'KEY_LABELS_TAKEN',
                params: { labels: '1#-1-102-户门-1' },
                message: 'Labels already in use: 1#-1-102-户门-1',
              },
            };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openKeys();
    await user.type(await screen.findByTestId('register-building', {}, { timeout: 10_000 }), '1#');
    await user.click(screen.getByTestId('register-submit'));

    const result = await screen.findByTestId('register-building-result', {}, { timeout: 10_000 });
    expect(result).toHaveTextContent('1#：1 户共登记 3 把钥匙');
    expect(result).toHaveTextContent('1 户未登记：');
    expect(result).toHaveTextContent('1#-1-102：');
    expect(result).not.toHaveTextContent('Labels already in use');
    const posts = sent('POST', '/projects/p1/keys').map((r) => JSON.parse(r.body));
    expect(posts).toEqual([
      {
        unitId: 'u-101',
        holder: 'contractor',
        keys: [
          { kind: 'unit_door', label: '1#-1-101-户门-1' },
          { kind: 'unit_door', label: '1#-1-101-户门-2' },
          { kind: 'mailbox', label: '1#-1-101-信箱-1' },
        ],
      },
      {
        unitId: 'u-102',
        holder: 'contractor',
        keys: [
          { kind: 'unit_door', label: '1#-1-102-户门-1' },
          { kind: 'unit_door', label: '1#-1-102-户门-2' },
          { kind: 'mailbox', label: '1#-1-102-信箱-1' },
        ],
      },
    ]);
    // the ledger is asked again after the registration
    await waitFor(() => expect(sent('GET', '/projects/p1/keys?').length).toBeGreaterThan(1));
  });
});

describe('<KeyLedger> where each key stands and what may be done with it', () => {
  it('shows custody with the loan and the letter, and only the moves allowed in each state', async () => {
    openKeys();
    const contractor = await row('1#-1-101-户门-1');
    expect(contractor).toHaveTextContent('在总包');
    expect(
      within(contractor)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['移交物业']);

    const property = await row('1#-1-101-户门-2');
    expect(property).toHaveTextContent('物业保管');
    expect(
      within(property)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['借出']);

    const lent = await row('1#-1-102-户门-1');
    expect(lent).toHaveTextContent('已借出');
    expect(lent).toHaveTextContent('借给 总包 王师傅，2030/03/01 23:59 前归还');
    expect(
      within(lent)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['归还']);

    const entrusted = await row('1#-1-201-户门-1');
    expect(entrusted).toHaveTextContent('委托保管');
    expect(entrusted).toHaveTextContent('委托书 WT-0031');
    expect(
      within(entrusted)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['借出', '退还业主']);
  });

  it('filters through the API, the filter in the URL', async () => {
    openKeys('?holder=property&kind=unit_door');
    await row('1#-1-101-户门-1');
    expect(sent('GET', '/projects/p1/keys?')[0].path).toContain('holder=property');
    expect(sent('GET', '/projects/p1/keys?')[0].path).toContain('kind=unit_door');
  });

  it('lends a key to a named borrower, refusing an empty name before asking the server', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/keys/k2/loans'
        ? {
            status: 201,
            body: {
              key: key('k2', '1#-1-101-户门-2', 'on_loan'),
              movement: {
                id: 'l2',
                keyId: 'k2',
                kind: 'loan',
                fromHolder: 'property',
                toHolder: 'contractor',
                at: '2030-03-01T01:00:00.000Z',
              },
              dueBackLocalDate: '2030-03-01',
            },
          }
        : undefined;
    const user = userEvent.setup();
    openKeys();
    await user.click(within(await row('1#-1-101-户门-2')).getByRole('button', { name: '借出' }));
    await user.click(await screen.findByTestId('key-action-ok'));
    expect(await screen.findByText('请填写借用人')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/keys/k2/loans')).toEqual([]);

    await user.type(screen.getByTestId('key-action-borrower'), '消防分包 赵工');
    await user.click(screen.getByTestId('key-action-ok'));
    expect(
      await screen.findByText('已借出 1#-1-101-户门-2，须于 2030-03-01 当天归还', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(JSON.parse(sent('POST', '/projects/p1/keys/k2/loans')[0].body)).toEqual({ borrower: '消防分包 赵工' });
  });

  it("words a refused give-back (another letter's number) from its code, in the dialog", async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/keys/k4/entrustment-return'
        ? {
            status: 409,
            body: {
              statusCode: 409,
              code: 'KEY_ENTRUSTMENT_LETTER_MISMATCH',
              params: { key: '1#-1-201-户门-1', letterNo: 'WT-0031', presented: 'WT-9999' },
              message: 'Key 1#-1-201-户门-1 was left under entrustment letter WT-0031, not WT-9999.',
            },
          }
        : undefined;
    const user = userEvent.setup();
    openKeys();
    await user.click(within(await row('1#-1-201-户门-1')).getByRole('button', { name: '退还业主' }));
    await user.type(await screen.findByTestId('key-action-letterNo'), 'WT-9999');
    await user.click(screen.getByTestId('key-action-ok'));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      '钥匙 1#-1-201-户门-1 是按钥匙委托书 WT-0031 委托保管的，不是 WT-9999；请核对委托书编号。',
    );
    expect(JSON.parse(sent('POST', '/projects/p1/keys/k4/entrustment-return')[0].body)).toEqual({
      letterNo: 'WT-9999',
    });
  });

  it('transfers the selected contractor keys in one request', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/keys/transfer'
        ? { status: 200, body: { keys: [key('k1', '1#-1-101-户门-1', 'with_property')], movements: [] } }
        : undefined;
    const user = userEvent.setup();
    openKeys();
    const contractor = await row('1#-1-101-户门-1');
    await user.click(within(contractor).getByRole('checkbox'));
    expect(within(await row('1#-1-101-户门-2')).getByRole('checkbox')).toBeDisabled();
    await user.click(screen.getByTestId('transfer-selected'));
    expect(await screen.findByText('已移交物业 1 把钥匙', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(JSON.parse(sent('POST', '/projects/p1/keys/transfer')[0].body)).toEqual({ keyIds: ['k1'] });
  });

  it('shows an engineering head the ledger without registration or moves', async () => {
    me = { id: 'u2', name: '王工程', role: 'department_head', department: 'engineering' };
    openKeys();
    const property = await row('1#-1-101-户门-2');
    expect(within(property).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByTestId('register-keys')).toBeNull();
    expect(screen.getByText('钥匙台账由项目负责人或物业部门负责人维护；您可以查看。')).toBeInTheDocument();
  });
});

describe('<KeyHistoryDrawer> a key with where it stands and its movements', () => {
  const movement = (id: string, kind: string, fromHolder: string, toHolder: string, at: string, extra = {}) => ({
    id,
    keyId: 'k3',
    kind,
    fromHolder,
    toHolder,
    by: 'u1',
    at,
    borrower: null,
    letterNo: null,
    note: null,
    dueBackAt: null,
    returnedAt: null,
    ...extra,
  });
  const entries = () => within(screen.getByTestId('key-history')).getAllByTestId('key-history-entry');

  it('opens from the tag, shows the open loan and the movements oldest first in the project zone, a late return marked', async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/keys/k3'
        ? {
            status: 200,
            body: {
              ...KEYS[2],
              movements: [
                movement('m1', 'transfer', 'contractor', 'property', '2030-02-28T02:00:00.000Z'),
                movement('m2', 'loan', 'property', 'contractor', '2030-02-28T03:00:00.000Z', {
                  borrower: '消防分包 赵工',
                  dueBackAt: '2030-02-28T15:59:59.999Z',
                  returnedAt: '2030-02-28T17:00:00.000Z',
                }),
                movement('m3', 'return', 'contractor', 'property', '2030-02-28T17:00:00.000Z', {
                  borrower: '消防分包 赵工',
                  note: '次日早上送回',
                }),
                movement('l1', 'loan', 'property', 'contractor', '2030-03-01T01:00:00.000Z', {
                  borrower: '总包 王师傅',
                  dueBackAt: '2030-03-01T15:59:59.999Z',
                }),
              ],
            },
          }
        : undefined;
    const user = userEvent.setup();
    const { router } = openKeys();
    await user.click(within(await row('1#-1-102-户门-1')).getByRole('link', { name: '1#-1-102-户门-1' }));

    const drawer = await screen.findByTestId('key-history', {}, { timeout: 10_000 });
    expect(await within(drawer).findByText('1#-1-102-户门-1 的履历', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?key=k3');
    expect(within(drawer).getByTestId('key-history-custody')).toHaveTextContent('已借出');
    expect(within(drawer).getByTestId('key-history-loan')).toHaveTextContent(
      '总包 王师傅，2030/03/01 09:00 借出，2030/03/01 23:59 前归还',
    );
    expect(entries().map((entry) => entry.dataset.kind)).toEqual(['transfer', 'loan', 'return', 'loan']);
    const [transfer, lateLoan, back, openLoan] = entries();
    expect(transfer).toHaveTextContent('移交物业2030/02/28 10:00');
    expect(transfer).toHaveTextContent('总包 → 物业');
    expect(lateLoan).toHaveTextContent('借出2030/02/28 11:00逾期归还');
    expect(lateLoan).toHaveTextContent('借用人：消防分包 赵工');
    expect(lateLoan).toHaveTextContent('应于 2030/02/28 23:59 前归还');
    expect(back).toHaveTextContent('归还2030/03/01 01:00');
    expect(back).toHaveTextContent('备注：次日早上送回');
    expect(openLoan).toHaveTextContent('借出2030/03/01 09:00');
    expect(openLoan).not.toHaveTextContent('逾期');
    expect(sent('GET', '/projects/p1/keys/k3')).toHaveLength(1);
  });

  it('opens from a link, and says so when nothing has been recorded since registration', async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/keys/k1'
        ? { status: 200, body: { ...KEYS[0], unitId: null, movements: [] } }
        : undefined;
    openKeys('?key=k1');
    const drawer = await screen.findByTestId('key-history', {}, { timeout: 10_000 });
    expect(await within(drawer).findByTestId('key-history-empty', {}, { timeout: 10_000 })).toHaveTextContent(
      '登记以来尚无移交、借用或委托记录',
    );
    expect(within(drawer).getByTestId('key-history-custody')).toHaveTextContent('在总包');
    expect(drawer).toHaveTextContent('公共区域');
    expect(within(drawer).queryAllByTestId('key-history-entry')).toEqual([]);
  });

  it("words a key the project does not have from the server's code, in Chinese", async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/keys/k9'
        ? {
            status: 404,
            body: {
              statusCode: 404,
              code: 'KEY_NOT_FOUND',
              params: { keyId: 'k9' },
              message: 'No key k9 in this project.',
            },
          }
        : undefined;
    openKeys('?key=k9');
    const drawer = await screen.findByTestId('key-history', {}, { timeout: 10_000 });
    const alert = await within(drawer).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('未找到');
    expect(alert).toHaveTextContent('本项目中找不到该钥匙（k9），请刷新后重试。');
    expect(alert).not.toHaveTextContent('No key k9');
    expect(within(drawer).getByText('钥匙履历')).toBeInTheDocument();
  });
});
