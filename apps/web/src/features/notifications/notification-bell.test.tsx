import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotificationServer, jsonResponse } from './fake-notification-server';

let server = new FakeNotificationServer();
vi.stubGlobal('fetch', async (input: Request) => {
  const answer = server.answer(input.method, new URL(input.url));
  return jsonResponse(answer ?? { status: 404, body: { statusCode: 404, message: 'not stubbed' } });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { NotificationBell } = await import('./notification-bell');
const { NOTIFICATION_POLL_MS } = await import('./notification-queries');
const { createQueryClient } = await import('../../shared/query-client');
await import('../../i18n');

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function renderBell() {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <NotificationBell />
            <Where />
          </>
        ),
      },
    ],
    { initialEntries: ['/hq/board'] },
  );
  return render(
    <AntApp>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AntApp>,
  );
}

const bell = () => screen.getByTestId('notification-bell');
const count = () => bell().getAttribute('data-count');

describe('<NotificationBell>', () => {
  beforeEach(() => {
    server = new FakeNotificationServer();
    server.add({ id: 'n1', title: '金鸡湖壹号 · 重大投诉', link: '/projects/p1' });
    server.add({ id: 'n2', title: '分户验收 明天到期', topic: 'reminder', link: '/approvals' });
    server.add({ id: 'n3', title: '延期申请已批准', topic: 'decision_made', readAt: '2026-01-01T00:00:00Z' });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the unread count and lists the latest notifications, unread ones marked', async () => {
    renderBell();
    await waitFor(() => expect(count()).toBe('2'));
    expect(within(bell()).getByText('2')).toBeInTheDocument();
    expect(bell()).toHaveAccessibleName('通知 · 2 条未读');

    await userEvent.click(bell());
    const panel = await screen.findByTestId('notification-panel');
    const items = within(panel).getAllByTestId('notification-item');
    expect(items.map((item) => within(item).getByTestId('notification-title').textContent)).toEqual([
      '延期申请已批准',
      '分户验收 明天到期',
      '金鸡湖壹号 · 重大投诉',
    ]);
    expect(items.map((item) => item.dataset.unread)).toEqual(['false', 'true', 'true']);
    expect(items[1]).toHaveTextContent('提醒');
    expect(items[2]).toHaveTextContent('升级');
    expect(items[2]).toHaveTextContent('5分钟前');
    expect(items[2]).toHaveAttribute('href', '/projects/p1');
    expect(server.requests).toContain('GET /notifications?page=1&pageSize=8');
  });

  it('marks a notification read when it is opened and goes to its page in the console', async () => {
    renderBell();
    await waitFor(() => expect(count()).toBe('2'));
    await userEvent.click(bell());
    const panel = await screen.findByTestId('notification-panel');
    await userEvent.click(within(panel).getByText('金鸡湖壹号 · 重大投诉'));

    expect(screen.getByTestId('where')).toHaveTextContent('/projects/p1');
    await waitFor(() => expect(count()).toBe('1'));
    expect(server.requests).toContain('POST /notifications/n1/read');
    await waitFor(() => expect(screen.queryByTestId('notification-panel')).toBeNull());
  });

  it('marks all read in one request and says how many', async () => {
    renderBell();
    await waitFor(() => expect(count()).toBe('2'));
    await userEvent.click(bell());
    await userEvent.click(await screen.findByTestId('notifications-mark-all-read'));

    await waitFor(() => expect(count()).toBe('0'));
    expect(server.requests.filter((request) => request === 'POST /notifications/read-all')).toHaveLength(1);
    expect(await screen.findByText('已将 2 条标为已读')).toBeInTheDocument();
    expect(screen.getByTestId('notifications-mark-all-read')).toBeDisabled();
    expect(within(bell()).queryByText('2')).toBeNull();
  });

  it('shows a new notification at the next poll, without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderBell();
    await waitFor(() => expect(count()).toBe('2'));
    server.add({ id: 'n4', title: '集团升级：节点逾期' });

    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS - 1_000));
    expect(count()).toBe('2');
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    await waitFor(() => expect(count()).toBe('3'));
    await userEvent.click(bell());
    expect(await screen.findByText('集团升级：节点逾期')).toBeInTheDocument();
  });
});
