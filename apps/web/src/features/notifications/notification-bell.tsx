import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { queryProblem } from '../../shared/query-view';
import { NotificationList } from './notification-list';
import { BELL_LIST_SIZE, useMarkAllRead, useNotifications } from './notification-queries';
import './notifications.css';

/**
 * 通知: the bell in the header with the caller's unread count, asked again every 15 s, and a panel of the latest
 * notifications (each a deep link), "mark all read" and the way to the full list.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const latest = useNotifications({ page: 1, pageSize: BELL_LIST_SIZE }, { poll: true });
  const markAllRead = useMarkAllRead();
  const unread = latest.data?.unread ?? 0;
  const problem = queryProblem(latest);

  const panel = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel-scroll">
        {problem && !latest.data ? (
          <ApiErrorAlert error={problem.error} retrying={problem.retrying} onRetry={() => void latest.refetch()} />
        ) : (
          <NotificationList
            items={latest.data?.items ?? []}
            emptyText={t('bell.empty')}
            onOpen={() => setOpen(false)}
            compact
          />
        )}
      </div>
      {markAllRead.isError && <ApiErrorAlert error={markAllRead.error} />}
      <div className="notification-panel-footer">
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-see-all">
          {t('bell.seeAll')}
        </Link>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markAllRead.isPending}
          data-testid="notifications-mark-all-read"
          onClick={() =>
            markAllRead.mutate(undefined, {
              onSuccess: (result) => void message.success(t('bell.markedAllRead', { count: result.marked })),
            })
          }
        >
          {t('bell.markAllRead')}
        </Button>
      </div>
    </div>
  );

  return (
    <Popover
      trigger="click"
      // "bottom" shifts the panel sideways to stay on the screen (a phone has less room left of the bell than it is wide).
      placement="bottom"
      open={open}
      onOpenChange={setOpen}
      title={
        <span>
          {t('bell.latest')}
          {unread > 0 && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
              {t('bell.unread', { count: unread })}
            </Typography.Text>
          )}
        </span>
      }
      content={panel}
      destroyOnHidden
    >
      <Button
        type="text"
        aria-label={unread > 0 ? `${t('bell.label')} · ${t('bell.unread', { count: unread })}` : t('bell.label')}
        data-testid="notification-bell"
        data-count={unread}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
