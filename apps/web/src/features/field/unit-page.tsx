import { Typography } from 'antd';

export function UnitPage() {
  return <Typography.Title level={3}>UnitPage</Typography.Title>;
}
