import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarrantyTicket } from './warranty-forms';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 40_000 });

/** 维保 in the whole console (router, session, query client) against a stubbed server that records requests. */
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
  component: 'decoration',
  description: '木地板起拱',
  reportedAt: '2026-01-10T02:00:00.000Z',
  handedOverOn: '2025-06-01',
  warrantyYears: 2,
  coveredUntil: '2027-06-01',
  status: 'repaired',
  visitAt: '2026-01-11T06:00:00.000Z',
  visitNote: '业主下午在家',
  repairedAt: '2026-01-11T08:00:00.000Z',
  repairNote: '已重新铺设',
  confirmedAt: null,
  rating: null,
  needsCallBack: true,
  createdAt: '2026-01-10T02:05:00.000Z',
};
const PERIODS = {
  periods: [
    { component: 'roof_waterproofing', years: 5, statutoryYears: 5 },
    { component: 'decoration', years: 2, statutoryYears: 2 },
  ],
};
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 20, total: items.length });

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
        : url.pathname === '/projects/p1/warranty-periods' && input.method === 'GET'
          ? { status: 200, body: PERIODS }
          : url.pathname === '/projects/p1/warranty-call-backs'
            ? { status: 200, body: page([]) }
            : /^\/projects\/p1\/warranty-tickets\/[^/]+\/visits$/.test(url.pathname)
              ? { status: 200, body: { items: [], ownerProposedWindows: [] } }
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
async function fill(element: HTMLElement, text: string) {
  await userEvent.click(element);
  await userEvent.paste(text);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

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

describe('WarrantyPage 维保', () => {
  it('lists the call-backs due from the API and shows the out-of-warranty refusal with the day the period ended', async () => {
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-tickets' && method === 'GET') return { status: 200, body: page([TICKET]) };
      if (path === '/projects/p1/warranty-tickets' && method === 'POST')
        return {
          status: 422,
          body: {
            statusCode: 422,
            code: 'WARRANTY_EXPIRED',
            params: {
              component: 'decoration',
              years: 2,
              handedOverOn: '2020-03-10',
              lastDay: '2022-03-10',
              endedOn: '2022-03-11',
              reportedOn: '2022-03-11',
            },
            message: 'ended',
          },
        };
      if (path === '/projects/p1/units')
        return {
          status: 200,
          body: page([{ id: 'u-101', building: '1', unit: '1', room: '101', ownerName: '王业主' }]),
        };
      return undefined;
    };
    openWarranty();
    const row = await screen.findByTestId('warranty-row', {}, { timeout: 10_000 });
    expect(within(row).getByText('1-1-101')).toBeInTheDocument();
    expect(within(row).getByTestId('warranty-call-back')).toHaveTextContent('待回访');
    await userEvent.click(screen.getByTestId('warranty-filter-call-back'));
    await waitFor(() =>
      expect(sent('GET', '/projects/p1/warranty-tickets').at(-1)!.path).toContain('needsCallBack=true'),
    );
    expect(window.location.search).toContain('needsCallBack=true');

    await userEvent.click(screen.getByTestId('warranty-create'));
    const dialog = (await screen.findByTestId('warranty-create-form')).closest('.ant-modal') as HTMLElement;
    await userEvent.click(screen.getByTestId('warranty-create-submit'));
    expect(await within(dialog).findByText('请填写房屋')).toBeInTheDocument();
    expect(await within(dialog).findByText('请填写报修部位')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/warranty-tickets')).toHaveLength(0);

    await userEvent.click(within(dialog).getByTestId('warranty-unit').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('1-1-101 · 王业主'));
    await userEvent.click(within(dialog).getByTestId('warranty-component').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('装修工程'));
    await fill(within(dialog).getByTestId('warranty-description'), '木地板起拱');
    await userEvent.click(screen.getByTestId('warranty-create-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets')).toHaveLength(1));
    const body = JSON.parse(sent('POST', '/projects/p1/warranty-tickets')[0].body) as Record<string, string>;
    expect(body).toEqual({
      unitId: 'u-101',
      component: 'decoration',
      description: '木地板起拱',
      reportedAt: expect.stringMatching(/:00\.000Z$/),
    });
    expect(Math.abs(Date.parse(body.reportedAt) - Date.now())).toBeLessThan(3 * 60_000);
    expect(await within(dialog).findByText(/已于 2022-03-11 届满/)).toBeInTheDocument();
  });

  it("walks a ticket's steps: the call-back warning, then the owner's confirmation with a rating", async () => {
    let ticket: WarrantyTicket = TICKET;
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-tickets' && method === 'GET') return { status: 200, body: page([ticket]) };
      if (path === '/projects/p1/warranty-tickets/w1') return { status: 200, body: ticket };
      if (path === '/projects/p1/warranty-tickets/w1/confirm') {
        ticket = {
          ...TICKET,
          status: 'closed',
          rating: 4,
          confirmedAt: '2026-01-12T02:00:00.000Z',
          needsCallBack: false,
        };
        return { status: 200, body: ticket };
      }
      return undefined;
    };
    openWarranty('?ticket=w1');
    const drawer = await screen.findByTestId('warranty-drawer', {}, { timeout: 10_000 });
    expect(await within(drawer).findByTestId('warranty-status')).toHaveTextContent('已维修待确认');
    expect(within(drawer).getByTestId('warranty-call-back-due')).toBeInTheDocument();
    expect(within(drawer).getByTestId('warranty-period')).toHaveTextContent('2 年，至 2027-06-01');
    expect(within(drawer).queryByTestId('warranty-action-book_visit')).toBeNull();
    await userEvent.click(within(drawer).getByTestId('warranty-action-confirm'));
    const dialog = (await screen.findByTestId('warranty-action-form')).closest('.ant-modal') as HTMLElement;
    await userEvent.click(screen.getByTestId('warranty-action-submit'));
    expect(await within(dialog).findByText('请填写业主评分（1–5）')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/warranty-tickets/w1/confirm')).toHaveLength(0);
    await userEvent.click(within(dialog).getAllByRole('radio')[3]);
    await userEvent.click(screen.getByTestId('warranty-action-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/warranty-tickets/w1/confirm')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/warranty-tickets/w1/confirm')[0].body)).toEqual({ rating: 4 });
    expect(await within(drawer).findByTestId('warranty-done')).toBeInTheDocument();
    expect(within(drawer).getByTestId('warranty-status')).toHaveTextContent('已关闭');
  });

  it('sends only the periods changed, never below the statute', async () => {
    answerFor = (method, path) => {
      if (path === '/projects/p1/warranty-tickets' && method === 'GET') return { status: 200, body: page([]) };
      if (path === '/projects/p1/warranty-periods' && method === 'PUT') return { status: 200, body: PERIODS };
      return undefined;
    };
    openWarranty();
    expect(await screen.findByTestId('warranty-empty', {}, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.click(await screen.findByTestId('warranty-periods-edit'));
    const input =
      (await screen.findByTestId('warranty-period-decoration')).querySelector('input') ??
      (screen.getByTestId('warranty-period-decoration') as HTMLInputElement);
    await userEvent.clear(input);
    await userEvent.type(input, '3');
    await userEvent.click(screen.getByTestId('warranty-periods-save'));
    await waitFor(() => expect(sent('PUT', '/projects/p1/warranty-periods')).toHaveLength(1));
    expect(JSON.parse(sent('PUT', '/projects/p1/warranty-periods')[0].body)).toEqual({
      periods: [{ component: 'decoration', years: 3 }],
    });
  });
});
