import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** 业主端 登录 and 我的房屋 against a stub of /owner/*, as the console's tests stub its API. */
interface Received {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
  language: string | null;
}
const received: Received[] = [];
type Answer = { status: number; body?: unknown };
let answers: Record<string, Answer> = {};

const UNIT = {
  id: 'u1',
  projectId: 'p1',
  projectName: '滨江花园一期',
  timeZone: 'Asia/Shanghai',
  building: '3',
  unit: '2',
  room: '1501',
  ownerName: '李业主',
  fitOut: 'fitted',
  handoverState: 'checked_in',
  contractedAreaCenti: 8950,
  surveyedAreaCenti: 8900,
};

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const text = await input.text();
  received.push({
    method: input.method,
    path: url.pathname,
    body: text ? JSON.parse(text) : undefined,
    authorization: input.headers.get('Authorization'),
    language: input.headers.get('Accept-Language'),
  });
  const answer = answers[`${input.method} ${url.pathname}`] ?? {
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', message: `no ${url.pathname} in this test` },
  };
  return answer.status === 204
    ? new Response(null, { status: 204 })
    : new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
});

// the client takes fetch when it is made: import the app after the stub
const { OwnerApp } = await import('./owner-app');

const CODE_SENT: Answer = { status: 202, body: { status: 'accepted', expiresInSeconds: 300 } };
const SIGNED_IN: Answer = { status: 200, body: { token: 'hov_owner_t1', expiresInSeconds: 604800 } };

beforeEach(() => {
  received.length = 0;
  answers = { 'POST /owner/sign-in/code': CODE_SENT, 'POST /owner/sign-in': SIGNED_IN };
  localStorage.clear();
  window.history.replaceState(null, '', '/h5/');
});
afterEach(() => vi.useRealTimers());

const phoneInput = () => screen.getByPlaceholderText('请输入 11 位手机号');
const codeInput = () => screen.getByPlaceholderText('6 位验证码');

describe('owner sign-in (业主登录)', () => {
  it('asks for a code for the number, then waits 60 s before another', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    render(<OwnerApp />);
    expect(window.location.pathname).toBe('/h5/sign-in');
    fireEvent.change(phoneInput(), { target: { value: '139 0000 0001' } });
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));

    expect(await screen.findByRole('status')).toHaveTextContent('验证码已发送，5 分钟内有效');
    expect(received).toEqual([
      expect.objectContaining({ method: 'POST', path: '/owner/sign-in/code', body: { phone: '13900000001' } }),
    ]);
    expect(screen.getByRole('button', { name: '60 秒后重新获取' })).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(screen.getByRole('button', { name: '1 秒后重新获取' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeEnabled();
  });

  it('asks nothing of the server for a number or a code that cannot be right', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    await user.type(phoneInput(), '1390000');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请输入正确的 11 位手机号。');
    await user.type(phoneInput(), '0001');
    await user.type(codeInput(), '12a3');
    expect(codeInput()).toHaveValue('123');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请输入 6 位数字验证码。');
    expect(received).toEqual([]);
  });

  it('words a refused code and too many requests from their codes, in Chinese or English', async () => {
    const user = userEvent.setup();
    answers['POST /owner/sign-in'] = {
      status: 401,
      body: { statusCode: 401, code: 'OWNER_SIGN_IN_REFUSED', message: 'server sentence' },
    };
    answers['POST /owner/sign-in/code'] = {
      status: 429,
      body: { statusCode: 429, code: 'OWNER_SIGN_IN_TOO_MANY', params: { retryAfterSeconds: 42 }, message: 'x' },
    };
    render(<OwnerApp />);
    await user.type(phoneInput(), '13900000001');
    await user.type(codeInput(), '000000');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('验证码错误或已失效，请重新获取验证码。');
    expect(localStorage.getItem('handover.owner.token')).toBeNull();

    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('请求过于频繁，请 42 秒后再试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '42 秒后重新获取' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Owner sign-in');
    expect(screen.getByRole('button', { name: /^Resend in \d+ s$/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The code is wrong or no longer valid; ask for a new code.')).toBeInTheDocument();
    expect(received.at(-1)?.language).toBe('en');
    expect(localStorage.getItem('handover.owner.language')).toBe('en');
  });

  it('signs in, keeps the token, lists the owner’s units and signs out', async () => {
    const user = userEvent.setup();
    answers['GET /owner/me/units'] = { status: 200, body: { items: [UNIT] } };
    answers['POST /owner/sign-out'] = { status: 204 };
    render(<OwnerApp />);
    await user.type(phoneInput(), '13900000001');
    await user.type(codeInput(), '012345');
    await user.click(screen.getByRole('button', { name: '登录' }));

    const card = await screen.findByTestId('owner-unit');
    expect(card).toHaveTextContent('滨江花园一期');
    expect(card).toHaveTextContent('3-2-1501');
    expect(card).toHaveTextContent('签到');
    expect(card).toHaveTextContent('89.50 m²');
    expect(window.location.pathname).toBe('/h5/');
    expect(localStorage.getItem('handover.owner.token')).toBe('hov_owner_t1');
    expect(received.find((r) => r.path === '/owner/sign-in')?.body).toEqual({ phone: '13900000001', code: '012345' });
    expect(received.find((r) => r.path === '/owner/me/units')?.authorization).toBe('Bearer hov_owner_t1');

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('heading', { name: '业主登录' })).toBeInTheDocument();
    expect(received.at(-1)).toMatchObject({ method: 'POST', path: '/owner/sign-out' });
    expect(received.at(-1)?.authorization).toBe('Bearer hov_owner_t1');
    expect(localStorage.getItem('handover.owner.token')).toBeNull();
    expect(window.location.pathname).toBe('/h5/sign-in');
  });

  it('returns to sign-in when the server no longer knows the token', async () => {
    localStorage.setItem('handover.owner.token', 'hov_owner_revoked');
    answers['GET /owner/me/units'] = {
      status: 401,
      body: { statusCode: 401, code: 'OWNER_SESSION_REQUIRED', message: 'x' },
    };
    render(<OwnerApp />);
    expect(await screen.findByRole('heading', { name: '业主登录' })).toBeInTheDocument();
    expect(localStorage.getItem('handover.owner.token')).toBeNull();
    expect(window.location.pathname).toBe('/h5/sign-in');
  });
});
