import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 40_000 });

/** 满意度调查录入 in the whole console against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'summary',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
  milestones: [],
};
const unit = (room: string) => ({
  id: `u-${room}`,
  projectId: 'p1',
  building: '1#',
  unit: '1',
  room,
  ownerName: `业主${room}`,
  ownerPhoneMasked: '139****0000',
  handoverState: 'handed_over',
});
const UNITS = [unit('101'), unit('102')];
let dimensions = { items: [] as { id: string; name: string; position: number }[], responses: 0 };

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const search = url.searchParams.get('search');
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/survey/dimensions' && input.method === 'GET'
          ? { status: 200, body: dimensions }
          : url.pathname === '/projects/p1/units'
            ? {
                status: 200,
                body: {
                  items: UNITS.filter((u) => !search || u.room.includes(search)),
                  page: 1,
                  pageSize: 20,
                  total: 2,
                },
              }
            : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');
const { parseScore } = await import('./survey-entry-form');

function openEntry() {
  window.history.pushState({}, '', '/console/projects/p1/survey/entry');
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path === path);

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
  dimensions = { items: [], responses: 0 };
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('parseScore', () => {
  it('takes whole numbers from 1 to 10 only', () => {
    expect([parseScore('1'), parseScore(' 10 '), parseScore('7')]).toEqual([1, 10, 7]);
    expect([parseScore(''), parseScore('0'), parseScore('11'), parseScore('7.5'), parseScore('a')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('<SurveyEntryPage> 满意度调查录入', () => {
  it('sets the dimensions: typed names are sent in one POST and shown', async () => {
    answerFor = (method, path) => {
      if (method !== 'POST' || path !== '/projects/p1/survey/dimensions') return undefined;
      const { names } = JSON.parse(received.at(-1)!.body) as { names: string[] };
      dimensions = { items: names.map((name, i) => ({ id: `d${i}`, name, position: i })), responses: 0 };
      return { status: 201, body: dimensions };
    };
    openEntry();
    const input = within(await screen.findByTestId('survey-dimension-input', {}, { timeout: 10_000 })).getByRole(
      'combobox',
    );
    await userEvent.type(input, '交付流程{enter}房屋质量{enter}');
    await userEvent.click(screen.getByTestId('survey-dimension-add'));
    await waitFor(() => expect(sent('POST', '/projects/p1/survey/dimensions')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/survey/dimensions')[0].body)).toEqual({
      names: ['交付流程', '房屋质量'],
    });
    expect(await screen.findByTestId('survey-entry-form')).toBeInTheDocument();
    expect(screen.getByTestId('survey-dimension-list')).toHaveTextContent('交付流程房屋质量');
  });

  it('a questionnaire is typed by keyboard: Enter moves on and saves; the form clears, focuses the unit and counts', async () => {
    dimensions = {
      items: [
        { id: 'd1', name: '交付流程', position: 0 },
        { id: 'd2', name: '房屋质量', position: 1 },
      ],
      responses: 4,
    };
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/survey/responses'
        ? { status: 201, body: { id: 'r1', projectId: 'p1', unitId: 'u-101', answers: [], createdAt: '' } }
        : undefined;
    openEntry();
    expect(await screen.findByTestId('survey-total', {}, { timeout: 10_000 })).toHaveTextContent('项目共 4 份问卷');
    expect(screen.getByTestId('survey-dimensions')).toHaveTextContent('已录入 4 份问卷，维度已固定。');
    const unitBox = within(screen.getByTestId('survey-entry-unit')).getByRole('combobox');
    await userEvent.click(unitBox);
    await userEvent.keyboard('101');
    await waitFor(() => expect(sent('GET', '/projects/p1/units?search=101&page=1&pageSize=20')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTitle('1#-1-102 · 业主102')).toBeNull());
    // jsdom's keyboard events lack the legacy `which` the option list reads: Enter as a browser sends it
    fireEvent.keyDown(unitBox, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(screen.getByTestId('score-0-importance')).toHaveFocus());
    // Enter and Tab both move on; Enter in the last field saves
    await userEvent.keyboard('9{Enter}8{Tab}6{Enter}7{Enter}7{Enter}8{Enter}');
    await waitFor(() => expect(sent('POST', '/projects/p1/survey/responses')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/survey/responses')[0].body)).toEqual({
      unitId: 'u-101',
      answers: [
        { dimensionId: 'd1', importance: 9, expectation: 8, experience: 6 },
        { dimensionId: 'd2', importance: 7, expectation: 7, experience: 8 },
      ],
    });
    expect(await screen.findByTestId('survey-entry-count')).toHaveTextContent('本次已录入 1 份');
    await waitFor(() => expect(unitBox).toHaveFocus());
    expect(screen.getByTestId('score-0-importance')).toHaveValue('');
    expect(screen.getByText('已保存 1#-1-101 的问卷')).toBeInTheDocument();
  });

  it('a score off the scale is not sent; a refusal (already answered) is worded from its code', async () => {
    dimensions = { items: [{ id: 'd1', name: '交付流程', position: 0 }], responses: 0 };
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/survey/responses'
        ? {
            status: 409,
            body: { statusCode: 409, code: 'SURVEY_ALREADY_ANSWERED', params: { unitId: 'u-101' }, message: 'server' },
          }
        : undefined;
    openEntry();
    const unitBox = within(await screen.findByTestId('survey-entry-unit', {}, { timeout: 10_000 })).getByRole(
      'combobox',
    );
    await userEvent.click(unitBox);
    await userEvent.keyboard('101');
    await waitFor(() => expect(sent('GET', '/projects/p1/units?search=101&page=1&pageSize=20')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTitle('1#-1-102 · 业主102')).toBeNull());
    // jsdom's keyboard events lack the legacy `which` the option list reads: Enter as a browser sends it
    fireEvent.keyDown(unitBox, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(screen.getByTestId('score-0-importance')).toHaveFocus());
    await userEvent.keyboard('11{Enter}8{Enter}6{Enter}');
    expect(await screen.findByText('请填写 1–10 的整数')).toBeInTheDocument();
    expect(screen.getByTestId('score-0-importance')).toHaveFocus();
    expect(sent('POST', '/projects/p1/survey/responses')).toHaveLength(0);

    await userEvent.clear(screen.getByTestId('score-0-importance'));
    await userEvent.keyboard('9{Enter}');
    await userEvent.click(screen.getByTestId('survey-entry-save'));
    const alert = await screen.findByRole('alert');
    expect(alert).not.toHaveTextContent('server');
    expect(sent('POST', '/projects/p1/survey/responses')).toHaveLength(1);
    expect(screen.getByTestId('survey-entry-count')).toHaveTextContent('本次已录入 0 份');
  });
});
