import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 40_000 });

/** 交付风险自查 in the whole console (router, session, query client) against a stubbed server that records requests. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;
let me: { id: string; name: string; role: string; department: string | null } = {
  id: 'u1',
  name: '李项目',
  role: 'project_lead',
  department: null,
};

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
const AREAS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const register = (undecided: Record<string, number> = {}, items: Record<string, number> = undecided) => ({
  projectId: 'p1',
  areas: AREAS.map((area) => ({
    area,
    title: `area ${area}`,
    checklist: `checklist ${area}`,
    items: items[area] ?? 0,
    undecided: undecided[area] ?? 0,
  })),
  undecided: Object.values(undecided).reduce((sum, n) => sum + n, 0),
});
const ITEM = {
  id: 'r1',
  projectId: 'p1',
  area: 'A',
  description: '3# 楼户型与合同附图不一致',
  department: 'engineering',
  decision: null,
  plan: null,
  owner: null,
  deadline: null,
  unifiedExplanation: null,
  compensationPlan: null,
  decidedBy: null,
  decidedAt: null,
  createdAt: '2030-01-01T02:00:00.000Z',
};
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 20, total: items.length });

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
        : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
const { i18n } = await import('../../i18n');

function openRisks() {
  window.history.pushState({}, '', '/console/projects/p1/risks');
  return render(<App />);
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
  me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
  localStorage.clear();
  sessionStorage.clear();
  void i18n.changeLanguage('zh-CN');
});

describe('RisksPage 交付风险自查', () => {
  it('lets the lead initialise a missing register, then shows A–H and a gate no risk point blocks', async () => {
    let initialised = false;
    answerFor = (method, path) => {
      if (path === '/projects/p1/risk-register/init' && method === 'POST') {
        initialised = true;
        return { status: 200, body: register() };
      }
      if (path === '/projects/p1/risk-register')
        return { status: 200, body: initialised ? register() : { projectId: 'p1', areas: [], undecided: 0 } };
      if (path === '/projects/p1/risks') return { status: 200, body: page([]) };
      return undefined;
    };
    openRisks();
    const gate = await screen.findByTestId('risk-gate', {}, { timeout: 10_000 });
    expect(gate).toHaveAttribute('data-state', 'not-initialised');
    expect(gate).toHaveTextContent('风险自查台账尚未初始化');
    expect(screen.queryByTestId('risk-add-form')).toBeNull();

    await userEvent.click(screen.getByTestId('risk-register-init'));
    await waitFor(() => expect(screen.getByTestId('risk-gate')).toHaveAttribute('data-state', 'clear'));
    expect(sent('POST', '/projects/p1/risk-register/init')).toHaveLength(1);
    expect(screen.getByTestId('risk-gate')).toHaveTextContent('尚未登记风险点');
    expect(within(screen.getByTestId('risk-area-A')).getByText('A · 户型一致性')).toBeInTheDocument();
    expect(screen.getByTestId('risk-add-form')).toBeInTheDocument();
    expect(screen.queryByTestId('risk-register-init')).toBeNull();
  });

  it('records a risk point for the department the lead chose, and refuses an empty description in the form', async () => {
    answerFor = (method, path) => {
      if (path === '/projects/p1/risk-register') return { status: 200, body: register() };
      if (path === '/projects/p1/risks' && method === 'GET') return { status: 200, body: page([]) };
      if (path === '/projects/p1/risks' && method === 'POST')
        return { status: 201, body: { ...ITEM, area: 'C', department: 'sales' } };
      return undefined;
    };
    openRisks();
    const form = await screen.findByTestId('risk-add-form', {}, { timeout: 10_000 });
    await userEvent.click(within(form).getByTestId('risk-add-submit'));
    expect(await within(form).findByText('请填写责任部门')).toBeInTheDocument();
    expect(within(form).getByText('请填写风险描述')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/risks')).toHaveLength(0);

    await userEvent.click(within(form).getByTestId('risk-add-area').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('C · 销售承诺'));
    await userEvent.click(within(form).getByTestId('risk-add-department').querySelector('input')!);
    await userEvent.click(await screen.findByTitle('营销'));
    await fill(within(form).getByTestId('risk-add-description'), '  样板间承诺的地暖未安装 ');
    await userEvent.click(within(form).getByTestId('risk-add-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/risks')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/risks')[0].body)).toEqual({
      area: 'C',
      department: 'sales',
      description: '样板间承诺的地暖未安装',
    });
  });

  it('shows the blocked gate in the catalogue’s words and lets the item’s head decide “cannot rectify”', async () => {
    me = { id: 'u2', name: '王工程', role: 'department_head', department: 'engineering' };
    let decided = false;
    answerFor = (method, path) => {
      if (path === '/projects/p1/risk-register')
        return { status: 200, body: decided ? register({}, { A: 1 }) : register({ A: 1 }) };
      if (path === '/projects/p1/risks' && method === 'GET')
        return {
          status: 200,
          body: page([
            decided
              ? {
                  ...ITEM,
                  decision: 'cannot_rectify',
                  unifiedExplanation: '按规划调整',
                  compensationPlan: '赠送一年物业费',
                  decidedAt: '2030-01-02T02:00:00.000Z',
                }
              : ITEM,
            { ...ITEM, id: 'r2', department: 'sales', area: 'C' },
          ]),
        };
      if (path === '/projects/p1/risks/r1/decision' && method === 'POST') {
        decided = true;
        return { status: 200, body: { ...ITEM, decision: 'cannot_rectify' } };
      }
      return undefined;
    };
    openRisks();
    const gate = await screen.findByTestId('risk-gate', {}, { timeout: 10_000 });
    expect(gate).toHaveAttribute('data-state', 'blocked');
    expect(gate).toHaveTextContent('还有 1 个风险项未作出处理决定（A 类 1 项）');
    // a head records for their own department only
    expect(within(screen.getByTestId('risk-add-form')).getByText('工程')).toBeInTheDocument();

    const rows = await screen.findAllByTestId('risk-row');
    expect(within(rows[1]).queryByTestId('risk-decide')).toBeNull();
    expect(rows[1]).toHaveTextContent('待营销负责人决定');
    await userEvent.click(within(rows[0]).getByTestId('risk-decide'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('无法整改'));
    await userEvent.click(screen.getByTestId('risk-decide-submit'));
    expect(await within(dialog).findByText('请填写统一说辞')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写补偿方案')).toBeInTheDocument();

    await fill(within(dialog).getByTestId('risk-decide-explanation'), '按规划调整');
    await fill(within(dialog).getByTestId('risk-decide-compensation'), '赠送一年物业费');
    await userEvent.click(screen.getByTestId('risk-decide-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/risks/r1/decision')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/risks/r1/decision')[0].body)).toEqual({
      decision: 'cannot_rectify',
      unifiedExplanation: '按规划调整',
      compensationPlan: '赠送一年物业费',
    });
    await waitFor(() => expect(screen.getByTestId('risk-gate')).toHaveAttribute('data-state', 'clear'));
    expect(screen.getByTestId('risk-gate')).toHaveTextContent('共 1 个风险点，全部已由责任部门作出处理决定');
    expect(screen.getAllByTestId('risk-details')[0]).toHaveTextContent('补偿方案：赠送一年物业费');
  });

  it('words the screen and the blocked gate in English when the user switched', async () => {
    await i18n.changeLanguage('en');
    answerFor = (method, path) => {
      if (path === '/projects/p1/risk-register') return { status: 200, body: register({ A: 1, C: 2 }) };
      if (path === '/projects/p1/risks') return { status: 200, body: page([ITEM]) };
      return undefined;
    };
    openRisks();
    const gate = await screen.findByTestId('risk-gate', {}, { timeout: 10_000 });
    expect(gate).toHaveTextContent('Risk self-check gate · The gate is still blocked');
    expect(gate).toHaveTextContent('3 risk items are still undecided (A: 1, C: 2)');
    expect(await screen.findByTestId('risk-decision')).toHaveTextContent('Undecided');
    expect(screen.getByTestId('risk-area-A')).toHaveTextContent('A · Floor-plan consistency');
  });

  it('shows the server’s refusal of a decision in Chinese and a 5xx of the register with a retry', async () => {
    me = { id: 'u2', name: '王工程', role: 'department_head', department: 'engineering' };
    let registerFails = true;
    answerFor = (method, path) => {
      if (path === '/projects/p1/risk-register')
        return registerFails
          ? { status: 503, body: { statusCode: 503, message: 'down' } }
          : { status: 200, body: register({ A: 1 }) };
      if (path === '/projects/p1/risks' && method === 'GET') return { status: 200, body: page([ITEM]) };
      if (path === '/projects/p1/risks/r1/decision')
        return {
          status: 403,
          body: {
            statusCode: 403,
            code: 'RISK_DECISION_FORBIDDEN',
            params: { department: 'engineering', itemDepartment: 'sales' },
            message: 'Only the sales department head decides this risk item; it belongs to sales.',
          },
        };
      return undefined;
    };
    openRisks();
    expect(await screen.findByTestId('retry', {}, { timeout: 15_000 })).toBeInTheDocument();
    registerFails = false;
    await userEvent.click(screen.getByTestId('retry'));
    expect(await screen.findByTestId('risk-gate')).toHaveAttribute('data-state', 'blocked');

    await userEvent.click((await screen.findAllByTestId('risk-decide'))[0]);
    const dialog = await screen.findByRole('dialog');
    await fill(within(dialog).getByTestId('risk-decide-plan'), '重新施工');
    await fill(within(dialog).getByTestId('risk-decide-owner'), '张工');
    const deadline = within(dialog).getByTestId('risk-decide-deadline');
    await userEvent.click(deadline);
    await userEvent.type(deadline, '2030-02-01{Enter}');
    await userEvent.click(screen.getByTestId('risk-decide-submit'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '该风险项属于营销，只能由营销负责人作出处理决定。',
    );
    expect(JSON.parse(sent('POST', '/projects/p1/risks/r1/decision')[0].body)).toEqual({
      decision: 'rectify',
      plan: '重新施工',
      owner: '张工',
      deadline: '2030-02-01',
    });
  });
});
