import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 项目设置's contractor companies in the whole console against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;
let me: Record<string, unknown> = {};

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
const GENERAL = {
  id: 'c1',
  name: '中建八局第三建设有限公司',
  kind: 'general_contractor',
  createdAt: '2030-01-01T00:00:00Z',
};
const WATERPROOF = {
  id: 'c2',
  name: '东方雨虹防水工程有限公司',
  kind: 'waterproofing',
  createdAt: '2030-01-02T00:00:00Z',
};
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 50, total: items.length });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/contractors' && input.method === 'GET'
          ? { status: 200, body: [GENERAL] }
          : url.pathname === '/contractor-companies'
            ? { status: 200, body: page([GENERAL, WATERPROOF]) }
            : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function openSetup() {
  window.history.pushState({}, '', '/console/projects/p1/setup');
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

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

describe('<ProjectContractors> the project’s contractor companies', () => {
  it('lists them and adds one found by name, the list then the one the API answers', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/contractors'
        ? { status: 200, body: [GENERAL, WATERPROOF] }
        : undefined;
    const user = userEvent.setup({ delay: null });
    openSetup();
    const panel = await screen.findByTestId('project-contractors', {}, { timeout: 10_000 });
    const list = await within(panel).findByTestId('project-contractors-list', {}, { timeout: 10_000 });
    expect(within(list).getAllByTestId('project-contractor')).toHaveLength(1);
    expect(list).toHaveTextContent('中建八局第三建设有限公司总包');
    expect(within(panel).getByTestId('project-contractors-add')).toBeDisabled();

    await user.type(within(within(panel).getByTestId('project-contractors-picker')).getByRole('combobox'), '雨虹');
    await waitFor(
      () =>
        expect(sent('GET', '/contractor-companies?').some((r) => r.path.includes(encodeURIComponent('雨虹')))).toBe(
          true,
        ),
      { timeout: 5_000 },
    );
    // the company already on the project is not offered again
    expect(screen.queryByTitle('中建八局第三建设有限公司 · 总包')).toBeNull();
    await user.click(await screen.findByTitle('东方雨虹防水工程有限公司 · 防水分包', {}, { timeout: 10_000 }));
    await user.click(within(panel).getByTestId('project-contractors-add'));

    await waitFor(() => expect(within(list).getAllByTestId('project-contractor')).toHaveLength(2), { timeout: 10_000 });
    expect(list).toHaveTextContent('东方雨虹防水工程有限公司防水分包');
    expect(JSON.parse(sent('POST', '/projects/p1/contractors')[0]!.body)).toEqual({ companyId: 'c2' });
    expect(
      await screen.findByText('已把 东方雨虹防水工程有限公司 加入项目', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('words a refusal from its code', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/contractors'
        ? {
            status: 403,
            body: {
              statusCode: 403,
              code: 'CONTRACTORS_FORBIDDEN',
              params: { callerRole: 'project_lead' },
              message: 'Contractor companies are added…',
            },
          }
        : undefined;
    const user = userEvent.setup({ delay: null });
    openSetup();
    const panel = await screen.findByTestId('project-contractors', {}, { timeout: 10_000 });
    await user.click(within(within(panel).getByTestId('project-contractors-picker')).getByRole('combobox'));
    await user.click(await screen.findByTitle('东方雨虹防水工程有限公司 · 防水分包', {}, { timeout: 10_000 }));
    await user.click(within(panel).getByTestId('project-contractors-add'));
    const alert = await within(panel).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('施工单位由项目负责人或系统管理员加入项目');
    expect(alert).not.toHaveTextContent('Contractor companies are added');
    expect(within(panel).getAllByTestId('project-contractor')).toHaveLength(1);
  });

  it('shows HQ the companies without the add controls', async () => {
    me = { id: 'q1', name: '钱集团', role: 'hq', department: null };
    openSetup();
    const panel = await screen.findByTestId('project-contractors', {}, { timeout: 10_000 });
    await within(panel).findByTestId('project-contractors-list', {}, { timeout: 10_000 });
    expect(within(panel).queryByTestId('project-contractors-add')).toBeNull();
    expect(panel).toHaveTextContent('施工单位由项目负责人或管理员加入项目。');
  });
});
