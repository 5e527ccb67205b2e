import { Typography } from 'antd';

export function EscalationsPage() {
  return <Typography.Title level={3}>EscalationsPage</Typography.Title>;
}
