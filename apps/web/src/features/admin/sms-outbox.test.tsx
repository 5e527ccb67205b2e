import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 短信发件箱: the admin reads an owner's sign-in code from the local outbox, in the whole console against a stub. */
const received: { method: string; path: string }[] = [];
let me = { id: 'a1', name: '管理员', role: 'admin', department: null as string | null };

const MESSAGES = [
  {
    id: 'm3',
    toMasked: '139****0003',
    template: 'booking_reminder',
    params: { projectName: '滨江花园', unit: '8#-1-601', visit: '交付', from: '2030-01-10 09:00', until: '10:00' },
    provider: 'outbox',
    status: 'held',
    error: null,
    createdAt: '2030-01-09T02:00:00.000Z',
  },
  {
    id: 'm2',
    toMasked: '139****0002',
    template: 'owner_sign_in_code',
    params: { code: '******', minutes: 5 },
    provider: 'aliyun',
    status: 'sent',
    error: null,
    createdAt: '2030-01-02T02:05:00.000Z',
  },
  {
    id: 'm1',
    toMasked: '139****0001',
    template: 'owner_sign_in_code',
    params: { code: '012345', minutes: 5 },
    provider: 'outbox',
    status: 'held',
    error: null,
    createdAt: '2030-01-01T16:30:00.000Z',
  },
];

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  received.push({ method: input.method, path: `${url.pathname}${url.search}` });
  const answer =
    url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/sms-outbox'
        ? { status: 200, body: { items: MESSAGES, page: 1, pageSize: 20, total: MESSAGES.length } }
        : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } };
  return new Response(JSON.stringify(answer.body), {
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

beforeEach(() => {
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'a1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  me = { id: 'a1', name: '管理员', role: 'admin', department: null };
  localStorage.clear();
  sessionStorage.clear();
});

describe('<SmsOutboxPage> 短信发件箱', () => {
  it('shows the newest messages first, the local outbox’s code in clear and a provider’s masked', async () => {
    open('/admin/sms-outbox');
    const list = await screen.findByTestId('sms-outbox-list', {}, { timeout: 10_000 });
    const [reminder, ...rows] = within(list).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // an owner message: its kind, and the text the owner reads
    expect(within(reminder!).getByText('预约提醒')).toBeInTheDocument();
    expect(within(reminder!).getByTestId('sms-outbox-text')).toHaveTextContent(
      '温馨提醒：滨江花园8#-1-601的交付预约在2030-01-10 09:00-10:00，请准时到场。如需改约请在业主App操作。',
    );
    expect(within(reminder!).queryByTestId('sms-outbox-code')).toBeNull();
    expect(within(rows[0]!).getByText('139****0002')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('已由服务商发送')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('阿里云短信')).toBeInTheDocument();
    expect(within(rows[0]!).queryByText('******')).toBeNull();
    expect(within(rows[1]!).getByTestId('sms-outbox-code')).toHaveTextContent('012345');
    expect(within(rows[1]!).getByText('本地发件箱')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('业主登录验证码')).toBeInTheDocument();
    // sent at 16:30 UTC: 00:30 the next day in Shanghai
    expect(within(rows[1]!).getByText(/2030\/01\/02 00:30/)).toBeInTheDocument();
    expect(received.find((r) => r.path.startsWith('/sms-outbox'))!.path).toBe('/sms-outbox?page=1&pageSize=20');
    expect(screen.getAllByText('短信发件箱').length).toBeGreaterThan(0);
  });
});
