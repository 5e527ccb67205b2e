import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 新建案例 from a defect's detail and a complaint's drawer: a link to the case form prefilled from the record. */
type Answer = { status: number; body?: unknown };
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
const DEFECT = {
  id: 'd1',
  projectId: 'p1',
  unitId: null,
  publicArea: '1# 地下车库',
  source: 'open_day',
  category: 'quality',
  trade: '土建',
  description: '车库顶板渗水',
  responsibleParty: null,
  deadline: null,
  status: 'open',
  allowedNext: [],
  explanation: null,
  compensationPlan: null,
  ownerReply: null,
  ownerRepliedAt: null,
  deferredUntil: null,
  deferralReason: null,
  createdAt: '2030-02-01T02:00:00.000Z',
  updatedAt: '2030-02-01T02:00:00.000Z',
  closedAt: null,
  photoCount: 0,
};
const COMPLAINT = {
  id: 'c1',
  projectId: 'p1',
  unitId: null,
  subject: '客厅渗水',
  description: '3#-1-1201 客厅顶棚渗水',
  receivedAt: '2026-01-10T02:00:00.000Z',
  severity: 'normal',
  status: 'received',
  replyDeadline: null,
  acceptedAt: null,
  facts: null,
  responsibleParty: null,
  responsibility: null,
  replyContent: null,
  repliedAt: null,
  followUpOwner: null,
  followUpNote: null,
  createdAt: '2026-01-10T02:05:00.000Z',
};
const ANSWERS: Record<string, unknown> = {
  '/projects/p1': PROJECT,
  '/projects/p1/defects/d1': DEFECT,
  '/projects/p1/defects/d1/photos': [],
  '/projects/p1/complaints': { items: [COMPLAINT], page: 1, pageSize: 20, total: 1 },
  '/projects/p1/complaints/c1': COMPLAINT,
  '/cases': { items: [], page: 1, pageSize: 20, total: 0 },
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const known = url.pathname === '/users/me' ? me : ANSWERS[url.pathname];
  const answer: Answer =
    known !== undefined && input.method === 'GET'
      ? { status: 200, body: known }
      : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } };
  return new Response(JSON.stringify(answer.body), {
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

beforeEach(() => {
  me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('新建案例 from a record', () => {
  it('links the defect detail to the case form prefilled from the defect, and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    open('/projects/p1/defects/d1');
    const link = await screen.findByTestId('defect-create-case', {}, { timeout: 10_000 });
    expect(link).toHaveAttribute('href', '/console/cases?from=defect:d1&project=p1');
    expect(link).toHaveTextContent('新建案例');
    await user.click(link);
    await waitFor(() => expect(window.location.pathname).toBe('/console/cases'), { timeout: 10_000 });
    expect(window.location.search).toBe('?from=defect:d1&project=p1');
    // the cases page opens its form from that origin
    expect(await screen.findByText('来自问题项 d1', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('links the complaint drawer to the case form prefilled from the complaint', async () => {
    me = { id: 'h1', name: '孙客服', role: 'department_head', department: 'customer_service' };
    open('/projects/p1/complaints?complaint=c1');
    const link = await screen.findByTestId('complaint-create-case', {}, { timeout: 10_000 });
    expect(link).toHaveAttribute('href', '/console/cases?from=complaint:c1&project=p1');
  });

  it('offers no case to someone who may not write one (an admin)', async () => {
    me = { id: 'a1', name: '管理员', role: 'admin', department: null };
    open('/projects/p1/defects/d1');
    expect(await screen.findByText('车库顶板渗水', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('defect-create-case')).toBeNull();
  });
});
