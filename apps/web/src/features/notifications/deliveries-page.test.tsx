import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../api/schema';

type Delivery = components['schemas']['DeliveryResponseDto'];

const DELIVERIES: Delivery[] = [
  {
    id: 'd1',
    notificationId: 'n1',
    userId: 'u2',
    userName: '王经理',
    projectId: 'p1',
    topic: 'escalation',
    code: 'MAJOR_COMPLAINT',
    title: '【升级】金鸡湖壹号',
    channel: 'wecom',
    status: 'failed',
    attempts: 1,
    lastError: '40003 invalid userid',
    notBefore: '2026-12-04T01:00:00Z',
    sentAt: null,
    createdAt: '2026-12-04T01:00:00Z',
  },
  {
    id: 'd2',
    notificationId: 'n2',
    userId: 'u3',
    userName: '李总',
    projectId: null,
    topic: 'daily_briefing',
    code: 'DAILY_BRIEFING',
    title: '每日交付简报',
    channel: 'email',
    status: 'sent',
    attempts: 2,
    lastError: null,
    notBefore: '2026-12-04T12:00:00Z',
    sentAt: '2026-12-04T12:00:31Z',
    createdAt: '2026-12-04T11:59:00Z',
  },
];
const requests: URL[] = [];
vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  requests.push(url);
  const channel = url.searchParams.get('channel');
  const status = url.searchParams.get('status');
  const items = DELIVERIES.filter((d) => (!channel || d.channel === channel) && (!status || d.status === status));
  return new Response(JSON.stringify({ items, page: 1, pageSize: 20, total: items.length }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { DeliveriesPage } = await import('./deliveries-page');
const { createQueryClient } = await import('../../shared/query-client');
await import('../../i18n');

function renderPage() {
  return render(
    <AntApp>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={['/admin/notification-deliveries']}>
          <DeliveriesPage />
        </MemoryRouter>
      </QueryClientProvider>
    </AntApp>,
  );
}
const rows = () => within(screen.getByTestId('delivery-list')).getAllByRole('row').slice(1);

describe('<DeliveriesPage>', () => {
  // Times are the reader's: this test reads them in Shanghai, whatever zone the machine is in.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  beforeEach(() => {
    requests.length = 0;
  });

  it('lists each delivery with its recipient, channel, status, attempts, last error and local times', async () => {
    renderPage();
    await screen.findByText('王经理');
    const [failed, sent] = rows();
    expect(failed).toHaveTextContent('2026/12/04 09:00');
    expect(failed).toHaveTextContent('【升级】金鸡湖壹号');
    expect(failed).toHaveTextContent('升级');
    expect(failed).toHaveTextContent('企业微信');
    expect(within(failed).getByTestId('delivery-status-tag')).toHaveTextContent('失败');
    expect(failed).toHaveTextContent('40003 invalid userid');
    const attempts = within(screen.getByTestId('delivery-list'))
      .getAllByRole('columnheader')
      .findIndex((header) => header.textContent === '尝试次数');
    expect(within(failed).getAllByRole('cell')[attempts]).toHaveTextContent(/^1$/);
    expect(within(sent).getAllByRole('cell')[attempts]).toHaveTextContent(/^2$/);
    expect(within(failed).getByRole('link', { name: '通知设置' })).toHaveAttribute(
      'href',
      '/admin/users/u2/notifications',
    );
    expect(within(failed).getByRole('link', { name: '【升级】金鸡湖壹号' })).toHaveAttribute('href', '/projects/p1');
    expect(within(sent).getByTestId('delivery-status-tag')).toHaveTextContent('已发送');
    expect(sent).toHaveTextContent('邮件');
    expect(sent).toHaveTextContent('每日简报');
    expect(sent).toHaveTextContent('2026/12/04 20:00');
    expect(sent).toHaveTextContent('—');
  });

  it('filters by channel and status through the API', async () => {
    renderPage();
    await screen.findByText('王经理');
    await userEvent.click(within(screen.getByTestId('delivery-status')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('失败'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('王经理');
    expect(requests.at(-1)?.searchParams.get('status')).toBe('failed');

    await userEvent.click(within(screen.getByTestId('delivery-channel')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('邮件'));
    await waitFor(() => expect(screen.getByTestId('delivery-list')).toHaveTextContent('暂无投递记录'));
    const last = requests.at(-1)!;
    expect([last.searchParams.get('channel'), last.searchParams.get('status')]).toEqual(['email', 'failed']);
  });
});
