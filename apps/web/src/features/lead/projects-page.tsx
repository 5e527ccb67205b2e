import { Typography } from 'antd';

export function ProjectsPage() {
  return <Typography.Title level={3}>ProjectsPage</Typography.Title>;
}
