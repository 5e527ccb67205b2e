import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instantToWallTime } from '@handover/domain';
import { allowedActions, type Complaint } from './complaint-rules';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 40_000 });

/** 投诉与异议 in the whole console (router, session, query client) against a stubbed server that records requests. */
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
const COMPLAINT: Complaint = {
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
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 20, total: items.length });
const PAST = '2026-01-11T10:00:00.000Z';
const FUTURE = '2099-01-11T10:00:00.000Z';

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
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

function openComplaints(search = '') {
  window.history.pushState({}, '', `/console/projects/p1/complaints${search}`);
  return render(<App />);
}
/** The open step's dialog (the drawer is a dialog too). */
async function actionDialog(): Promise<HTMLElement> {
  return (await screen.findByTestId('complaint-action-form')).closest('.ant-modal') as HTMLElement;
}
/** Types a text the way a paste does (character-by-character typing re-renders the form each time). */
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

describe('complaint rules', () => {
  it('offers the steps the handling order allows, only a follow-up once replied', () => {
    expect(allowedActions({ id: 'c', status: 'received' })).toEqual(['accept']);
    expect(allowedActions({ id: 'c', status: 'accepted' })).toEqual([
      'investigate',
      'change_reply_deadline',
      'follow_up',
    ]);
    expect(allowedActions({ id: 'c', status: 'investigating' })).toEqual([
      'investigate',
      'determine_responsibility',
      'change_reply_deadline',
      'follow_up',
    ]);
    expect(allowedActions({ id: 'c', status: 'responsibility_determined' })).toEqual([
      'reply',
      'change_reply_deadline',
      'follow_up',
    ]);
    expect(allowedActions({ id: 'c', status: 'replied' })).toEqual(['follow_up']);
  });
});

