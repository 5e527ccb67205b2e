import { Empty, Tag, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { consolePath, useMarkRead, type NotificationItem } from './notification-queries';
import { localDateTime, sinceText } from './notification-time';

const TOPIC_COLOURS: Record<NotificationItem['topic'], string> = {
  reminder: 'gold',
  escalation: 'red',
  approval_waiting: 'purple',
  decision_made: 'blue',
  daily_briefing: 'default',
};

/**
 * Notifications as the bell and the notification page show them: unread ones marked, each a link to its page in the
 * console; opening one marks it read.
 */
export function NotificationList({
  items,
  emptyText,
  onOpen,
  compact = false,
}: {
  items: NotificationItem[];
  emptyText: string;
  /** Called when a notification is opened (the bell closes its panel). */
  onOpen?: () => void;
  /** The bell's panel: the body on two lines at most. */
  compact?: boolean;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul className="notification-list" data-testid="notification-list">
      {items.map((item) => (
        <li key={item.id}>
          <NotificationLink item={item} onOpen={onOpen} compact={compact} />
        </li>
      ))}
    </ul>
  );
}

function NotificationLink({
  item,
  onOpen,
  compact,
}: {
  item: NotificationItem;
  onOpen?: () => void;
  compact: boolean;
}) {
  const { t, i18n } = useTranslation('notifications');
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const path = consolePath(item.link);
  const href = useHref(path ?? '/notifications');
  const unread = item.readAt === null;

  function open(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab (ctrl/⌘-click, middle click) keeps the browser's own behaviour; it still counts as read.
    if (unread) markRead.mutate(item.id);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onOpen?.();
    if (path) void navigate(path);
  }

  return (
    <a
      href={href}
      onClick={open}
      className={`notification-item${unread ? ' notification-unread' : ''}`}
      data-testid="notification-item"
      data-unread={unread}
    >
      <span className="notification-dot" aria-hidden />
      <span className="notification-text">
        <span className="notification-heading">
          <Tag color={TOPIC_COLOURS[item.topic]} variant="filled">
            {t(`topic.${item.topic}`)}
          </Tag>
          <Typography.Text strong={unread} data-testid="notification-title">
            {item.title}
          </Typography.Text>
          {unread && <span className="sr-only">{t('page.unreadMark')}</span>}
        </span>
        <Typography.Paragraph
          type="secondary"
          className="notification-body"
          ellipsis={compact ? { rows: 2 } : false}
          data-testid="notification-body"
        >
          {item.body}
        </Typography.Paragraph>
        <Typography.Text
          type="secondary"
          className="notification-when"
          title={localDateTime(item.createdAt, i18n.language)}
        >
          {sinceText(item.createdAt, i18n.language, t('when.justNow'))}
        </Typography.Text>
      </span>
    </a>
  );
}
