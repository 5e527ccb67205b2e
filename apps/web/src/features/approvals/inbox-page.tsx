import { Typography } from 'antd';

export function InboxPage() {
  return <Typography.Title level={3}>InboxPage</Typography.Title>;
}
