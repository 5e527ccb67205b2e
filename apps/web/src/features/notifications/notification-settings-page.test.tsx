import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../api/schema';

type Contacts = components['schemas']['ContactsResponseDto'];

/** The settings screen in the whole console (router, session, the product's query client) against a stubbed API. */
const ME = { id: 'u1', name: '集团交付中心', role: 'hq', department: null };
const CONTACTS: Contacts = {
  userId: 'u1',
  email: 'hq@example.com',
  wecomUserId: 'ZhangSan',
  dingtalkUserId: null,
  mobile: null,
  language: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  quietHours: { start: '21:00', end: '08:00' },
  preferences: {
    reminder: ['wecom', 'dingtalk'],
    escalation: ['wecom', 'dingtalk', 'email'],
    approval_waiting: ['wecom', 'dingtalk'],
    decision_made: ['wecom', 'dingtalk'],
    daily_briefing: [],
  },
};
const puts: { path: string; body: unknown }[] = [];
let refusePut: { status: number; body: unknown } | null = null;
let me = ME;
/** No pause between keystrokes: the form, not the typing speed, is under test. */
let user = userEvent.setup({ delay: null });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const reply = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  if (url.pathname === '/users/me') return reply(200, me);
  if (url.pathname === '/notifications') return reply(200, { items: [], page: 1, pageSize: 8, total: 0, unread: 0 });
  const contacts = /^\/users\/([^/]+)\/contacts$/.exec(url.pathname);
  if (contacts && input.method === 'GET') return reply(200, { ...CONTACTS, userId: contacts[1] });
  if (contacts && input.method === 'PUT') {
    const body = (await input.json()) as Omit<Contacts, 'userId'>;
    puts.push({ path: url.pathname, body });
    return refusePut ? reply(refusePut.status, refusePut.body) : reply(200, { ...body, userId: contacts[1] });
  }
  return reply(404, { statusCode: 404, message: 'not stubbed' });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');

function open(path: string) {
  window.history.pushState({}, '', `/console${path}`);
  return render(<App />);
}
const form = () => screen.findByTestId('notification-settings', {}, { timeout: 10_000 });
const checkbox = (topic: string, label: string) =>
  within(screen.getByTestId(`channels-${topic}`)).getByRole('checkbox', { name: label });

describe('<NotificationSettingsPage>', () => {
  beforeEach(() => {
    puts.length = 0;
    refusePut = null;
    me = ME;
    user = userEvent.setup({ delay: null });
    session.save(
      `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
    );
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('loads the person’s contacts, quiet hours and channels into the form', async () => {
    open('/settings/notifications');
    await form();
    expect(screen.getByTestId('settings-title')).toHaveTextContent('我的通知设置');
    expect(screen.getByLabelText('电子邮箱')).toHaveValue('hq@example.com');
    expect(screen.getByLabelText('企业微信 userid')).toHaveValue('ZhangSan');
    expect(screen.getByLabelText('钉钉 userid')).toHaveValue('');
    expect(screen.getByTestId('quiet-start')).toHaveValue('21:00');
    expect(screen.getByTestId('quiet-end')).toHaveValue('08:00');
    expect(screen.getByTestId('settings-time-zone')).toHaveTextContent('Asia/Shanghai');
    expect(checkbox('escalation', '邮件')).toBeChecked();
    expect(checkbox('reminder', '邮件')).not.toBeChecked();
    expect(checkbox('daily_briefing', '企业微信')).not.toBeChecked();
  }, 30_000);

  it('saves the whole set, an emptied address as none, and says so', async () => {
    open('/settings/notifications');
    await form();
    await user.clear(screen.getByLabelText('企业微信 userid'));
    await user.type(screen.getByLabelText('钉钉 userid'), 'manager4220');
    await user.clear(screen.getByTestId('quiet-start'));
    await user.type(screen.getByTestId('quiet-start'), '22:30');
    await user.click(checkbox('escalation', '企业微信'));
    await user.click(checkbox('daily_briefing', '邮件'));
    await user.click(screen.getByTestId('settings-save'));

    expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        path: '/users/u1/contacts',
        body: {
          email: 'hq@example.com',
          wecomUserId: null,
          dingtalkUserId: 'manager4220',
          mobile: null,
          language: 'zh-CN',
          timeZone: 'Asia/Shanghai',
          quietHours: { start: '22:30', end: '08:00' },
          preferences: {
            reminder: ['wecom', 'dingtalk'],
            escalation: ['dingtalk', 'email'],
            approval_waiting: ['wecom', 'dingtalk'],
            decision_made: ['wecom', 'dingtalk'],
            daily_briefing: ['email'],
          },
        },
      },
    ]);
  }, 30_000);

  it('names a malformed time beside its field and sends nothing', async () => {
    open('/settings/notifications');
    await form();
    await user.clear(screen.getByTestId('quiet-end'));
    await user.type(screen.getByTestId('quiet-end'), '8 点');
    await user.click(screen.getByTestId('settings-save'));
    expect(await screen.findByText('请填写 24 小时制时间，如 21:00')).toBeInTheDocument();
    expect(puts).toEqual([]);
  }, 30_000);

  it('shows the server’s coded refusal in the console’s language', async () => {
    refusePut = {
      status: 403,
      body: {
        statusCode: 403,
        code: 'CONTACTS_FORBIDDEN',
        message: 'You may read and change only your own contacts; an admin may change anyone’s.',
      },
    };
    open('/settings/notifications');
    await form();
    await user.click(screen.getByTestId('settings-save'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无权操作');
    expect(alert).toHaveTextContent('只能查看或修改自己的联系方式；系统管理员可以修改任何人的。');
    expect(screen.queryByText('通知设置已保存')).toBeNull();
  }, 30_000);

  it('lets an admin open and save another person’s settings by their id', async () => {
    me = { id: 'a1', name: '系统管理员', role: 'admin', department: null };
    open('/admin/users/u2/notifications');
    await form();
    expect(screen.getByTestId('settings-title')).toHaveTextContent('用户 u2 的通知设置');
    await user.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(puts.map((put) => put.path)).toEqual(['/users/u2/contacts']));
  }, 30_000);
});
