import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the machine is shared: a slow render is not a failure
vi.setConfig({ testTimeout: 45_000 });

/** 我的整改单 and a work order's detail against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  contentType: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string, search: URLSearchParams) => Answer | undefined = () => undefined;
const me = { id: 'c1', name: '孙施工', role: 'contractor', department: null, contractorCompanyId: 'co1' };

const project = (id: string, name: string) => ({
  id,
  name,
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  atRisk: false,
  status: 'active',
  timeZone: 'Asia/Shanghai',
  centralizedDays: 3,
  createdAt: '2030-01-01T00:00:00.000Z',
  leadUserId: 'l1',
  cityResponsibleUserId: null,
  workflowId: 'w',
});
const NEXT: Record<string, string[]> = {
  assigned: ['assigned', 'fixed', 'cannot_fix', 'disputed'],
  fixed: ['verified', 'assigned'],
  disputed: ['assigned', 'dismissed'],
  verified: [],
};
function defect(id: string, projectId: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    projectId,
    unitId: 'u-101',
    publicArea: null,
    source: 'open_day',
    category: 'quality',
    trade: '给排水',
    description: `问题${id}`,
    responsibleParty: '滨江给排水',
    contractorCompanyId: 'co1',
    acceptedAt: null,
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
    unit: { building: '1#', unitNo: '1', room: '101' },
    photoCount: 0,
    ...extra,
  };
}
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 200, total: items.length });
const refusal = (status: number, code: string, params: Record<string, string>, message = 'refused') => ({
  status,
  body: { statusCode: status, code, params, message },
});

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
    answerFor(input.method, url.pathname, url.searchParams) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects'
        ? { status: 200, body: page([project('p1', '滨江壹号'), project('p2', '西湖贰号')]) }
        : url.pathname.endsWith('/photos') && input.method === 'GET'
          ? { status: 200, body: [] }
          : { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { ContractorDefectsPage } = await import('./contractor-defects-page');
const { ContractorDefectPage } = await import('./contractor-defect-page');

const posts = () => received.filter((r) => r.method === 'POST');
const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
const DETAIL = '/contractor/projects/:projectId/defects/:defectId';

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'c1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('<ContractorDefectsPage> 我的整改单', () => {
  it("lists the company's defects of every project, overdue first and highlighted, with the reopen count", async () => {
    answerFor = (method, path) =>
      path === '/projects/p1/defects'
        ? {
            status: 200,
            body: page([
              defect('a', 'p1', 'fixed', { deadline: '2099-02-01' }),
              defect('b', 'p1', 'assigned', { deadline: '2099-01-15', reopenCount: 2 }),
            ]),
          }
        : path === '/projects/p2/defects'
          ? { status: 200, body: page([defect('late', 'p2', 'assigned', { deadline: '2020-01-31' })]) }
          : undefined;
    renderProjectPage(ContractorDefectsPage, '/contractor', '/contractor');
    await waitFor(() => expect(screen.getAllByTestId('work-order')).toHaveLength(3), { timeout: 10_000 });
    const cards = screen.getAllByTestId('work-order');
    expect(cards.map((card) => card.getAttribute('data-defect-id'))).toEqual(['late', 'b', 'a']);
    expect(cards[0]).toHaveAttribute('data-overdue', 'true');
    expect(cards[0]).toHaveClass('contractor-card--overdue');
    expect(within(cards[0]!).getByTestId('work-order-overdue')).toHaveTextContent('已超期');
    expect(within(cards[0]!).getByText(/西湖贰号/)).toBeVisible();
    expect(within(cards[1]!).getByTestId('work-order-reopened')).toHaveTextContent('退回 2 次');
    expect(cards[2]).toHaveAttribute('data-overdue', 'false');
    expect(within(cards[2]!).getByTestId('defect-status')).toHaveTextContent('已整改');
    expect(cards[0]).toHaveAttribute('href', '/contractor/projects/p2/defects/late');
  });

  it('asks the API for the project and status in the URL only', async () => {
    answerFor = (method, path) =>
      path === '/projects/p2/defects'
        ? { status: 200, body: page([defect('d', 'p2', 'disputed', { disputeReason: 'not_a_defect' })]) }
        : undefined;
    renderProjectPage(ContractorDefectsPage, '/contractor', '/contractor?project=p2&status=disputed');
    const card = await screen.findByTestId('work-order', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('defect-status')).toHaveTextContent('施工单位有异议');
    const asked = received.filter((r) => r.path.includes('/defects')).map((r) => r.path);
    expect(asked).toEqual(['/projects/p2/defects?pageSize=200&status=disputed']);
  });

  it('shows the server error instead of spinning, and an empty list as empty', async () => {
    answerFor = (method, path) =>
      path === '/projects/p1/defects'
        ? { status: 200, body: page([]) }
        : path === '/projects/p2/defects'
          ? { status: 503, body: { statusCode: 503, message: 'down' } }
          : undefined;
    const first = renderProjectPage(ContractorDefectsPage, '/contractor', '/contractor?project=p1');
    expect(await screen.findByTestId('contractor-empty', {}, { timeout: 10_000 })).toBeVisible();
    first.unmount();
    renderProjectPage(ContractorDefectsPage, '/contractor', '/contractor?project=p2');
    expect(await screen.findByTestId('retry', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByTestId('contractor-empty')).toBeNull();
    expect(screen.queryByTestId('work-order')).toBeNull();
  });
});

describe('<ContractorDefectPage> a work order', () => {
  let current: Record<string, unknown>;
  const serve = (extra: (method: string, path: string) => Answer | undefined = () => undefined) => {
    answerFor = (method, path) =>
      extra(method, path) ??
      (method === 'GET' && path === '/projects/p1/defects/d1'
        ? { status: 200, body: current }
        : method === 'GET' && path === '/projects/p1/defects'
          ? { status: 200, body: page([current]) }
          : undefined);
  };

  it('accepts, is refused a fix without a photo in words from the code, then uploads an after photo and fixes', async () => {
    const user = userEvent.setup();
    current = defect('d1', 'p1', 'assigned');
    let photoSent = false;
    serve((method, path) => {
      if (method === 'POST' && path === '/projects/p1/defects/d1/accept') {
        current = { ...current, acceptedAt: '2030-02-02T00:00:00.000Z' };
        return { status: 200, body: current };
      }
      if (method === 'POST' && path === '/projects/p1/defects/d1/photos') {
        photoSent = true;
        return { status: 201, body: { id: 'ph1', defectId: 'd1', stage: 'after' } };
      }
      if (method === 'POST' && path === '/projects/p1/defects/d1/fix') {
        if (!photoSent) return refusal(409, 'DEFECT_FIX_PHOTO_REQUIRED', { defectId: 'd1' });
        current = { ...current, status: 'fixed', allowedNext: NEXT.fixed! };
        return { status: 200, body: current };
      }
      return undefined;
    });
    renderProjectPage(ContractorDefectPage, DETAIL, '/contractor/projects/p1/defects/d1');
    expect(await screen.findByTestId('contractor-defect-description', {}, { timeout: 10_000 })).toHaveTextContent(
      '问题d1',
    );
    expect(await screen.findByText('1#-1-101')).toBeVisible();
    // the contractor's actions only
    const actions = screen.getByTestId('contractor-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['接单', '标记已整改', '提出异议']);
    await user.click(screen.getByTestId('contractor-accept'));
    await waitFor(() => expect(screen.queryByTestId('contractor-accept')).toBeNull());

    await user.click(screen.getByTestId('contractor-fix'));
    await user.click(screen.getByTestId('contractor-fix-submit'));
    expect(await screen.findByTestId('contractor-fix-error')).toHaveTextContent(
      '标记“已整改”前请先上传至少一张整改后照片',
    );
    fireEvent.change(screen.getByTestId('contractor-fix-photo'), { target: { files: [png('fixed.png')] } });
    await user.type(screen.getByTestId('contractor-fix-note'), '已更换');
    await user.click(screen.getByTestId('contractor-fix-submit'));
    await waitFor(() => expect(screen.getByTestId('defect-status')).toHaveAttribute('data-status', 'fixed'));
    expect(screen.getByTestId('contractor-no-actions')).toBeVisible();

    const sent = posts();
    expect(sent.map((r) => r.path)).toEqual([
      '/projects/p1/defects/d1/accept',
      '/projects/p1/defects/d1/fix',
      '/projects/p1/defects/d1/photos?stage=after',
      '/projects/p1/defects/d1/fix',
    ]);
    expect(sent[2]!.contentType).toMatch(/^multipart\/form-data/);
    expect(sent[2]!.body).toContain('name="file"');
    expect(JSON.parse(sent[3]!.body)).toEqual({ note: '已更换' });
  });

  it('disputes with a reason and a note, and shows the dispute afterwards', async () => {
    const user = userEvent.setup();
    current = defect('d1', 'p1', 'assigned', { acceptedAt: '2030-02-02T00:00:00.000Z' });
    serve((method, path) => {
      if (method === 'POST' && path === '/projects/p1/defects/d1/dispute') {
        current = {
          ...current,
          status: 'disputed',
          allowedNext: NEXT.disputed!,
          disputeReason: 'caused_by_owner',
          disputeNote: '业主自行改动',
        };
        return { status: 200, body: current };
      }
      return undefined;
    });
    renderProjectPage(ContractorDefectPage, DETAIL, '/contractor/projects/p1/defects/d1');
    await user.click(await screen.findByTestId('contractor-dispute', {}, { timeout: 10_000 }));
    await user.click(screen.getByTestId('contractor-dispute-submit'));
    expect(await screen.findByText('请选择异议理由')).toBeVisible();
    expect(screen.getByText('请说明异议的理由')).toBeVisible();
    expect(posts()).toHaveLength(0);
    await user.click(screen.getByText('业主原因造成'));
    await user.type(screen.getByTestId('contractor-dispute-note'), ' 业主自行改动 ');
    await user.click(screen.getByTestId('contractor-dispute-submit'));
    expect(await screen.findByTestId('own-dispute')).toHaveTextContent('业主原因造成');
    expect(screen.getByTestId('defect-status')).toHaveTextContent('施工单位有异议');
    expect(JSON.parse(posts()[0]!.body)).toEqual({ reason: 'caused_by_owner', note: '业主自行改动' });
  });

  it("shows another company's defect as a page that does not exist, with nothing of it", async () => {
    serve();
    renderProjectPage(ContractorDefectPage, DETAIL, '/contractor/projects/p1/defects/theirs');
    expect(await screen.findByTestId('contractor-not-found', {}, { timeout: 10_000 })).toHaveTextContent(
      '没有这个问题项',
    );
    expect(screen.queryByTestId('contractor-defect')).toBeNull();
  });
});
