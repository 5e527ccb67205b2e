import { App, Button, Card, Pagination, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { NotificationList } from './notification-list';
import { useMarkAllRead, useNotifications } from './notification-queries';
import './notifications.css';

/** 通知中心: all of the caller's notifications, newest first, paged, optionally only the unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const { page, pageSize, filters, update } = usePageParams<{ unread?: string }>(['unread']);
  const unreadOnly = filters.unread === 'true';
  const list = useNotifications({ page, pageSize, unread: unreadOnly }, { poll: true });
  const markAllRead = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  return (
    <>
      <Typography.Title level={3}>{t('page.title')}</Typography.Title>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Segmented<'all' | 'unread'>
              value={unreadOnly ? 'unread' : 'all'}
              onChange={(value) => update({ filters: { unread: value === 'unread' ? 'true' : undefined } })}
              options={[
                { value: 'all', label: t('page.all') },
                { value: 'unread', label: t('page.unreadOnly') },
              ]}
              data-testid="notifications-filter"
            />
            <Typography.Text type="secondary" data-testid="notifications-unread">
              {t('page.unreadCount', { count: unread })}
            </Typography.Text>
          </Space>
          <Button
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() =>
              markAllRead.mutate(undefined, {
                onSuccess: (result) => void message.success(t('bell.markedAllRead', { count: result.marked })),
              })
            }
            data-testid="notifications-mark-all-read"
          >
            {t('bell.markAllRead')}
          </Button>
        </Space>
        {markAllRead.isError && <ApiErrorAlert error={markAllRead.error} />}
        <QueryView query={list}>
          {(data) => (
            <>
              <NotificationList items={data.items} emptyText={t(unreadOnly ? 'page.emptyUnread' : 'page.empty')} />
              {data.total > 0 && (
                <Pagination
                  style={{ marginTop: 12, justifyContent: 'flex-end' }}
                  current={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  showSizeChanger
                  onChange={(current, size) => update({ page: current, pageSize: size })}
                  data-testid="notifications-pagination"
                />
              )}
            </>
          )}
        </QueryView>
      </Card>
    </>
  );
}
