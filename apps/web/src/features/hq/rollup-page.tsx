import { Typography } from 'antd';

export function RollupPage() {
  return <Typography.Title level={3}>RollupPage</Typography.Title>;
}
