import { Typography } from 'antd';

export function CheckInPage() {
  return <Typography.Title level={3}>CheckInPage</Typography.Title>;
}
