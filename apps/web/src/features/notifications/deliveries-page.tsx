import { useQuery } from '@tanstack/react-query';
import { EXTERNAL_CHANNELS } from '@handover/domain';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { localDateTime } from './notification-time';

type Delivery = components['schemas']['DeliveryResponseDto'];

const STATUSES = ['pending', 'sent', 'failed'] as const;
const STATUS_COLOURS: Record<Delivery['status'], string> = { pending: 'processing', sent: 'success', failed: 'error' };

/** 通知投递 (admins): every delivery on an external channel, its attempts and last error, filtered by the API. */
export function DeliveriesPage() {
  const { t, i18n } = useTranslation('notifications');
  const { page, pageSize, filters, update } = usePageParams<{ channel?: string; status?: string }>([
    'channel',
    'status',
  ]);
  const channel = EXTERNAL_CHANNELS.find((value) => value === filters.channel);
  const status = STATUSES.find((value) => value === filters.status);
  const deliveries = useQuery({
    queryKey: ['notification-deliveries', page, pageSize, channel, status],
    queryFn: () =>
      call(api.GET('/notification-deliveries', { params: { query: { page, pageSize, channel, status } } })),
    placeholderData: (previous) => previous,
  });
  const at = (iso: string | null) => localDateTime(iso, i18n.language);

  return (
    <>
      <Typography.Title level={3}>{t('deliveries.title')}</Typography.Title>
      <Card size="small">
        <Alert type="info" showIcon title={t('deliveries.hint')} style={{ marginBottom: 12 }} />
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('deliveries.allChannels')}
            value={channel}
            onChange={(value?: string) => update({ filters: { channel: value } })}
            options={EXTERNAL_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            data-testid="delivery-channel"
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('deliveries.allStatuses')}
            value={status}
            onChange={(value?: string) => update({ filters: { status: value } })}
            options={STATUSES.map((value) => ({ value, label: t(`deliveries.statuses.${value}`) }))}
            data-testid="delivery-status"
          />
        </Space>
        <QueryView query={deliveries}>
          {(data) => (
            <Table<Delivery>
              rowKey="id"
              size="small"
              data-testid="delivery-list"
              dataSource={data.items}
              scroll={{ x: 1500 }}
              locale={{ emptyText: t('deliveries.empty') }}
              pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true }}
              onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
              columns={[
                { title: t('deliveries.createdAt'), dataIndex: 'createdAt', width: 150, render: at },
                {
                  title: t('deliveries.recipient'),
                  key: 'recipient',
                  width: 140,
                  render: (_, row) => (
                    <Space orientation="vertical" size={0}>
                      <span>{row.userName}</span>
                      <Link to={`/admin/users/${row.userId}/notifications`}>{t('deliveries.settings')}</Link>
                    </Space>
                  ),
                },
                {
                  title: t('deliveries.titleColumn'),
                  key: 'title',
                  width: 300,
                  render: (_, row) => (
                    <>
                      <Tag variant="filled">{t(`topic.${row.topic}`)}</Tag>
                      {row.projectId ? <Link to={`/projects/${row.projectId}`}>{row.title}</Link> : row.title}
                    </>
                  ),
                },
                {
                  title: t('deliveries.channel'),
                  dataIndex: 'channel',
                  width: 100,
                  render: (value: Delivery['channel']) => t(`channel.${value}`),
                },
                {
                  title: t('deliveries.status'),
                  dataIndex: 'status',
                  width: 90,
                  render: (value: Delivery['status']) => (
                    <Tag color={STATUS_COLOURS[value]} data-testid="delivery-status-tag">
                      {t(`deliveries.statuses.${value}`)}
                    </Tag>
                  ),
                },
                { title: t('deliveries.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
                {
                  title: t('deliveries.lastError'),
                  dataIndex: 'lastError',
                  width: 220,
                  render: (value: string | null) =>
                    value ? (
                      <Typography.Text type="danger" ellipsis={{ tooltip: value }} style={{ maxWidth: 200 }}>
                        {value}
                      </Typography.Text>
                    ) : (
                      '—'
                    ),
                },
                { title: t('deliveries.notBefore'), dataIndex: 'notBefore', width: 150, render: at },
                { title: t('deliveries.sentAt'), dataIndex: 'sentAt', width: 150, render: at },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
