import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { groupBoard, type BoardCard } from './board/group-board';

const apiGet = vi.fn();
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api: { GET: (...args: unknown[]) => apiGet(...args) },
}));
const { BoardPage } = await import('./board-page');

let serial = 0;
function card(overrides: Partial<BoardCard>): BoardCard {
  serial += 1;
  return {
    id: `p${serial}`,
    cityCompany: '杭州城市公司',
    name: `项目${serial}`,
    batch: '一期',
    firstHandoverDate: '2030-01-10',
    day: 'D-30',
    centralizedDays: 3,
    timeZone: 'Asia/Shanghai',
    status: 'active',
    currentPhase: 'openDay',
    atRisk: false,
    escalations: 0,
    openEscalations: 0,
    pendingPostponements: 0,
    atRiskDecisionPending: false,
    ...overrides,
  };
}

describe('groupBoard', () => {
  it('groups by phase in timeline order and puts at-risk, then escalated, then the nearest D first', () => {
    const calmSoon = card({ name: '平稳近', firstHandoverDate: '2030-01-01' });
    const calmLate = card({ name: '平稳远', firstHandoverDate: '2030-05-01' });
    const escalated = card({ name: '升级', firstHandoverDate: '2030-06-01', openEscalations: 1 });
    const moreEscalated = card({ name: '升级多', firstHandoverDate: '2030-07-01', openEscalations: 3 });
    const atRisk = card({ name: '风险', firstHandoverDate: '2030-08-01', atRisk: true });
    const inspection = card({ name: '验收', currentPhase: 'unitInspection' });
    const launching = card({ name: '启动', currentPhase: null });
    const done = card({ name: '完成', currentPhase: 'completed' });

    const columns = groupBoard([done, calmLate, escalated, calmSoon, atRisk, inspection, moreEscalated, launching]);

    expect(columns.map((column) => column.phase)).toEqual(['none', 'unitInspection', 'openDay', 'completed']);
    const openDay = columns.find((column) => column.phase === 'openDay')!;
    expect(openDay.cards.map((c) => c.name)).toEqual(['风险', '升级多', '升级', '平稳近', '平稳远']);
    expect(openDay).toMatchObject({ atRisk: 1, escalated: 2 });
  });

  it('keeps only the projects a filter asks for and drops empty phases', () => {
    const calm = card({ currentPhase: 'rectification' });
    const waiting = card({ pendingPostponements: 1 });
    const atRisk = card({ atRisk: true, currentPhase: 'propertyTransfer' });
    expect(groupBoard([calm, waiting, atRisk], 'decision').map((column) => column.cards.map((c) => c.id))).toEqual([
      [waiting.id],
    ]);
    expect(groupBoard([calm, waiting, atRisk], 'attention').flatMap((column) => column.cards.map((c) => c.id))).toEqual(
      [waiting.id, atRisk.id],
    );
    expect(groupBoard([calm], 'atRisk')).toEqual([]);
  });
});

describe('<BoardPage>', () => {
  beforeEach(() => apiGet.mockReset());

  function renderPage() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <BoardPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
  }

  it('loads the board in one request and shows each card with D-n, the at-risk tag and open escalations, linking to the project', async () => {
    const atRisk = card({
      name: '滨江府',
      batch: '二期',
      atRisk: true,
      openEscalations: 2,
      day: 'D-12',
      firstHandoverDate: '2030-02-01',
    });
    const calm = card({ name: '西溪里' });
    apiGet.mockResolvedValue({
      data: { items: [calm, atRisk], counts: { total: 2, atRisk: 1, escalated: 1, awaitingDecision: 0 } },
      response: new Response(null, { status: 200 }),
    });
    renderPage();

    const cards = await screen.findAllByTestId('board-card');
    expect(apiGet).toHaveBeenCalledTimes(1);
    expect(apiGet).toHaveBeenCalledWith('/hq/board');
    expect(cards.map((element) => element.dataset.projectId)).toEqual([atRisk.id, calm.id]);
    expect(cards[0]).toHaveTextContent('滨江府 · 二期');
    expect(cards[0]).toHaveTextContent('D 2030-02-01 · D-12');
    expect(within(cards[0]).getByTestId('card-at-risk')).toHaveTextContent('交付日期风险');
    expect(within(cards[0]).getByTestId('card-escalations')).toHaveTextContent('2 条未关闭升级');
    expect(cards[0]).toHaveAttribute('href', `/projects/${atRisk.id}`);
    expect(within(cards[1]).queryByTestId('card-at-risk')).toBeNull();
    expect(screen.getByTestId('board-counts')).toHaveTextContent('1 个风险');

    await userEvent.click(screen.getByText('风险', { selector: '.ant-segmented-item-label' }));
    expect(screen.getAllByTestId('board-card').map((element) => element.dataset.projectId)).toEqual([atRisk.id]);
  });

  it('shows the server refusal instead of an empty board', async () => {
    apiGet.mockResolvedValue({
      error: { statusCode: 403, message: 'This action needs one of the roles: hq, admin; you are project_lead.' },
      response: new Response(null, { status: 403 }),
    });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('you are project_lead');
  });
});
