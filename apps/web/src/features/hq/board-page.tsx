import { Typography } from 'antd';

export function BoardPage() {
  return <Typography.Title level={3}>BoardPage</Typography.Title>;
}
