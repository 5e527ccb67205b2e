import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 施工单位 (the companies) and a contractor user's company, in the whole console against a stubbed server. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string, search: string) => Answer | undefined = () => undefined;
let me = { id: 'a1', name: '管理员', role: 'admin', department: null };

const COMPANIES = [
  { id: 'c1', name: '中建八局第三建设有限公司', kind: 'general_contractor', createdAt: '2030-01-01T16:30:00.000Z' },
  { id: 'c2', name: '东方雨虹防水工程有限公司', kind: 'waterproofing', createdAt: '2030-01-02T02:00:00.000Z' },
];
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, total: items.length });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname, url.search) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/contractor-companies' && input.method === 'GET'
        ? { status: 200, body: page(COMPANIES) }
        : url.pathname === '/users' && input.method === 'GET'
          ? { status: 200, body: page([]) }
          : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function open(path: string) {
  window.history.pushState({}, '', `/console${path}`);
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

beforeEach(() => {
  me = { id: 'a1', name: '管理员', role: 'admin', department: null };
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'a1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('<ContractorCompaniesPage> 施工单位', () => {
  it('lists the companies with their kind in Chinese, searched by name and kind on the server (kept in the URL)', async () => {
    const user = userEvent.setup({ delay: null });
    open('/admin/contractor-companies?kind=waterproofing');
    const list = await screen.findByTestId('companies-list', {}, { timeout: 10_000 });
    expect(within(list).getByText('中建八局第三建设有限公司')).toBeInTheDocument();
    expect(within(list).getByText('总包')).toBeInTheDocument();
    expect(within(list).getByText('防水分包')).toBeInTheDocument();
    // registered at 16:30 UTC: 00:30 the next day in Shanghai
    expect(within(list).getByText(/2030\/01\/02 00:30/)).toBeInTheDocument();
    expect(sent('GET', '/contractor-companies?')[0]!.path).toContain('kind=waterproofing');
    await user.type(within(screen.getByTestId('companies-search')).getByRole('searchbox'), '雨虹');
    await waitFor(
      () =>
        expect(
          sent('GET', '/contractor-companies?').some((r) => r.path.includes(`q=${encodeURIComponent('雨虹')}`)),
        ).toBe(true),
      { timeout: 5_000 },
    );
    expect(window.location.search).toContain('kind=waterproofing');
    expect(window.location.search).toContain(`q=${encodeURIComponent('雨虹')}`);
  });

  it('registers a company: refused here without a kind, a taken name worded from its code, then created', async () => {
    let taken = true;
    answerFor = (method, path) =>
      method === 'POST' && path === '/contractor-companies'
        ? taken
          ? {
              status: 409,
              body: {
                statusCode: 409,
                code: 'CONTRACTOR_COMPANY_NAME_TAKEN',
                params: { name: '浙江门窗有限公司' },
                message: 'A contractor company named … already exists',
              },
            }
          : {
              status: 201,
              body: {
                id: 'c9',
                name: '浙江门窗有限公司二分公司',
                kind: 'doors_windows',
                createdAt: '2030-01-03T02:00:00Z',
              },
            }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/contractor-companies');
    await user.click(await screen.findByTestId('companies-create', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('company-form');
    await user.type(within(form).getByTestId('company-name'), '浙江门窗有限公司');
    await user.click(within(form).getByTestId('company-submit'));
    expect(await within(form).findByText('请选择总包或分包类型', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(sent('POST', '/contractor-companies')).toEqual([]);

    await user.click(within(within(form).getByTestId('company-kind')).getByRole('combobox'));
    await user.click(await screen.findByTitle('门窗分包', {}, { timeout: 10_000 }));
    await user.click(within(form).getByTestId('company-submit'));
    const alert = await within(form).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('已有名为“浙江门窗有限公司”的施工单位，请直接选用它。');
    expect(JSON.parse(sent('POST', '/contractor-companies')[0]!.body)).toEqual({
      name: '浙江门窗有限公司',
      kind: 'doors_windows',
    });

    taken = false;
    await user.type(within(form).getByTestId('company-name'), '二分公司');
    const listsBefore = sent('GET', '/contractor-companies?').length;
    await user.click(within(form).getByTestId('company-submit'));
    expect(
      await screen.findByText('已登记施工单位 浙江门窗有限公司二分公司', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('company-form')).toBeNull());
    // the list is asked again, so the new company shows
    await waitFor(() => expect(sent('GET', '/contractor-companies?').length).toBeGreaterThan(listsBefore));
  });

  it('lets a department head look but not register', async () => {
    me = { id: 'h1', name: '王工程', role: 'department_head', department: 'engineering' } as never;
    open('/admin/contractor-companies');
    await screen.findByTestId('companies-list', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('companies-create')).toBeNull();
  });
});

describe('<CreateUserForm> a contractor user', () => {
  it('needs the company, found by name on the server, and sends it only for that role', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/users'
        ? { status: 201, body: { id: 'k1', name: '赵施工', role: 'contractor', department: null, token: 'tok.k1.x' } }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/users');
    await user.click(await screen.findByTestId('users-create', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('create-user-form');
    await user.type(within(form).getByTestId('create-user-name'), '赵施工');
    await user.click(within(within(form).getByTestId('create-user-role')).getByRole('combobox'));
    await user.click(await screen.findByTitle('施工单位', {}, { timeout: 10_000 }));
    // Form.useWatch re-renders after the selection settles: the company field shows up a moment later.
    await within(form).findByTestId('create-user-company', {}, { timeout: 10_000 });
    expect(within(form).queryByTestId('create-user-department')).toBeNull();
    await user.click(within(form).getByTestId('create-user-submit'));
    expect(
      await within(form).findByText('施工单位账号须选择所属施工单位', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(sent('POST', '/users')).toEqual([]);

    const picker = within(form).getByTestId('create-user-company');
    await user.type(within(picker).getByRole('combobox'), '雨虹');
    await waitFor(
      () =>
        expect(
          sent('GET', '/contractor-companies?').some((r) => r.path.includes(`q=${encodeURIComponent('雨虹')}`)),
        ).toBe(true),
      { timeout: 5_000 },
    );
    await user.click(await screen.findByTitle('东方雨虹防水工程有限公司 · 防水分包', {}, { timeout: 10_000 }));
    await user.click(within(form).getByTestId('create-user-submit'));
    expect(await screen.findByTestId('token-value', {}, { timeout: 10_000 })).toHaveTextContent('tok.k1.x');
    expect(JSON.parse(sent('POST', '/users')[0]!.body)).toEqual({
      name: '赵施工',
      role: 'contractor',
      contractorCompanyId: 'c2',
    });
  });

  it('drops the company when the role changes away from contractor', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/users'
        ? { status: 201, body: { id: 'q1', name: '钱集团', role: 'hq', department: null, token: 'tok.q1.x' } }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/users');
    await user.click(await screen.findByTestId('users-create', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('create-user-form');
    await user.type(within(form).getByTestId('create-user-name'), '钱集团');
    await user.click(within(within(form).getByTestId('create-user-role')).getByRole('combobox'));
    await user.click(await screen.findByTitle('施工单位', {}, { timeout: 10_000 }));
    const picker = await within(form).findByTestId('create-user-company', {}, { timeout: 10_000 });
    await user.click(within(picker).getByRole('combobox'));
    await user.click(await screen.findByTitle('中建八局第三建设有限公司 · 总包', {}, { timeout: 10_000 }));
    await user.click(within(within(form).getByTestId('create-user-role')).getByRole('combobox'));
    await user.click(await screen.findByTitle('集团', {}, { timeout: 10_000 }));
    await waitFor(() => expect(within(form).queryByTestId('create-user-company')).toBeNull(), { timeout: 10_000 });
    await user.click(within(form).getByTestId('create-user-submit'));
    expect(await screen.findByTestId('token-value', {}, { timeout: 10_000 })).toHaveTextContent('tok.q1.x');
    expect(JSON.parse(sent('POST', '/users')[0]!.body)).toEqual({ name: '钱集团', role: 'hq' });
  });
});
