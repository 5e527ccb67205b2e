import { Typography } from 'antd';

export function DefectListPage() {
  return <Typography.Title level={3}>DefectListPage</Typography.Title>;
}
