import { Typography } from 'antd';

export function ProjectPage() {
  return <Typography.Title level={3}>ProjectPage</Typography.Title>;
}
