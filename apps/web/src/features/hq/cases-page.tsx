import { Typography } from 'antd';

export function CasesPage() {
  return <Typography.Title level={3}>CasesPage</Typography.Title>;
}
