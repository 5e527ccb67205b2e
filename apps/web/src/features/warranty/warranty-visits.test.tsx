import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarrantyTicket } from './warranty-forms';
import type { OwnerProposedWindow, WarrantyCallBack, WarrantyVisit } from './warranty-visit-forms';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });
const WAIT = { timeout: 10_000 };

/** 上门维修 and 回访任务 in the whole console (router, session, query client) against a stubbed server. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
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
const TICKET: WarrantyTicket = {
  id: 'w1',
  projectId: 'p1',
  unitId: 'u-101',
  unitAddress: '1-1-101',
  ownerName: '王业主',
  defectId: null,
  source: 'owner_call',
  component: 'water_drainage_pipes',
  description: '厨房下水管渗漏',
  reportedAt: '2030-03-01T02:00:00.000Z',
  handedOverOn: '2029-06-01',
  warrantyYears: 2,
  coveredUntil: '2031-06-01',
  status: 'reported',
  visitAt: null,
  visitNote: null,
  repairedAt: null,
  repairNote: null,
  confirmedAt: null,
  rating: null,
  needsCallBack: false,
  createdAt: '2030-03-01T02:05:00.000Z',
};
const VISIT: WarrantyVisit = {
  id: 'v1',
  ticketId: 'w1',
  startsAt: '2030-03-02T06:00:00.000Z',
  endsAt: '2030-03-02T08:00:00.000Z',
  technician: '王师傅',
  contractorCompanyId: 'c1',
  contractorCompanyName: '滨江给排水',
  ownerLeavesKey: true,
  keyEntrustment: { id: 'm1', letterNo: 'WT-2030-0031', keyLabel: '1-1-101-户门', returnedAt: null },
  note: null,
  status: 'scheduled',
  doneAt: null,
  doneNote: null,
  cancelledAt: null,
  cancelReason: null,
  confirmation: null,
  confirmationNote: null,
  rating: null,
  confirmedAt: null,
  openCallBackId: null,
  createdAt: '2030-03-01T03:00:00.000Z',
};
const TASK: WarrantyCallBack = {
  id: 't1',
  ticketId: 'w1',
  visitId: 'v1',
  unitId: 'u-101',
  unitAddress: '1-1-101',
  ownerName: '王业主',
  component: 'water_drainage_pipes',
  description: '厨房下水管渗漏',
  technician: '王师傅',
  doneAt: '2030-03-02T08:00:00.000Z',
  dueAt: '2030-03-03T08:00:00.000Z',
  createdAt: '2030-03-03T08:00:05.000Z',
  closedAt: null,
  closeReason: null,
  closeNote: null,
};
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 10, total: items.length });
const KEY = {
  id: 'k1',
  projectId: 'p1',
  unitId: 'u-101',
  kind: 'unit_door',
  label: '1-1-101-户门',
  holder: 'property',
  custody: 'entrusted',
  loan: null,
  entrustment: { id: 'm1', letterNo: 'WT-2030-0031', entrustedAt: '2030-03-01T01:00:00.000Z' },
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '赵客服', role: 'department_head', department: 'customer_service' } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/warranty-periods'
          ? { status: 200, body: { periods: [] } }
          : url.pathname === '/projects/p1/warranty-tickets' && input.method === 'GET'
            ? { status: 200, body: { ...page([TICKET]), pageSize: 20 } }
            : url.pathname === '/projects/p1/warranty-call-backs'
              ? { status: 200, body: page([]) }
              : url.pathname === '/projects/p1/contractors'
                ? { status: 200, body: [{ id: 'c1', name: '滨江给排水', kind: 'plumbing' }] }
                : url.pathname === '/projects/p1/keys'
                  ? { status: 200, body: { ...page([KEY]), pageSize: 200 } }
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

function openWarranty(search = '') {
  window.history.pushState({}, '', `/console/projects/p1/warranty${search}`);
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));
const bodyOf = (method: string, path: string) => JSON.parse(sent(method, path).at(-1)!.body) as Record<string, unknown>;

/** Types a wall time into a date-time picker and commits it. */
async function pick(user: ReturnType<typeof userEvent.setup>, picker: HTMLElement, text: string) {
  const input = (picker.tagName === 'INPUT' ? picker : picker.querySelector('input')!) as HTMLInputElement;
  await user.click(input);
  await user.clear(input);
  await user.type(input, text);
  await user.keyboard('{Enter}');
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

// Typing into the date-time pickers is slow in jsdom: 30 s alone, past Vitest's 60 s when every suite runs at once on 2 cores.
describe('上门维修: the visit form on a ticket', { timeout: 180_000 }, () => {
  it("refuses an incomplete or backwards window locally, sends the window in project time with the owner's key letter, and shows the API's refusal", async () => {
    let refuse = true;
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-tickets/w1') return { status: 200, body: TICKET };
      if (path === '/projects/p1/warranty-tickets/w1/visits' && method === 'GET')
        return { status: 200, body: { items: [], ownerProposedWindows: [] } };
      if (path === '/projects/p1/warranty-tickets/w1/visits' && method === 'POST') {
        if (!refuse) return { status: 201, body: VISIT };
        refuse = false;
        return {
          status: 409,
          body: {
            statusCode: 409,
            code: 'WARRANTY_VISIT_OVERLAP',
            params: { technician: '王师傅', visitId: 'v0', from: '2030-03-02 13:00', until: '2030-03-02 15:00' },
            message: 'booked',
          },
        };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openWarranty('?ticket=w1');
    const drawer = await screen.findByTestId('warranty-drawer', {}, WAIT);
    const visits = await within(drawer).findByTestId('warranty-visits', {}, WAIT);
    expect(await within(visits).findByText('尚未安排上门维修。', {}, WAIT)).toBeInTheDocument();
    await user.click(await within(visits).findByTestId('warranty-visit-schedule', {}, WAIT));

    const form = await screen.findByTestId('warranty-visit-form', {}, WAIT);
    const dialog = form.closest('.ant-modal') as HTMLElement;
    await user.click(screen.getByTestId('warranty-visit-submit'));
    expect(await within(dialog).findByText('请填写上门开始时间', {}, WAIT)).toBeInTheDocument();
    expect(await within(dialog).findByText('请填写维修人员', {}, WAIT)).toBeInTheDocument();

    // The start picked, the end follows two hours later; an end before the start is refused without asking.
    await pick(user, within(dialog).getByTestId('warranty-visit-starts-at'), '2030-03-02 14:00');
    const endsAt = within(dialog).getByTestId('warranty-visit-ends-at') as HTMLInputElement;
    await waitFor(() => expect(endsAt).toHaveValue('2030-03-02 16:00'));
    await pick(user, endsAt, '2030-03-02 13:00');
    await user.type(within(dialog).getByTestId('warranty-visit-technician'), ' 王师傅 ');
    await user.click(screen.getByTestId('warranty-visit-submit'));
    expect(await within(dialog).findByText('结束时间须晚于开始时间', {}, WAIT)).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits')).toHaveLength(0);
    await pick(user, endsAt, '2030-03-02 16:00');

    // The owner leaves a key: the unit's open entrustment letters from the key ledger.
    await user.click(within(dialog).getByTestId('warranty-visit-owner-leaves-key'));
    const letter = await within(dialog).findByTestId('warranty-visit-key-letter', {}, WAIT);
    await user.click(letter.querySelector('input')!);
    await user.click(await screen.findByTitle('WT-2030-0031 · 1-1-101-户门', {}, WAIT));
    expect(sent('GET', '/projects/p1/keys').at(-1)!.path).toContain('unitId=u-101');
    await user.click(within(dialog).getByTestId('warranty-visit-company').querySelector('input')!);
    await user.click(await screen.findByTitle('滨江给排水', {}, WAIT));

    await user.click(screen.getByTestId('warranty-visit-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits')).toHaveLength(1));
    expect(bodyOf('POST', '/projects/p1/warranty-tickets/w1/visits')).toEqual({
      startsAt: '2030-03-02T06:00:00.000Z',
      endsAt: '2030-03-02T08:00:00.000Z',
      technician: '王师傅',
      ownerLeavesKey: true,
      keyEntrustmentId: 'm1',
      contractorCompanyId: 'c1',
    });
    expect(
      await within(dialog).findByText(
        /维修人员「王师傅」在 2030-03-02 13:00 至 2030-03-02 15:00 已有其他上门预约/,
        {},
        WAIT,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByTestId('warranty-visit-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('warranty-visit-form')).toBeNull(), WAIT);
  });

  it("shows the owner's proposed windows in the project's zone, past ones marked, and books one through the form it fills in", async () => {
    // the project is in Tokyo (UTC+9), not the default Asia/Shanghai: 01:00Z is 10:00 there
    const passed: OwnerProposedWindow = {
      id: 'ow0',
      startsAt: '2020-05-01T01:00:00.000Z',
      endsAt: '2020-05-01T03:00:00.000Z',
      proposedAt: '2020-04-30T12:00:00.000Z',
    };
    const ahead: OwnerProposedWindow = {
      id: 'ow1',
      startsAt: '2030-03-05T01:00:00.000Z',
      endsAt: '2030-03-05T04:00:00.000Z',
      proposedAt: '2030-03-01T03:00:00.000Z',
    };
    let items: WarrantyVisit[] = [];
    answerFor = (method, path) => {
      if (path === '/projects/p1') return { status: 200, body: { ...PROJECT, timeZone: 'Asia/Tokyo' } };
      if (path === '/projects/p1/warranty-tickets/w1') return { status: 200, body: TICKET };
      if (path === '/projects/p1/warranty-tickets/w1/visits' && method === 'GET')
        return { status: 200, body: { items, ownerProposedWindows: [passed, ahead] } };
      if (path === '/projects/p1/warranty-tickets/w1/visits' && method === 'POST') {
        items = [{ ...VISIT, startsAt: ahead.startsAt, endsAt: ahead.endsAt, ownerLeavesKey: false }];
        return { status: 201, body: items[0] };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openWarranty('?ticket=w1');
    const drawer = await screen.findByTestId('warranty-drawer', {}, WAIT);
    const windows = await within(drawer).findByTestId('warranty-owner-windows', {}, WAIT);
    expect(windows).toHaveTextContent('业主希望上门时间');
    const [first, second] = within(windows).getAllByTestId('warranty-owner-window');
    expect(within(first!).getByTestId('warranty-owner-window-time')).toHaveTextContent('2020/05/01 10:00 – 12:00');
    expect(within(first!).getByTestId('warranty-owner-window-past')).toHaveTextContent('已过时');
    expect(within(first!).queryByTestId('warranty-owner-window-book')).toBeNull();
    expect(within(second!).getByTestId('warranty-owner-window-time')).toHaveTextContent('2030/03/05 10:00 – 13:00');
    expect(second).toHaveTextContent('业主提出于 2030/03/01 12:00');
    expect(within(second!).queryByTestId('warranty-owner-window-past')).toBeNull();
    expect(within(drawer).getByText('尚未安排上门维修。')).toBeInTheDocument();

    await user.click(within(second!).getByTestId('warranty-owner-window-book'));
    const form = await screen.findByTestId('warranty-visit-form', {}, WAIT);
    const dialog = form.closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByTestId('warranty-visit-from-owner-window')).toBeInTheDocument();
    expect(within(dialog).getByTestId('warranty-visit-starts-at')).toHaveValue('2030-03-05 10:00');
    expect(within(dialog).getByTestId('warranty-visit-ends-at')).toHaveValue('2030-03-05 13:00');
    expect(within(dialog).getByText('按项目所在时区（Asia/Tokyo）填写')).toBeInTheDocument();
    await user.type(within(dialog).getByTestId('warranty-visit-technician'), '王师傅');
    await user.click(screen.getByTestId('warranty-visit-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits')).toHaveLength(1));
    expect(bodyOf('POST', '/projects/p1/warranty-tickets/w1/visits')).toEqual({
      startsAt: '2030-03-05T01:00:00.000Z',
      endsAt: '2030-03-05T04:00:00.000Z',
      technician: '王师傅',
      ownerLeavesKey: false,
    });

    // booked: the windows stay in view, no longer offered to book
    await waitFor(() => expect(screen.queryByTestId('warranty-visit-form')).toBeNull(), WAIT);
    expect(await within(drawer).findByTestId('warranty-visit', {}, WAIT)).toBeInTheDocument();
    expect(within(drawer).getAllByTestId('warranty-owner-window')).toHaveLength(2);
    expect(within(drawer).queryByTestId('warranty-owner-window-book')).toBeNull();
  });

  it("marks a visit repaired, then records the owner's answer: not fixed needs what is wrong, fixed needs a rating", async () => {
    let visit: WarrantyVisit = VISIT;
    let ticket: WarrantyTicket = { ...TICKET, status: 'visit_booked', visitAt: VISIT.startsAt };
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-tickets/w1') return { status: 200, body: ticket };
      if (path === '/projects/p1/warranty-tickets/w1/visits')
        return { status: 200, body: { items: [visit], ownerProposedWindows: [] } };
      if (path === '/projects/p1/warranty-tickets/w1/visits/v1/done') {
        visit = { ...VISIT, status: 'done', doneAt: '2030-03-02T07:30:00.000Z', doneNote: '更换止水阀' };
        ticket = { ...ticket, status: 'repaired', repairedAt: visit.doneAt };
        return { status: 200, body: visit };
      }
      if (path === '/projects/p1/warranty-tickets/w1/visits/v1/confirmation') {
        visit = { ...visit, confirmation: 'confirmed', rating: 4, confirmedAt: '2030-03-02T09:00:00.000Z' };
        ticket = { ...ticket, status: 'closed', rating: 4, confirmedAt: visit.confirmedAt };
        return { status: 200, body: visit };
      }
      return undefined;
    };
    const user = userEvent.setup();
    openWarranty('?ticket=w1');
    const drawer = await screen.findByTestId('warranty-drawer', {}, WAIT);
    const card = await within(drawer).findByTestId('warranty-visit', {}, WAIT);
    expect(within(card).getByTestId('warranty-visit-status')).toHaveTextContent('待上门');
    expect(within(card).getByTestId('warranty-visit-window')).toHaveTextContent('14:00 – 16:00');
    expect(within(card).getByTestId('warranty-visit-key')).toHaveTextContent('委托书 WT-2030-0031');
    expect(within(drawer).queryByTestId('warranty-visit-schedule')).toBeNull();
    expect(within(card).queryByTestId('warranty-visit-confirm')).toBeNull();

    await user.click(within(card).getByTestId('warranty-visit-done'));
    await user.type(await screen.findByTestId('warranty-visit-step-note', {}, WAIT), '更换止水阀');
    await user.click(screen.getByTestId('warranty-visit-step-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits/v1/done')).toHaveLength(1));
    expect(bodyOf('POST', '/projects/p1/warranty-tickets/w1/visits/v1/done')).toEqual({ note: '更换止水阀' });

    const done = await within(drawer).findByTestId('warranty-visit-confirm', {}, WAIT);
    expect(within(drawer).getByTestId('warranty-visit-confirmation')).toHaveTextContent('待业主确认');
    await user.click(done);
    const form = await screen.findByTestId('warranty-visit-step-form', {}, WAIT);
    const dialog = form.closest('.ant-modal') as HTMLElement;
    await user.click(within(dialog).getByLabelText('未修好'));
    await user.click(screen.getByTestId('warranty-visit-step-submit'));
    expect(await within(dialog).findByText('请填写仍存在的问题', {}, WAIT)).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('已修好，业主确认'));
    await user.click(screen.getByTestId('warranty-visit-step-submit'));
    expect(await within(dialog).findByText('请填写业主评分（1–5）', {}, WAIT)).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits/v1/confirmation')).toHaveLength(0);
    await user.click(
      within(await within(dialog).findByTestId('warranty-visit-rating', {}, WAIT)).getAllByRole('radio')[3],
    );
    await user.click(screen.getByTestId('warranty-visit-step-submit'));
    await waitFor(() =>
      expect(sent('POST', '/projects/p1/warranty-tickets/w1/visits/v1/confirmation')).toHaveLength(1),
    );
    expect(bodyOf('POST', '/projects/p1/warranty-tickets/w1/visits/v1/confirmation')).toEqual({
      outcome: 'confirmed',
      rating: 4,
    });
    expect(await within(drawer).findByText('业主已确认', {}, WAIT)).toBeInTheDocument();
    expect(within(drawer).getByTestId('warranty-status')).toHaveTextContent('已关闭');
  });
});

describe('回访任务: the call-back list for customer service', () => {
  it('lists the open tasks, closes one only with what came of the call, and opens its ticket', async () => {
    let tasks = [TASK];
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-call-backs') return { status: 200, body: page(tasks) };
      if (path === '/projects/p1/warranty-call-backs/t1/close') {
        tasks = [];
        return {
          status: 200,
          body: { ...TASK, closedAt: '2030-03-03T09:00:00.000Z', closeReason: 'closed_by_customer_service' },
        };
      }
      if (path === '/projects/p1/warranty-tickets/w1') return { status: 200, body: TICKET };
      if (path === '/projects/p1/warranty-tickets/w1/visits')
        return { status: 200, body: { items: [], ownerProposedWindows: [] } };
      return undefined;
    };
    const user = userEvent.setup();
    openWarranty();
    const card = await screen.findByTestId('warranty-call-backs', {}, WAIT);
    const row = await within(card).findByTestId('warranty-call-back-task', {}, WAIT);
    expect(row).toHaveTextContent('1-1-101');
    expect(row).toHaveTextContent('王师傅');
    expect(sent('GET', '/projects/p1/warranty-call-backs')[0].path).toContain('status=open');

    await user.click(within(row).getByTestId('warranty-call-back-close'));
    const form = await screen.findByTestId('warranty-call-back-close-form', {}, WAIT);
    const dialog = form.closest('.ant-modal') as HTMLElement;
    await user.click(screen.getByTestId('warranty-call-back-close-submit'));
    expect(await within(dialog).findByText('请填写回访结果', {}, WAIT)).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/warranty-call-backs/t1/close')).toHaveLength(0);
    await user.type(within(dialog).getByTestId('warranty-call-back-note'), '已电话联系业主，确认已修好');
    await user.click(screen.getByTestId('warranty-call-back-close-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-call-backs/t1/close')).toHaveLength(1));
    expect(bodyOf('POST', '/projects/p1/warranty-call-backs/t1/close')).toEqual({ note: '已电话联系业主，确认已修好' });
    expect(await within(card).findByText('暂无回访任务', {}, WAIT)).toBeInTheDocument();

    tasks = [TASK];
    await user.click(within(card).getByText('已关闭'));
    await waitFor(() =>
      expect(sent('GET', '/projects/p1/warranty-call-backs').at(-1)!.path).toContain('status=closed'),
    );
    await user.click(await within(card).findByText('1-1-101', {}, WAIT));
    expect(await screen.findByTestId('warranty-drawer', {}, WAIT)).toBeInTheDocument();
    expect(window.location.search).toContain('ticket=w1');
  });
});
