import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 用户管理 and 人员分配 in the whole console (router, session, query client) against a stubbed server. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string, search: string) => Answer | undefined = () => undefined;

const USERS = [
  { id: 'a1', name: '管理员', role: 'admin', department: null },
  { id: 'h1', name: '王工程', role: 'department_head', department: 'engineering' },
];

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname, url.search) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'a1', name: '管理员', role: 'admin', department: null } }
      : url.pathname === '/users' && input.method === 'GET'
        ? { status: 200, body: { items: USERS, page: 1, pageSize: 20, total: 2 } }
        : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function open(path: string) {
  window.history.pushState({}, '', `/console${path}`);
  return render(<App />);
}
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'a1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('<UsersPage> the admin’s users', () => {
  it('lists people in Chinese and searches by name, role and department on the server (kept in the URL)', async () => {
    const user = userEvent.setup({ delay: null });
    open('/admin/users?role=department_head');
    const list = await screen.findByTestId('users-list', {}, { timeout: 10_000 });
    expect(within(list).getByText('王工程')).toBeInTheDocument();
    expect(within(list).getByText('部门负责人')).toBeInTheDocument();
    expect(within(list).getByText('工程')).toBeInTheDocument();
    expect(sent('GET', '/users?')[0]!.path).toContain('role=department_head');
    await user.type(within(screen.getByTestId('users-search')).getByRole('searchbox'), '王');
    await waitFor(() => expect(sent('GET', '/users?').some((r) => r.path.includes('q=%E7%8E%8B'))).toBe(true), {
      timeout: 5_000,
    });
    expect(window.location.search).toContain('q=%E7%8E%8B');
    expect(window.location.search).toContain('role=department_head');
  });

  it('creates a department head and shows the token once, with a copy button', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/users'
        ? {
            status: 201,
            body: { id: 'h9', name: '陈设计', role: 'department_head', department: 'design', token: 'tok.en.h9' },
          }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/users');
    await user.click(await screen.findByTestId('users-create', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('create-user-form', {}, { timeout: 10_000 });
    await user.type(within(form).getByTestId('create-user-name'), '陈设计');
    await user.click(within(screen.getByTestId('create-user-role')).getByRole('combobox'));
    await user.click(await screen.findByTitle('部门负责人', {}, { timeout: 10_000 }));
    // Form.useWatch re-renders after the selection settles: the department field shows up a moment later.
    await screen.findByTestId('create-user-department', {}, { timeout: 10_000 });
    // A department head needs a department: refused here before anything is sent.
    await user.click(screen.getByTestId('create-user-submit'));
    expect(await screen.findByText('部门负责人须选择部门', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(sent('POST', '/users')).toEqual([]);
    await user.click(within(screen.getByTestId('create-user-department')).getByRole('combobox'));
    await user.click(await screen.findByTitle('设计', {}, { timeout: 10_000 }));
    await user.click(screen.getByTestId('create-user-submit'));

    const issued = await screen.findByTestId('token-issued', {}, { timeout: 10_000 });
    expect(within(issued).getByTestId('token-value')).toHaveTextContent('tok.en.h9');
    expect(within(issued).getByText(/令牌只显示这一次/)).toBeInTheDocument();
    expect(within(issued).getByRole('button', { name: /复制令牌|copy/i })).toBeInTheDocument();
    expect(JSON.parse(sent('POST', '/users')[0]!.body)).toEqual({
      name: '陈设计',
      role: 'department_head',
      department: 'design',
    });
    await user.click(screen.getByTestId('token-done'));
    await waitFor(() => expect(screen.queryByTestId('token-issued')).toBeNull());
  });

  it('sends no department for another role, and words a refusal from its code', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/users'
        ? {
            status: 400,
            body: { statusCode: 400, code: 'DEPARTMENT_NOT_ALLOWED', params: {}, message: 'Only department heads…' },
          }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/users');
    await user.click(await screen.findByTestId('users-create', {}, { timeout: 10_000 }));
    await user.type(screen.getByTestId('create-user-name'), '周总');
    await user.click(within(screen.getByTestId('create-user-role')).getByRole('combobox'));
    await user.click(await screen.findByTitle('集团', {}, { timeout: 10_000 }));
    expect(screen.queryByTestId('create-user-department')).toBeNull();
    await user.click(screen.getByTestId('create-user-submit'));
    const alert = await within(screen.getByTestId('create-user-form')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).not.toHaveTextContent('Only department heads');
    expect(JSON.parse(sent('POST', '/users')[0]!.body)).toEqual({ name: '周总', role: 'hq' });
    expect(screen.queryByTestId('token-issued')).toBeNull();
  });

  it('issues a new token for a listed user after confirming, shown once', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/users/h1/tokens'
        ? { status: 201, body: { ...USERS[1], token: 'new.token.h1' } }
        : undefined;
    const user = userEvent.setup({ delay: null });
    open('/admin/users');
    const list = await screen.findByTestId('users-list', {}, { timeout: 10_000 });
    await user.click(within(list).getAllByTestId('users-issue-token')[1]!);
    await user.click(await screen.findByRole('button', { name: '生成' }));
    expect(await screen.findByTestId('token-value', {}, { timeout: 10_000 })).toHaveTextContent('new.token.h1');
    expect(sent('POST', '/users/h1/tokens')).toHaveLength(1);
  });
});

describe('<AssignmentsPage> who is assigned where', () => {
  it('expands a project to its staff by department and its city company responsible person', async () => {
    answerFor = (method, path) => {
      if (path === '/projects')
        return {
          status: 200,
          body: {
            items: [
              {
                id: 'p1',
                name: '滨江壹号',
                batch: '一期',
                cityCompany: '杭州城市公司',
                firstHandoverDate: '2030-03-01',
                timeZone: 'Asia/Shanghai',
              },
            ],
            page: 1,
            pageSize: 20,
            total: 1,
          },
        };
      if (path === '/projects/p1/assignments')
        return {
          status: 200,
          body: {
            projectId: 'p1',
            cityResponsible: { userId: 'l2', name: '赵城市', role: 'project_lead' },
            items: [
              {
                userId: 'h1',
                name: '王工程',
                role: 'department_head',
                department: 'engineering',
                assignedAt: '2030-01-01T16:30:00.000Z',
              },
            ],
          },
        };
      return undefined;
    };
    const user = userEvent.setup({ delay: null });
    open('/admin/assignments');
    const table = await screen.findByTestId('assignments-projects', {}, { timeout: 10_000 });
    await user.click(within(table).getByRole('button', { name: /展开|expand/i }));
    const staff = await screen.findByTestId('project-staff-p1', {}, { timeout: 10_000 });
    expect(within(staff).getByTestId('city-responsible-name')).toHaveTextContent('赵城市');
    expect(within(staff).getByText('王工程')).toBeInTheDocument();
    // In the project's time zone: 16:30 UTC is 00:30 the next day in Shanghai.
    expect(within(staff).getByText(/2030\/01\/02 00:30/)).toBeInTheDocument();
  });
});