describe('ComplaintsPage 投诉与异议', () => {
  it('lists the API’s page in the API’s order (overdue, escalated, the rest) and passes the filters to the API', async () => {
    answerFor = (method, path) =>
      path === '/projects/p1/complaints' && method === 'GET'
        ? {
            status: 200,
            // the API sorts by urgency across pages; the page shows its order as given
            body: page([
              { ...COMPLAINT, id: 'c2', subject: '车位纠纷', status: 'accepted', replyDeadline: PAST },
              { ...COMPLAINT, id: 'c3', subject: '群诉: 绿化', severity: 'group' },
              COMPLAINT,
            ]),
          }
        : undefined;
    openComplaints('?status=accepted');
    const rows = await screen.findAllByTestId('complaint-row', {}, { timeout: 10_000 });
    expect(rows.map((row) => within(row).getByTestId('complaint-open').textContent)).toEqual([
      '车位纠纷',
      '群诉: 绿化',
      '客厅渗水',
    ]);
    expect(within(rows[0]).getByTestId('complaint-overdue')).toHaveTextContent('答复超时');
    expect(within(rows[0]).getByTestId('complaint-escalated')).toHaveTextContent('已上报集团');
    expect(within(rows[1]).queryByTestId('complaint-overdue')).toBeNull();
    expect(within(rows[1]).getByTestId('complaint-escalated')).toHaveTextContent('已上报集团');
    expect(within(rows[2]).queryByTestId('complaint-overdue')).toBeNull();
    expect(within(rows[2]).queryByTestId('complaint-escalated')).toBeNull();
    expect(
      screen.getByText('答复超时的投诉排在最前，其次是已上报集团的，其余按接报时间从新到旧。'),
    ).toBeInTheDocument();
    expect(sent('GET', '/projects/p1/complaints')[0].path).toContain('status=accepted');
  });

  it('records a complaint received now (project time), escalating a major one, then opens it', async () => {
    answerFor = (method, path) => {
      if (path === '/projects/p1/complaints' && method === 'GET') return { status: 200, body: page([]) };
      if (path === '/projects/p1/complaints' && method === 'POST')
        return { status: 201, body: { ...COMPLAINT, severity: 'major' } };
      if (path === '/projects/p1/complaints/c1')
        return { status: 200, body: { ...COMPLAINT, severity: 'major', unitId: 'u-1201' } };
      if (path === '/projects/p1/units')
        return {
          status: 200,
          body: page([{ id: 'u-1201', building: '3#', unit: '1', room: '1201', ownerName: '王业主' }]),
        };
      return undefined;
    };
    openComplaints();
    const openedAt = Date.now();
    await userEvent.click(await screen.findByTestId('complaint-create', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(screen.getByTestId('complaint-create-submit'));
    expect(await within(dialog).findByText('请填写事由')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/complaints')).toHaveLength(0);

    await fill(within(dialog).getByTestId('complaint-subject'), '客厅渗水');
    await fill(within(dialog).getByTestId('complaint-description'), '3#-1-1201 客厅顶棚渗水');
    // the time received defaults to the project's wall clock now (the accept test covers a picked time's zone): the
    // minute the dialog opened in, or the next one if the clock turned a minute meanwhile
    const defaultedTo = (within(dialog).getByTestId('complaint-received-at') as HTMLInputElement).value;
    expect([instantToWallTime(openedAt, 'Asia/Shanghai'), instantToWallTime(Date.now(), 'Asia/Shanghai')]).toContain(
      defaultedTo,
    );
    await userEvent.click(within(dialog).getByTestId('complaint-unit').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('3#-1-1201 · 王业主'));
    await userEvent.click(within(dialog).getByTestId('complaint-severity').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('重大'));
    await userEvent.click(screen.getByTestId('complaint-create-submit'));

    await waitFor(() => expect(sent('POST', '/projects/p1/complaints')).toHaveLength(1));
    const body = JSON.parse(sent('POST', '/projects/p1/complaints')[0].body) as Record<string, string>;
    expect(body).toEqual({
      subject: '客厅渗水',
      description: '3#-1-1201 客厅顶棚渗水',
      receivedAt: expect.stringMatching(/:00\.000Z$/),
      severity: 'major',
      unitId: 'u-1201',
    });
    expect(Math.abs(Date.parse(body.receivedAt) - Date.now())).toBeLessThan(3 * 60_000);
    const drawer = await screen.findByTestId('complaint-drawer');
    expect(await within(drawer).findByTestId('complaint-status')).toHaveTextContent('已登记');
    expect(within(drawer).getByTestId('complaint-escalated')).toBeInTheDocument();
    expect(window.location.search).toContain('complaint=c1');
    expect(within(drawer).getByTestId('complaint-unit-link')).toHaveAttribute(
      'href',
      '/console/projects/p1/units/u-1201',
    );
  });

  it('shows only the allowed steps and the server’s refusal of a reply time in Chinese', async () => {
    answerFor = (method, path) => {
      if (path === '/projects/p1/complaints' && method === 'GET') return { status: 200, body: page([COMPLAINT]) };
      if (path === '/projects/p1/complaints/c1') return { status: 200, body: COMPLAINT };
      if (path === '/projects/p1/complaints/c1/accept')
        return {
          status: 400,
          body: {
            statusCode: 400,
            code: 'COMPLAINT_REPLY_DEADLINE_TOO_EARLY',
            message: 'replyDeadline must be after the time the complaint was received.',
          },
        };
      return undefined;
    };
    openComplaints('?complaint=c1');
    const drawer = await screen.findByTestId('complaint-drawer', {}, { timeout: 10_000 });
    const actions = await within(drawer).findByTestId('complaint-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['受理']);

    await userEvent.click(within(actions).getByTestId('complaint-action-accept'));
    const dialog = await actionDialog();
    const deadline = within(dialog).getByTestId('complaint-reply-deadline');
    await userEvent.click(deadline);
    await userEvent.type(deadline, '2026-01-09 18:00{Enter}');
    await userEvent.click(screen.getByTestId('complaint-action-submit'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('承诺答复时间（replyDeadline）须晚于接报时间。');
    expect(JSON.parse(sent('POST', '/projects/p1/complaints/c1/accept')[0].body)).toEqual({
      replyDeadline: '2026-01-09T10:00:00.000Z',
    });
  });

  it('takes a complaint from responsibility determined to its reply, after which no step but follow-up is left', async () => {
    let replied = false;
    const determined = {
      ...COMPLAINT,
      status: 'responsibility_determined',
      replyDeadline: FUTURE,
      facts: '屋面防水层破损',
      responsibleParty: '总包',
      responsibility: '施工质量问题',
    };
    answerFor = (method, path) => {
      if (path === '/projects/p1/complaints' && method === 'GET') return { status: 200, body: page([determined]) };
      if (path === '/projects/p1/complaints/c1')
        return {
          status: 200,
          body: replied ? { ...determined, status: 'replied', replyContent: '将于一周内修复' } : determined,
        };
      if (path === '/projects/p1/complaints/c1/reply') {
        replied = true;
        return { status: 200, body: { ...determined, status: 'replied', replyContent: '将于一周内修复' } };
      }
      return undefined;
    };
    openComplaints();
    await userEvent.click(await screen.findByTestId('complaint-open', {}, { timeout: 10_000 }));
    const drawer = await screen.findByTestId('complaint-drawer');
    await userEvent.click(await within(drawer).findByTestId('complaint-action-reply'));
    const dialog = await actionDialog();
    await fill(within(dialog).getByTestId('complaint-reply-content'), ' 将于一周内修复 ');
    await userEvent.click(screen.getByTestId('complaint-action-submit'));
    await waitFor(() => expect(within(drawer).getByTestId('complaint-status')).toHaveTextContent('已答复'));
    expect(JSON.parse(sent('POST', '/projects/p1/complaints/c1/reply')[0].body)).toEqual({ content: '将于一周内修复' });
    expect(within(drawer).getByTestId('complaint-reply')).toHaveTextContent('将于一周内修复');
    expect(within(drawer).queryByTestId('complaint-action-reply')).toBeNull();
    expect(within(drawer).getByTestId('complaint-action-follow_up')).toBeInTheDocument();
  });
});
