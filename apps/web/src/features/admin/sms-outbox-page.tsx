import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  OWNER_MESSAGE_KINDS,
  renderOwnerMessage,
  type OwnerMessage,
  type OwnerMessageKind,
} from '@handover/domain/owner-messages';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';

type SmsMessage = components['schemas']['SmsOutboxMessageDto'];

const STATUS_COLOURS: Record<string, string> = { held: 'processing', sent: 'success', failed: 'error' };

const isOwnerMessage = (template: string): template is OwnerMessageKind =>
  (OWNER_MESSAGE_KINDS as readonly string[]).includes(template);

/**
 * 短信发件箱 (admins): the text messages sent to owners, newest first, paged by the API. With no SMS provider
 * configured (as on `npm start`) the messages stay here, and the admin reads an owner's sign-in code from the list;
 * the other messages (notice, reminder, reply, visit) show the text the owner reads, drawn as the worker drew it.
 */
export function SmsOutboxPage() {
  const { t, i18n } = useTranslation('admin');
  const { page, pageSize, update } = usePageParams<Record<string, never>>([]);
  const messages = useQuery({
    queryKey: ['sms-outbox', page, pageSize],
    queryFn: () => call(api.GET('/sms-outbox', { params: { query: { page, pageSize } } })),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Typography.Title level={3}>{t('smsOutbox.title')}</Typography.Title>
      <Card size="small">
        <Alert type="info" showIcon title={t('smsOutbox.hint')} style={{ marginBottom: 12 }} />
        <QueryView query={messages}>
          {(data) => (
            <Table<SmsMessage>
              rowKey="id"
              size="small"
              data-testid="sms-outbox-list"
              dataSource={data.items}
              locale={{ emptyText: t('smsOutbox.empty') }}
              pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true }}
              onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
              columns={[
                {
                  title: t('smsOutbox.createdAt'),
                  dataIndex: 'createdAt',
                  width: 160,
                  render: (value: string) => formatDateTime(value, undefined, i18n.language),
                },
                { title: t('smsOutbox.to'), dataIndex: 'toMasked', width: 130 },
                {
                  title: t('smsOutbox.template'),
                  dataIndex: 'template',
                  width: 140,
                  render: (value: string) => t(`smsOutbox.templates.${value}`, { defaultValue: value }),
                },
                {
                  title: t('smsOutbox.code'),
                  key: 'code',
                  width: 240,
                  render: (_, row) =>
                    isOwnerMessage(row.template) ? (
                      <Typography.Text data-testid="sms-outbox-text">
                        {renderOwnerMessage({ kind: row.template, params: row.params } as OwnerMessage)}
                      </Typography.Text>
                    ) : row.provider === 'outbox' ? (
                      <Typography.Text strong copyable data-testid="sms-outbox-code">
                        {String(row.params.code ?? '')}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{t('smsOutbox.codeWithProvider')}</Typography.Text>
                    ),
                },
                {
                  title: t('smsOutbox.provider'),
                  dataIndex: 'provider',
                  width: 120,
                  render: (value: string) => t(`smsOutbox.providers.${value}`, { defaultValue: value }),
                },
                {
                  title: t('smsOutbox.status'),
                  dataIndex: 'status',
                  width: 100,
                  render: (value: string, row) => (
                    <Tag color={STATUS_COLOURS[value]} title={row.error ?? undefined}>
                      {t(`smsOutbox.statuses.${value}`, { defaultValue: value })}
                    </Tag>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
