import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the machine is shared: a slow render is not a failure
vi.setConfig({ testTimeout: 45_000 });

/** The developer's rulings on a contractor's work, on the defect detail, against a stubbed server. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;
let me = { id: 'e1', name: '郑工程', role: 'department_head', department: 'engineering' as string | null };

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
const COMPANIES = [
  { id: 'co1', name: '滨江给排水', kind: 'plumbing' },
  { id: 'co2', name: '恒信门窗', kind: 'doors_windows' },
];
const NEXT: Record<string, string[]> = {
  assigned: ['assigned', 'fixed', 'cannot_fix', 'disputed'],
  fixed: ['verified', 'assigned'],
  disputed: ['assigned', 'dismissed'],
  dismissed: [],
};
let current: Record<string, unknown>;
function defect(status: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'd1',
    projectId: 'p1',
    unitId: null,
    publicArea: '3#楼 车库',
    source: 'open_day',
    category: 'quality',
    trade: '给排水',
    description: '消防管道渗漏',
    responsibleParty: '滨江给排水',
    contractorCompanyId: 'co1',
    acceptedAt: '2030-02-02T00:00:00.000Z',
    disputeReason: null,
    disputeNote: null,
    reopenCount: 0,
    reopenReason: null,
    deadline: '2099-01-01',
    status,
    allowedNext: NEXT[status],
    explanation: null,
    compensationPlan: null,
    ownerReply: null,
    ownerRepliedAt: null,
    deferredUntil: null,
    deferralReason: null,
    createdAt: '2030-02-01T02:00:00.000Z',
    updatedAt: '2030-02-01T02:00:00.000Z',
    closedAt: null,
    ...extra,
  };
}

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
        : url.pathname === '/projects/p1/contractors'
          ? { status: 200, body: COMPANIES }
          : url.pathname === '/projects/p1/defects/d1' && input.method === 'GET'
            ? { status: 200, body: current }
            : url.pathname.endsWith('/photos') && input.method === 'GET'
              ? { status: 200, body: [] }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { DefectDetailPage } = await import('./defect-detail-page');
const { decisionBody } = await import('./defect-actions-ruling');

const posts = () => received.filter((r) => r.method === 'POST');
const open = () =>
  renderProjectPage(DefectDetailPage, '/projects/:projectId/defects/:defectId', '/projects/p1/defects/d1');

beforeEach(() => {
  me = { id: 'e1', name: '郑工程', role: 'department_head', department: 'engineering' };
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'e1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('decisionBody', () => {
  it('sends rejected, upheld with the other company, or upheld alone (dismissed)', () => {
    expect(decisionBody({ outcome: 'rejected', contractorCompanyId: 'co2', note: ' 属本专业 ' })).toEqual({
      outcome: 'rejected',
      note: '属本专业',
    });
    expect(decisionBody({ outcome: 'reassigned', contractorCompanyId: 'co2', note: 'n' })).toEqual({
      outcome: 'upheld',
      contractorCompanyId: 'co2',
      note: 'n',
    });
    expect(decisionBody({ outcome: 'dismissed', contractorCompanyId: 'co2', note: 'n' })).toEqual({
      outcome: 'upheld',
      note: 'n',
    });
  });
});

describe('<DefectRulings> on the defect detail', () => {
  it("shows the company's dispute and rejects it; no 派单 is offered for a disputed defect", async () => {
    const user = userEvent.setup();
    current = defect('disputed', { disputeReason: 'not_our_trade', disputeNote: '属消防分包' });
    answerFor = (method, path) => {
      if (method === 'POST' && path === '/projects/p1/defects/d1/dispute-decision') {
        current = defect('assigned', { acceptedAt: null });
        return { status: 200, body: current };
      }
      return undefined;
    };
    open();
    const dispute = await screen.findByTestId('ruling-dispute', {}, { timeout: 10_000 });
    expect(within(dispute).getByTestId('ruling-dispute-reason')).toHaveTextContent('不属于本单位专业');
    expect(within(dispute).getByTestId('ruling-dispute-note')).toHaveTextContent('属消防分包');
    expect(screen.getByTestId('defect-status')).toHaveTextContent('施工单位有异议');
    expect(await screen.findByTestId('ruling-company')).toHaveTextContent('滨江给排水');
    expect(screen.queryByTestId('defect-action-assign')).toBeNull();

    await user.click(screen.getByTestId('ruling-submit'));
    expect(await screen.findByText('请选择裁定结果')).toBeVisible();
    expect(screen.getByText('请填写裁定说明')).toBeVisible();
    expect(posts()).toHaveLength(0);
    await user.click(screen.getByText('异议不成立，退回原单位整改'));
    await user.type(screen.getByTestId('ruling-note'), '经核查属给排水');
    await user.click(screen.getByTestId('ruling-submit'));
    await waitFor(() => expect(screen.getByTestId('defect-status')).toHaveAttribute('data-status', 'assigned'));
    expect(posts().map((r) => [r.path, JSON.parse(r.body)])).toEqual([
      ['/projects/p1/defects/d1/dispute-decision', { outcome: 'rejected', note: '经核查属给排水' }],
    ]);
    expect(screen.queryByTestId('dispute-decision-form')).toBeNull();
  });

  it('reassigns an upheld dispute to another company of the project (not the disputing one)', async () => {
    const user = userEvent.setup();
    current = defect('disputed', { disputeReason: 'not_our_trade', disputeNote: '属门窗' });
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/defects/d1/dispute-decision'
        ? { status: 200, body: (current = defect('assigned', { contractorCompanyId: 'co2', acceptedAt: null })) }
        : undefined;
    open();
    await user.click(await screen.findByText('异议成立，改派其他单位', {}, { timeout: 10_000 }));
    await user.type(screen.getByTestId('ruling-note'), '改由门窗单位');
    await user.click(screen.getByTestId('ruling-submit'));
    expect(await screen.findByText('请选择改派的施工单位')).toBeVisible();
    await user.click(within(screen.getByTestId('ruling-company-select')).getByRole('combobox'));
    expect(screen.queryAllByTitle('滨江给排水').filter((el) => el.closest('.ant-select-item'))).toHaveLength(0);
    await user.click(await screen.findByTitle('恒信门窗'));
    await user.click(screen.getByTestId('ruling-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(JSON.parse(posts()[0]!.body)).toEqual({
      outcome: 'upheld',
      contractorCompanyId: 'co2',
      note: '改由门窗单位',
    });
  });

  it('dismisses an upheld dispute without a company (不予整改), and a refusal is worded from its code', async () => {
    const user = userEvent.setup();
    current = defect('disputed', { disputeReason: 'caused_by_owner', disputeNote: '业主改动' });
    let calls = 0;
    answerFor = (method, path) => {
      if (method !== 'POST' || path !== '/projects/p1/defects/d1/dispute-decision') return undefined;
      calls += 1;
      if (calls === 1)
        return {
          status: 403,
          body: {
            statusCode: 403,
            code: 'DEFECT_RULING_FORBIDDEN',
            params: { role: 'department_head' },
            message: 'no',
          },
        };
      current = defect('dismissed', { closedAt: '2030-02-03T00:00:00.000Z' });
      return { status: 200, body: current };
    };
    open();
    await user.click(await screen.findByText('异议成立，不予整改', {}, { timeout: 10_000 }));
    await user.type(screen.getByTestId('ruling-note'), '业主自行改造');
    await user.click(screen.getByTestId('ruling-submit'));
    expect(await screen.findByTestId('ruling-error')).toHaveTextContent(
      '验收、退回整改和异议裁定由项目负责人或本项目的工程、物业负责人操作',
    );
    await user.click(screen.getByTestId('ruling-submit'));
    await waitFor(() => expect(screen.getByTestId('defect-status')).toHaveTextContent('不予整改'));
    expect(JSON.parse(posts()[1]!.body)).toEqual({ outcome: 'upheld', note: '业主自行改造' });
  });

  it('reopens a fixed defect with a reason and shows the count', async () => {
    const user = userEvent.setup();
    current = defect('fixed', { reopenCount: 1, reopenReason: '第一次渗漏' });
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/defects/d1/reopen'
        ? { status: 200, body: (current = defect('assigned', { reopenCount: 2, reopenReason: '仍渗漏' })) }
        : undefined;
    open();
    expect(await screen.findByTestId('ruling-reopen-count', {}, { timeout: 10_000 })).toHaveTextContent('退回 1 次');
    expect(screen.getByTestId('defect-action-verify')).toBeVisible();
    await user.click(screen.getByTestId('ruling-reopen'));
    await user.click(screen.getByTestId('reopen-submit'));
    expect(await screen.findByText('请填写退回原因')).toBeVisible();
    await user.type(screen.getByTestId('reopen-reason'), '仍渗漏');
    await user.click(screen.getByTestId('reopen-submit'));
    await waitFor(() => expect(screen.getByTestId('ruling-reopen-count')).toHaveTextContent('退回 2 次'));
    expect(posts().map((r) => [r.path, JSON.parse(r.body)])).toEqual([
      ['/projects/p1/defects/d1/reopen', { reason: '仍渗漏' }],
    ]);
    expect(screen.queryByTestId('ruling-reopen')).toBeNull();
  });

  it('offers no ruling to a head whose department does not decide (customer service)', async () => {
    me = { id: 'e1', name: '王客服', role: 'department_head', department: 'customer_service' };
    current = defect('disputed', { disputeReason: 'not_a_defect', disputeNote: '正常现象' });
    open();
    expect(await screen.findByTestId('ruling-dispute', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByTestId('dispute-decision-form')).toBeNull();
  });
});
