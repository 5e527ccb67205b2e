import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

/** 整改看板 and 整改时限 against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string, search: URLSearchParams) => Answer | undefined = () => undefined;
let me = { id: 'u1', name: '李项目', role: 'project_lead', department: null as string | null };

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'rectification',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const ageingRow = (group: string | null, label: string | null, counts: number[]) => ({
  group,
  label,
  running: counts[0],
  overdue: counts[1],
  up_to_7: counts[2],
  days_8_to_14: counts[3],
  days_15_to_30: counts[4],
  over_30: counts[5],
});
const SCORECARD = {
  companyId: 'c1',
  companyName: '甲给排水公司',
  companyKind: 'plumbing',
  trade: 'plumbing',
  received: 4,
  verified: 2,
  firstTimePass: 1,
  firstTimePassRate: 0.5,
  meanHoursToFix: 20,
  p90HoursToFix: 28,
  running: 2,
  overdue: 1,
  overdueRate: 0.5,
  disputesRuled: 2,
  disputesUpheld: 1,
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const by = url.searchParams.get('by');
  const answer =
    answerFor(input.method, url.pathname, url.searchParams) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/defects-ageing'
          ? {
              status: 200,
              body: {
                today: '2030-02-10',
                buckets: ['up_to_7', 'days_8_to_14', 'days_15_to_30', 'over_30'],
                rows:
                  by === 'company'
                    ? [ageingRow('c1', '甲给排水公司', [3, 2, 1, 0, 0, 1]), ageingRow(null, null, [1, 0, 0, 0, 0, 0])]
                    : [ageingRow('6', null, [8, 7, 2, 2, 2, 1]), ageingRow(null, null, [2, 0, 0, 0, 0, 0])],
              },
            }
          : url.pathname === '/projects/p1/contractor-scorecards'
            ? {
                status: 200,
                body: {
                  rows: [
                    SCORECARD,
                    {
                      ...SCORECARD,
                      companyId: 'c2',
                      companyName: '乙公司',
                      verified: 0,
                      firstTimePass: 0,
                      firstTimePassRate: null,
                      meanHoursToFix: null,
                      p90HoursToFix: null,
                      overdueRate: 0,
                    },
                  ],
                },
              }
            : url.pathname === '/projects/p1/defect-sla' && input.method === 'GET'
              ? { status: 200, body: { simpleInUnitDays: 3, inUnitDays: 7, publicAreaDays: 30 } }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { RectificationPage } = await import('./rectification-page');
const { DefectSlaPanel } = await import('../setup/defect-sla');
const { percentText } = await import('./scorecard-table');

function SlaPage() {
  return <DefectSlaPanel projectId="p1" />;
}

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

describe('<RectificationPage> 整改看板', () => {
  it('shows the ageing by building, public areas named, over-30 marked, and switches the grouping through the API', async () => {
    renderProjectPage(RectificationPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    const table = await screen.findByTestId('ageing-table', {}, { timeout: 10_000 });
    const building = within(table).getByText('6').closest('tr')!;
    expect(
      within(building)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['6', '8', '7', '2', '2', '2', '1']);
    expect(within(building).getByTestId('ageing-over_30').className).toContain('danger');
    expect(within(table).getByText('公共区域')).toBeTruthy();
    expect(within(table).getByText('6').closest('a')!.getAttribute('href')).toBe('/projects/p1/defects?building=6');
    expect(received.some((r) => r.path === '/projects/p1/defects-ageing?by=building')).toBe(true);

    await userEvent.click(screen.getByText('按施工单位'));
    expect(await within(await screen.findByTestId('ageing-table')).findByText('甲给排水公司')).toBeTruthy();
    expect(within(screen.getByTestId('ageing-table')).getByText('未派单')).toBeTruthy();
    expect(received.some((r) => r.path === '/projects/p1/defects-ageing?by=company')).toBe(true);
  });

  it('formats the scorecards: rates as percentages, hours, and a dash where nothing was fixed or verified', async () => {
    renderProjectPage(RectificationPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    const table = await screen.findByTestId('scorecards-table', {}, { timeout: 10_000 });
    const first = within(table).getByText('甲给排水公司').closest('tr')!;
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      '甲给排水公司',
      'plumbing',
      '4',
      '2',
      '1',
      '50.0%',
      '20 小时',
      '28 小时',
      '2',
      '1',
      '50.0%',
      '2',
      '1',
    ]);
    const second = within(table).getByText('乙公司').closest('tr')!;
    expect(
      within(second)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(5, 8),
    ).toEqual(['—', '—', '—']);
    expect(percentText(0)).toBe('0.0%');
  });

  it('shows the server’s error instead of a spinner when the ageing fails', async () => {
    answerFor = (_method, path) =>
      path === '/projects/p1/defects-ageing'
        ? {
            status: 404,
            body: { statusCode: 404, code: 'PROJECT_NOT_FOUND', params: { projectId: 'p1' }, message: 'x' },
          }
        : undefined;
    renderProjectPage(RectificationPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    expect(await screen.findByText(/p1/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('ageing-table')).toBeNull();
  });
});

describe('<DefectSlaPanel> 整改时限', () => {
  it('refuses days outside 1–365 without asking, then saves; the server’s refusal shown from its code', async () => {
    renderProjectPage(SlaPage, '/projects/:projectId/setup', '/projects/p1/setup');
    const days = await screen.findByTestId('sla-inUnitDays', {}, { timeout: 10_000 });
    expect((days as HTMLInputElement).value).toBe('7');
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByTestId('sla-save'));
    expect(await screen.findByText('天数须为 1–365 的整数')).toBeTruthy();
    expect(received.filter((r) => r.method === 'PUT')).toEqual([]);

    answerFor = (method, path) =>
      method === 'PUT' && path === '/projects/p1/defect-sla'
        ? received.filter((r) => r.method === 'PUT').length === 1
          ? {
              status: 403,
              body: { statusCode: 403, code: 'DEFECT_SLA_FORBIDDEN', params: { role: 'project_lead' }, message: 'x' },
            }
          : { status: 200, body: { simpleInUnitDays: 3, inUnitDays: 5, publicAreaDays: 30 } }
        : undefined;
    await userEvent.clear(days);
    await userEvent.type(days, '5');
    await userEvent.click(screen.getByTestId('sla-save'));
    expect(await screen.findByText(/整改时限由项目负责人或系统管理员设置/)).toBeTruthy();
    await userEvent.click(screen.getByTestId('sla-save'));
    await waitFor(() => expect(received.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(JSON.parse(received.filter((r) => r.method === 'PUT')[1].body)).toEqual({
      simpleInUnitDays: 3,
      inUnitDays: 5,
      publicAreaDays: 30,
    });
  });

  it('shows HQ the days without a way to change them', async () => {
    me = { id: 'u9', name: '总部', role: 'hq', department: null };
    renderProjectPage(SlaPage, '/projects/:projectId/setup', '/projects/p1/setup');
    expect(await screen.findByText(/您可以查看/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('sla-save')).toBeNull();
  });
});
