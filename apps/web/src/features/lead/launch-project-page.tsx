import { Typography } from 'antd';

export function LaunchProjectPage() {
  return <Typography.Title level={3}>LaunchProjectPage</Typography.Title>;
}
