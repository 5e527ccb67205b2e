import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 项目设置's staff, city responsible and briefing robots, in the whole console against a stubbed server. */
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
let staff = {
  projectId: 'p1',
  cityResponsible: null as null | { userId: string; name: string; role: string },
  items: [
    {
      userId: 'h1',
      name: '王工程',
      role: 'department_head',
      department: 'engineering',
      assignedAt: '2030-01-01T02:00:00.000Z',
    },
  ],
};
const WECOM = { id: 'w1', kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…abcd' };
const DING = { id: 'w2', kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=…wxyz' };

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const p = url.pathname;
  const answer: Answer =
    answerFor(input.method, p) ??
    (p === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } }
      : p === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : p === '/projects/p1/assignments'
          ? { status: 200, body: staff }
          : p === '/projects/p1/briefing-webhooks' && input.method === 'GET'
            ? { status: 200, body: { briefingTime: '20:00', webhooks: [] } }
            : p === '/projects/p1/fee-settings'
              ? { status: 404, body: { statusCode: 404, code: 'FEE_SETTINGS_NOT_SET', params: { projectId: 'p1' } } }
              : p === '/projects/p1/units' || p === '/users/department-heads' || p === '/users'
                ? { status: 200, body: { items: [], page: 1, pageSize: 50, total: 0 } }
                : { status: 404, body: { statusCode: 404, message: `no ${p} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function openSetup() {
  window.history.pushState({}, '', '/console/projects/p1/setup');
  return render(<App />);
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

describe('staff and the city company responsible person', () => {
  it('shows the current staff and picks the city responsible from a server-side search of everyone', async () => {
    answerFor = (method, path) => {
      if (path === '/users')
        return {
          status: 200,
          body: {
            items: [{ id: 'l2', name: '赵城市', role: 'project_lead', department: null }],
            page: 1,
            pageSize: 50,
            total: 1,
          },
        };
      if (method === 'PUT' && path === '/projects/p1/city-responsible') {
        staff = { ...staff, cityResponsible: { userId: 'l2', name: '赵城市', role: 'project_lead' } };
        return { status: 200, body: { cityResponsibleUserId: 'l2' } };
      }
      return undefined;
    };
    const user = userEvent.setup({ delay: null });
    openSetup();
    const current = await screen.findByTestId('current-staff', {}, { timeout: 10_000 });
    expect(within(current).getByText('王工程')).toBeInTheDocument();
    expect(within(current).getByText('工程')).toBeInTheDocument();
    const picker = await screen.findByTestId('city-responsible');
    await user.type(within(picker).getByRole('combobox'), '赵');
    await waitFor(() => expect(sent('GET', '/users?').some((r) => r.path.includes('q=%E8%B5%B5'))).toBe(true), {
      timeout: 5_000,
    });
    await user.click(await screen.findByText('赵城市 · 项目负责人'));
    await user.click(screen.getByTestId('city-responsible-save'));
    expect(await screen.findByTestId('city-responsible-name', {}, { timeout: 10_000 })).toHaveTextContent('赵城市');
    expect(JSON.parse(sent('PUT', '/projects/p1/city-responsible')[0]!.body)).toEqual({ userId: 'l2' });
  });
});

describe('<Robots> the briefing robots', () => {
  it('saves the robots, sends a test message and shows what each robot said, in Chinese', async () => {
    let saved = false;
    answerFor = (method, path) => {
      if (path === '/projects/p1/briefing-webhooks' && method === 'PUT') {
        saved = true;
        return { status: 200, body: { briefingTime: '19:30', webhooks: [WECOM, DING] } };
      }
      if (path === '/projects/p1/briefing-webhooks' && saved)
        return { status: 200, body: { briefingTime: '19:30', webhooks: [WECOM, DING] } };
      if (path === '/projects/p1/briefing-webhooks/test')
        return {
          status: 200,
          body: {
            results: [
              {
                webhookId: 'w1',
                kind: 'wecom',
                url: WECOM.url,
                delivered: true,
                reason: null,
                errcode: null,
                detail: null,
              },
              {
                webhookId: 'w2',
                kind: 'dingtalk',
                url: DING.url,
                delivered: false,
                reason: 'robot_refused',
                errcode: 310000,
                detail:
                  'The dingtalk robot at oapi.dingtalk.com refused the message: errcode 310000 keywords not in content',
              },
            ],
          },
        };
      if (path === '/projects/p1/reporting/start')
        return { status: 200, body: { workflowId: 'reporting-p1', started: false } };
      return undefined;
    };
    const user = userEvent.setup({ delay: null });
    openSetup();
    const robots = await screen.findByTestId('robots-form', {}, { timeout: 10_000 });
    expect(screen.getByTestId('robots-test')).toBeDisabled();
    await user.type(within(robots).getByTestId('robot-url'), 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1');
    await user.click(within(robots).getByTestId('robot-add'));
    await user.click(within(robots).getAllByRole('combobox', { name: '机器人类型' })[1]!);
    await user.click(await screen.findByTitle('钉钉'));
    await user.type(
      within(robots).getAllByTestId('robot-url')[1]!,
      'https://oapi.dingtalk.com/robot/send?access_token=t2',
    );
    const time = within(robots).getByTestId('robots-time-input');
    await user.clear(time);
    await user.type(time, '19:30');
    await user.click(within(robots).getByTestId('robots-save'));

    await waitFor(() => expect(screen.getAllByTestId('robot-row')).toHaveLength(2), { timeout: 10_000 });
    expect(JSON.parse(sent('PUT', '/projects/p1/briefing-webhooks')[0]!.body)).toEqual({
      briefingTime: '19:30',
      webhooks: [
        { kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1' },
        { kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=t2' },
      ],
    });
    expect(screen.getByTestId('robots-time')).toHaveTextContent('19:30');
    expect(within(robots).getByTestId('robots-time-input')).toHaveValue('19:30');

    await user.click(screen.getByTestId('robots-test'));
    expect(await screen.findByTestId('robots-test-summary', {}, { timeout: 10_000 })).toHaveTextContent(
      '测试消息：1 / 2 个机器人已收到',
    );
    const outcomes = screen.getAllByTestId('robot-outcome').map((tag) => tag.textContent);
    expect(outcomes).toEqual(['已送达', '机器人拒收（错误码 310000）']);
    expect(screen.getByTestId('robot-detail')).toHaveTextContent('keywords not in content');
    expect(JSON.parse(sent('POST', '/projects/p1/briefing-webhooks/test')[0]!.body)).toEqual({});

    await user.click(screen.getByTestId('reporting-start'));
    expect(await screen.findByTestId('reporting-started', {}, { timeout: 10_000 })).toHaveTextContent(
      '每日快报已在运行',
    );
  });

  it('checks the address and the time before sending, and words the server’s refusal from its code', async () => {
    answerFor = (method, path) =>
      path === '/projects/p1/briefing-webhooks' && method === 'PUT'
        ? {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              params: {},
              message: [
                'webhooks.0.url must be a WeChat Work or DingTalk group-robot URL (qyapi.weixin.qq.com or oapi.dingtalk.com)',
              ],
            },
          }
        : undefined;
    const user = userEvent.setup({ delay: null });
    openSetup();
    const robots = await screen.findByTestId('robots-form', {}, { timeout: 10_000 });
    await user.type(within(robots).getByTestId('robot-url'), 'not a url');
    const time = within(robots).getByTestId('robots-time-input');
    await user.clear(time);
    await user.type(time, '25:00');
    await user.click(within(robots).getByTestId('robots-save'));
    expect(await screen.findByText('请填写完整的 https 地址')).toBeInTheDocument();
    expect(await screen.findByText('请填写 24 小时制时间，如 20:00')).toBeInTheDocument();
    expect(sent('PUT', '/projects/p1/briefing-webhooks')).toEqual([]);

    await user.clear(within(robots).getByTestId('robot-url'));
    await user.type(within(robots).getByTestId('robot-url'), 'https://hooks.example.com/x');
    await user.clear(time);
    await user.type(time, '20:00');
    await user.click(within(robots).getByTestId('robots-save'));
    const alert = await within(robots).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('请求中有字段不符合要求');
    expect(alert).toHaveTextContent('group-robot URL');
  });
});
