import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 20_000 });

/** 交付总结 in the whole console against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;
let role = 'project_lead';

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
const SUMMARY = {
  projectId: 'p1',
  status: 'draft',
  gateStatus: 'open',
  compiledAt: '2030-03-20T02:00:00.000Z',
  compileCount: 1,
  sections: {
    batchOverview: { name: '滨江壹号', units: 120, contractedAreaCenti: '1074840', status: 'active' },
    preparation: {
      milestones: [
        {
          key: 'summaryAccepted',
          phase: 'summary',
          dueDate: '2030-03-20',
          status: 'open',
          parties: ['hq'],
          approvedParties: [],
        },
      ],
    },
    actualHandoverFigures: {
      handedOver: 100,
      handoverRate: '83.33%',
      payments: [{ kind: 'property_fee', payments: 2, collectedFen: '1234567', refundedFen: '0' }],
    },
    ownerFeedback: { complaints: { total: 3, major: 1 } },
    repairDataAndWarranty: {},
  },
  narrative: { lessonsLearned: '', focusPoints: '', recommendations: '' },
  narrativeUpdatedAt: null,
  submittedAt: null,
  submittedBy: null,
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: url.pathname, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role, department: null } }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/summary'
          ? { status: 200, body: SUMMARY }
          : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function openSummary() {
  window.history.pushState({}, '', '/console/projects/p1/summary');
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path === path);

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  role = 'project_lead';
  localStorage.clear();
  sessionStorage.clear();
});

describe('<SummaryPage> 交付总结', () => {
  it('offers the lead to compile a summary that does not exist yet, and shows it once compiled', async () => {
    let compiled = false;
    answerFor = (method, path) =>
      path === '/projects/p1/summary' && !compiled
        ? { status: 404, body: { statusCode: 404, code: 'SUMMARY_NOT_COMPILED', message: 'x' } }
        : method === 'POST' && path === '/projects/p1/summary/compile'
          ? ((compiled = true), { status: 200, body: SUMMARY })
          : undefined;
    openSummary();
    const empty = await screen.findByTestId('summary-not-compiled', {}, { timeout: 10_000 });
    expect(empty).toHaveTextContent('尚未编制交付总结');
    await userEvent.click(within(empty).getByTestId('summary-compile'));
    const sections = await screen.findByTestId('summary-section-actualHandoverFigures');
    expect(sections).toHaveTextContent('实际交付数据');
    expect(sections).toHaveTextContent('83.33%');
    expect(sections).toHaveTextContent('交付率83.33%');
    expect(within(sections).getByTestId('summary-table-payments')).toHaveTextContent('¥12,345.67');
    expect(screen.getByTestId('summary-section-ownerFeedback')).toHaveTextContent('合计 3 · 重大 1');
    const overview = screen.getByTestId('summary-section-batchOverview');
    expect(overview).toHaveTextContent('10748.40 m²');
    expect(overview).toHaveTextContent('进行中');
    const milestones = screen.getByTestId('summary-table-milestones');
    expect(milestones).toHaveTextContent('交付总结验收');
    expect(milestones).toHaveTextContent('待审批');
    expect(milestones).toHaveTextContent('集团');
    expect(screen.getByTestId('summary-status')).toHaveTextContent('草稿');
    expect(sent('POST', '/projects/p1/summary/compile')).toHaveLength(1);
  });

  it(
    'the lead writes the narrative (all three sections in one PUT) and submits; a refusal is worded from its code',
    { timeout: 40_000 },
    async () => {
      answerFor = (method, path) => {
        if (method === 'PUT' && path === '/projects/p1/summary/narrative') {
          const narrative = JSON.parse(received.at(-1)!.body);
          return { status: 200, body: { ...SUMMARY, narrative, narrativeUpdatedAt: '2030-03-20T03:00:00.000Z' } };
        }
        if (method === 'POST' && path === '/projects/p1/summary/submit')
          return {
            status: 409,
            body: {
              statusCode: 409,
              code: 'SUMMARY_NARRATIVE_MISSING',
              params: { sections: 'recommendations' },
              message: 'server sentence',
            },
          };
        return undefined;
      };
      openSummary();
      await userEvent.click(await screen.findByTestId('narrative-lessonsLearned', {}, { timeout: 10_000 }));
      await userEvent.paste('提前验房');
      await userEvent.click(screen.getByTestId('narrative-focusPoints'));
      await userEvent.paste('电梯');
      await userEvent.click(screen.getByTestId('narrative-save'));
      await waitFor(() => expect(sent('PUT', '/projects/p1/summary/narrative')).toHaveLength(1));
      expect(JSON.parse(sent('PUT', '/projects/p1/summary/narrative')[0].body)).toEqual({
        lessonsLearned: '提前验房',
        focusPoints: '电梯',
        recommendations: '',
      });
      expect(await screen.findByText('已保存', {}, { timeout: 5000 })).toBeInTheDocument();

      await userEvent.click(screen.getByTestId('summary-submit'));
      await userEvent.click(await screen.findByRole('button', { name: /确\s?定|OK/ }));
      const alert = await screen.findByRole('alert');
      expect(alert).not.toHaveTextContent('server sentence');
      expect(alert).toHaveTextContent('建议');
      expect(sent('POST', '/projects/p1/summary/submit')).toHaveLength(1);
    },
  );

  it('HQ sees a submitted summary read-only with the acceptance at the summaryAccepted gate', async () => {
    role = 'hq';
    answerFor = (_method, path) =>
      path === '/projects/p1/summary'
        ? {
            status: 200,
            body: {
              ...SUMMARY,
              status: 'submitted',
              submittedAt: '2030-03-21T01:00:00.000Z',
              narrative: { lessonsLearned: '甲', focusPoints: '乙', recommendations: '丙' },
            },
          }
        : undefined;
    openSummary();
    const accept = await screen.findByTestId('summary-accept', {}, { timeout: 10_000 });
    expect(within(accept).getByTestId('approve-summaryAccepted-p1')).toBeInTheDocument();
    expect(screen.getByTestId('summary-status')).toHaveTextContent('已提交，待集团验收');
    expect(screen.getByTestId('summary-narrative')).toHaveTextContent('丙');
    expect(screen.queryByTestId('summary-submit')).toBeNull();
    expect(screen.queryByTestId('summary-compile')).toBeNull();
    expect(screen.queryByTestId('narrative-save')).toBeNull();
  });

  it('a 5xx on the read is an error with a retry, not a spinner', async () => {
    answerFor = (_method, path) =>
      path === '/projects/p1/summary' ? { status: 503, body: { statusCode: 503, message: 'down' } } : undefined;
    openSummary();
    expect(await screen.findByTestId('retry', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
