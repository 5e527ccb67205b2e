import { Typography } from 'antd';

export function SurveyPage() {
  return <Typography.Title level={3}>SurveyPage</Typography.Title>;
}
