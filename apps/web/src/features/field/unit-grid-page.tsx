import { Typography } from 'antd';

export function UnitGridPage() {
  return <Typography.Title level={3}>UnitGridPage</Typography.Title>;
}
