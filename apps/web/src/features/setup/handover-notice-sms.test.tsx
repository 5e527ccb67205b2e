import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** 短信发送交付通知 on the notice card: a confirmation first, then one POST, and what it queued. */
const received: { method: string; path: string }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };
vi.stubGlobal('fetch', async (input: Request) => {
  received.push({ method: input.method, path: new URL(input.url).pathname });
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});

// the console's client takes fetch when it is made: import it after the stub
const { HandoverNoticeSms } = await import('./handover-notice-sms');

afterEach(() => {
  received.length = 0;
});

const mount = (noticeSaved: boolean) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <App>
        <HandoverNoticeSms projectId="p1" noticeSaved={noticeSaved} />
      </App>
    </QueryClientProvider>,
  );

describe('短信发送交付通知', () => {
  it('asks first, sends once on confirm and shows the counts', async () => {
    answer = { status: 200, body: { queued: 118, alreadyQueued: 2, withoutMobile: 3 } };
    const lead = userEvent.setup();
    mount(true);
    await lead.click(screen.getByRole('button', { name: /短信发送交付通知/ }));
    expect(await screen.findByText('短信发送交付通知？/ Send the notice by SMS?')).toBeInTheDocument();
    expect(received).toEqual([]);
    await lead.click(screen.getByRole('button', { name: /发送 \/ Send/ }));
    expect(await screen.findByText(/已排队 118 户，已发过 2 户，无手机号 3 户/)).toBeInTheDocument();
    expect(received).toEqual([{ method: 'POST', path: '/projects/p1/handover-notice/sms' }]);
  });

  it('is disabled until the notice is saved', () => {
    mount(false);
    expect(screen.getByRole('button', { name: /短信发送交付通知/ })).toBeDisabled();
  });

  it('shows the refusal', async () => {
    answer = {
      status: 404,
      body: { statusCode: 404, code: 'HANDOVER_NOTICE_NOT_SET', params: { projectId: 'p1' }, message: 'not set' },
    };
    const lead = userEvent.setup();
    mount(true);
    await lead.click(screen.getByRole('button', { name: /短信发送交付通知/ }));
    await lead.click(await screen.findByRole('button', { name: /发送 \/ Send/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('本项目尚未设置交付通知书的交付地点和携带材料');
  });
});
