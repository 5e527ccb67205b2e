import { useQuery } from '@tanstack/react-query';
import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';

/** The staff of one project (GET /projects/{id}/assignments): its department heads by department, its city responsible. */
export function ProjectStaff({ projectId, timeZone }: { projectId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const staff = useQuery({
    queryKey: ['project-assignments', projectId],
    queryFn: () => call(api.GET('/projects/{id}/assignments', { params: { path: { id: projectId } } })),
  });
  return (
    <QueryView query={staff} rows={2}>
      {(data) => (
        <div data-testid={`project-staff-${projectId}`}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('assignments.cityResponsible')}：
            {data.cityResponsible ? (
              <Typography.Text strong data-testid="city-responsible-name">
                {data.cityResponsible.name}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('assignments.noCityResponsible')}</Typography.Text>
            )}
          </Typography.Paragraph>
          {data.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assignments.noStaff')} />
          ) : (
            <List
              size="small"
              dataSource={data.items}
              data-testid="current-staff"
              renderItem={(person) => (
                <List.Item
                  extra={
                    <Typography.Text type="secondary">
                      {t('assignments.assignedAt')} {formatDateTime(person.assignedAt, timeZone, i18n.language)}
                    </Typography.Text>
                  }
                >
                  <Space>
                    <Tag color="blue">
                      {person.department
                        ? t(`common:department.${person.department}`)
                        : t(`common:role.${person.role}`, { defaultValue: person.role })}
                    </Tag>
                    {person.name}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </div>
      )}
    </QueryView>
  );
}
