import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

/** 高频问题预警 on the 整改看板 and its threshold on the set-up page, against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string, search: URLSearchParams) => Answer | undefined = () => undefined;
let me = { id: 'u1', name: '王工程', role: 'department_head', department: 'engineering' as string | null };
const WAIT = { timeout: 10_000 };

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
const alert = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  building: '3',
  category: 'quality',
  trade: '防水',
  windowStart: '2030-02-08',
  windowEnd: '2030-02-10',
  defectCount: 5,
  thresholdCount: 5,
  windowDays: 3,
  status: 'open',
  raisedByDefectId: 'd5',
  raisedAt: '2030-02-10T02:30:00.000Z',
  caseId: null,
  promotedAt: null,
  ...more,
});
let alerts: Record<string, unknown>[] = [];

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const status = url.searchParams.get('status');
  const answer =
    answerFor(input.method, url.pathname, url.searchParams) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/defect-alerts'
          ? {
              status: 200,
              body: {
                items: alerts.filter((a) => status === null || a.status === status),
                page: 1,
                pageSize: 10,
                total: alerts.length,
              },
            }
          : url.pathname === '/projects/p1/frequent-problem-threshold' && input.method === 'GET'
            ? { status: 200, body: { count: 5, windowDays: 3 } }
            : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { DefectAlertsPanel } = await import('./defect-alerts-panel');
const { FrequentProblemThresholdCard } = await import('../setup/frequent-problem-threshold');

function AlertsPage() {
  return <DefectAlertsPanel projectId="p1" />;
}
function ThresholdPage() {
  return <FrequentProblemThresholdCard projectId="p1" />;
}
const posts = () => received.filter((r) => r.method === 'POST');

beforeEach(() => {
  me = { id: 'u1', name: '王工程', role: 'department_head', department: 'engineering' };
  alerts = [alert('a1'), alert('a2', { building: '5', trade: '门窗', status: 'promoted', caseId: 'c7' })];
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

describe('<DefectAlertsPanel> 高频问题预警', () => {
  it('lists the alerts with their window and count, filters through the API, and makes a case with one click', async () => {
    renderProjectPage(AlertsPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    const table = await screen.findByTestId('defect-alerts-table', {}, WAIT);
    const open = (await within(table).findByText('防水', {}, WAIT)).closest('tr')!;
    expect(
      within(open)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '3',
      '防水',
      '质量问题',
      '2030-02-08 至 2030-02-10（3 天）',
      '5 个（阈值 5）',
      '2030/02/10 10:30',
      '转为案例',
    ]);
    expect(within(open).getByText('3').closest('a')!.getAttribute('href')).toBe('/projects/p1/defects?building=3');
    const promoted = within(table).getByText('门窗').closest('tr')!;
    expect(within(promoted).getByTestId('alert-case-link').getAttribute('href')).toBe('/cases?case=c7');
    expect(within(promoted).queryByTestId('alert-promote')).toBeNull();

    await userEvent.click(screen.getByText('待处理'));
    await waitFor(() =>
      expect(received.some((r) => r.path.includes('/defect-alerts?') && r.path.includes('status=open'))).toBe(true),
    );
    await waitFor(() => expect(within(screen.getByTestId('defect-alerts-table')).queryByText('门窗')).toBeNull());

    answerFor = (method, path) => {
      if (method !== 'POST' || path !== '/projects/p1/defect-alerts/a1/case') return undefined;
      alerts = [alert('a1', { status: 'promoted', caseId: 'c9' })];
      return { status: 201, body: { id: 'c9' } };
    };
    await userEvent.click(screen.getByTestId('alert-promote'));
    expect(await screen.findByText('已转为案例', {}, WAIT)).toBeTruthy();
    expect(posts()).toEqual([{ method: 'POST', path: '/projects/p1/defect-alerts/a1/case', body: '{}' }]);
    await userEvent.click(screen.getByText('全部'));
    expect((await screen.findByTestId('alert-case-link', {}, WAIT)).getAttribute('href')).toBe('/cases?case=c9');
  });

  it('shows a second promotion’s refusal in Chinese from its code, with the case it already is', async () => {
    answerFor = (method) =>
      method === 'POST'
        ? {
            status: 409,
            body: {
              statusCode: 409,
              code: 'DEFECT_ALERT_PROMOTED',
              params: { alertId: 'a1', caseId: 'c3' },
              message: 'x',
            },
          }
        : undefined;
    renderProjectPage(AlertsPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    await userEvent.click(await screen.findByTestId('alert-promote', {}, WAIT));
    expect(await screen.findByText('该高频问题预警已转为案例 c3；每条预警只能转为一个案例。', {}, WAIT)).toBeTruthy();
  });

  it('gives an admin, who makes no cases, no button', async () => {
    me = { id: 'u9', name: '管理员', role: 'admin', department: null };
    renderProjectPage(AlertsPage, '/projects/:projectId/rectification', '/projects/p1/rectification');
    const table = await screen.findByTestId('defect-alerts-table', {}, WAIT);
    expect(await within(table).findByText('防水', {}, WAIT)).toBeTruthy();
    expect(within(table).queryByTestId('alert-promote')).toBeNull();
  });
});

describe('<FrequentProblemThresholdCard> 高频问题预警阈值', () => {
  it('refuses a threshold outside the bounds without asking, then saves the lead’s', async () => {
    me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
    answerFor = (method) =>
      method === 'PUT' ? { status: 200, body: JSON.parse(received.at(-1)!.body) as unknown } : undefined;
    renderProjectPage(ThresholdPage, '/projects/:projectId/setup', '/projects/p1/setup');
    const count = await screen.findByTestId('threshold-count', {}, WAIT);
    expect((count as HTMLInputElement).value).toBe('5');
    expect((screen.getByTestId('threshold-days') as HTMLInputElement).value).toBe('3');
    await userEvent.clear(count);
    await userEvent.type(count, '1');
    await userEvent.click(screen.getByTestId('threshold-save'));
    expect(await screen.findByText('问题数须为 2–100 的整数', {}, WAIT)).toBeTruthy();
    expect(received.filter((r) => r.method === 'PUT')).toEqual([]);

    await userEvent.clear(count);
    await userEvent.type(count, '4');
    const days = screen.getByTestId('threshold-days');
    await userEvent.clear(days);
    await userEvent.type(days, '2');
    await userEvent.click(screen.getByTestId('threshold-save'));
    expect(await screen.findByText('预警阈值已保存', {}, WAIT)).toBeTruthy();
    const puts = received.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, JSON.parse(r.body)])).toEqual([
      ['/projects/p1/frequent-problem-threshold', { count: 4, windowDays: 2 }],
    ]);
  });

  it('shows HQ the threshold without a way to change it', async () => {
    me = { id: 'u9', name: '总部', role: 'hq', department: null };
    renderProjectPage(ThresholdPage, '/projects/:projectId/setup', '/projects/p1/setup');
    expect(await screen.findByText(/预警阈值由项目负责人或系统管理员设置/, {}, WAIT)).toBeTruthy();
    expect(screen.queryByTestId('threshold-save')).toBeNull();
  });
});
