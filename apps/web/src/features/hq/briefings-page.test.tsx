import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The briefing page in the whole console (router, session, the product's query client), against a stubbed server:
 * whatever the server answers, the page ends on its data or on the server's own message, never on a skeleton.
 */
type Answer = { status: number; body: unknown };
const requests: string[] = [];
let answerFor: (path: string) => Answer | undefined = () => undefined;

const PROJECT = {
  id: 'p1',
  name: '金鸡湖壹号',
  batch: '三期',
  cityCompany: '苏州城市公司',
  firstHandoverDate: '2026-12-04',
  currentPhase: 'handoverDays',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const SERVER_ERROR = {
  statusCode: 500,
  error: 'Internal Server Error',
  message: 'Something went wrong on our side; it has been logged.',
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const path = `${url.pathname}${url.search}`;
  requests.push(url.pathname);
  const answer =
    answerFor(path) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '集团交付中心', role: 'hq', department: null } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : { status: 500, body: SERVER_ERROR });
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
const { MAX_RETRIES } = await import('../../shared/query-client');
await import('../../i18n');

const LIST = '/projects/p1/briefings';
const DETAIL = '/projects/p1/briefings/2026-12-02';
/** Neither a skeleton nor its wrapper is on the page. */
function expectNoSkeleton() {
  expect(screen.queryByTestId('loading')).toBeNull();
  expect(document.querySelector('.ant-skeleton')).toBeNull();
}
const count = (path: string) => requests.filter((request) => request === path).length;

function openBriefings(search = '?date=2026-12-02') {
  window.history.pushState({}, '', `/console/projects/p1/briefings${search}`);
  return render(<App />);
}

/** Both the list and the selected briefing have ended on an alert with a usable retry button (retries are over). */
async function settledAlerts(): Promise<HTMLElement[]> {
  let alerts: HTMLElement[] = [];
  await waitFor(
    () => {
      alerts = screen.getAllByRole('alert');
      expect(alerts).toHaveLength(2);
      for (const alert of alerts) expect(within(alert).getByTestId('retry')).not.toHaveClass('ant-btn-loading');
    },
    { timeout: 8_000 },
  );
  return alerts;
}

describe('<BriefingsPage> when the server refuses or fails', () => {
  beforeEach(() => {
    requests.length = 0;
    answerFor = () => undefined;
    session.save(
      `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
    );
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the server’s message on a 500 as soon as the first answer fails, and stops retrying after two more', async () => {
    openBriefings();
    expect(await screen.findByTestId('project-title', {}, { timeout: 10_000 })).toHaveTextContent('金鸡湖壹号 · 三期');
    // The first failure is on screen while the retries run behind it.
    const first = await screen.findAllByRole('alert', {}, { timeout: 2_000 });
    expect(first[0]).toHaveTextContent('Something went wrong on our side; it has been logged.');

    const alerts = await settledAlerts();
    for (const alert of alerts) {
      expect(alert).toHaveTextContent('服务器出错');
      expect(alert).toHaveTextContent('Something went wrong on our side; it has been logged.');
    }
    expectNoSkeleton();
    expect(count(LIST)).toBe(1 + MAX_RETRIES);
    expect(count(DETAIL)).toBe(1 + MAX_RETRIES);
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
    expect(count(LIST)).toBe(1 + MAX_RETRIES);
  }, 20_000);

  it('shows a 4xx at once, asking only once: a refusal does not change on retry', async () => {
    answerFor = (path) => {
      if (path.startsWith(`${LIST}?`))
        return { status: 403, body: { statusCode: 403, message: 'This project is not yours to read.' } };
      if (path === DETAIL) {
        return {
          status: 404,
          body: { statusCode: 404, message: 'There is no briefing of this project for 2026-12-02 yet.' },
        };
      }
      return undefined;
    };
    openBriefings();
    const alerts = await settledAlerts();
    const text = alerts.map((alert) => alert.textContent).join(' | ');
    expect(text).toContain('无权操作');
    expect(text).toContain('This project is not yours to read.');
    expect(text).toContain('未找到');
    expect(text).toContain('There is no briefing of this project for 2026-12-02 yet.');
    expectNoSkeleton();
    expect(count(LIST)).toBe(1);
    expect(count(DETAIL)).toBe(1);
  }, 20_000);

  // TanStack Query holds retries back while the page is hidden and, by default, holds every request while offline:
  // either used to leave the skeleton up with no word of what the server said.
  it('shows the message while retries are held back in a hidden tab', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      openBriefings('');
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent('Something went wrong on our side; it has been logged.');
      expectNoSkeleton();
    } finally {
      visibility.mockRestore();
    }
  }, 20_000);

  it('still asks, and shows the answer, when the browser believes it is offline', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      openBriefings('');
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent('Something went wrong on our side; it has been logged.');
      expectNoSkeleton();
    } finally {
      online.mockRestore();
    }
  }, 20_000);

  it('shows the project’s own error in the heading and the page instead of their skeletons', async () => {
    answerFor = (path) => (path === '/projects/p1' ? { status: 500, body: SERVER_ERROR } : undefined);
    openBriefings('');
    await waitFor(
      () => {
        const alerts = screen.getAllByRole('alert');
        expect(alerts.length).toBeGreaterThanOrEqual(1);
        for (const alert of alerts) expect(alert).toHaveTextContent('Something went wrong on our side');
        expectNoSkeleton();
      },
      { timeout: 10_000 },
    );
  }, 20_000);

  it('renders the briefing when the server has one', async () => {
    const briefing = {
      projectId: 'p1',
      date: '2026-12-02',
      day: 'D-2',
      figures: Object.fromEntries(
        [
          'totalUnits',
          'handedOverToday',
          'handedOverCumulative',
          'handoverRateBp',
          'ownersReceivedToday',
          'inspectionsToday',
          'defectsRaisedToday',
          'defectsFixedOnSpotToday',
          'defectsOpen',
          'objectionsOpen',
          'objectionsOverdue',
          'complaintsOpen',
          'complaintsOverdue',
          'settledFen',
          'refundedFen',
          'incidentsToday',
        ].map((key) => [key, key === 'totalUnits' ? 120 : 0]),
      ),
      change: null,
      handoverRate: '55.0%',
      settled: { fen: 0, yuan: '0.00' },
      refunded: { fen: 0, yuan: '0.00' },
      markdown: '### 集中交付快报',
      generatedAt: '2026-12-02T12:00:00.000Z',
      generations: 1,
    };
    answerFor = (path) => {
      if (path.startsWith(`${LIST}?`)) return { status: 200, body: { items: [briefing] } };
      if (path === DETAIL) return { status: 200, body: briefing };
      return undefined;
    };
    openBriefings();
    expect(await screen.findByTestId('briefing-detail', {}, { timeout: 10_000 })).toHaveTextContent('2026-12-02 · D-2');
    expect(screen.getByTestId('figure-totalUnits')).toHaveTextContent('120');
    expect(screen.queryByRole('alert')).toBeNull();
  }, 20_000);
});
