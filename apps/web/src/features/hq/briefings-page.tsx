import { Typography } from 'antd';

export function BriefingsPage() {
  return <Typography.Title level={3}>BriefingsPage</Typography.Title>;
}
