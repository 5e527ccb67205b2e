import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { ProjectStaff } from './project-staff';

type Project = components['schemas']['ProjectSummaryDto'];

/** 人员分配 (admins): every project, each expandable to its current staff and city company responsible person. */
export function AssignmentsPage() {
  const { t } = useTranslation('admin');
  const { page, pageSize, update } = usePageParams<Record<string, never>>([]);
  const projects = useQuery({
    queryKey: ['projects', 'assignments', page, pageSize],
    queryFn: () => call(api.GET('/projects', { params: { query: { page, pageSize } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={3}>{t('assignments.title')}</Typography.Title>
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('assignments.hint')}</Typography.Paragraph>
        <QueryView query={projects}>
          {(data) => (
            <Table<Project>
              rowKey="id"
              size="small"
              data-testid="assignments-projects"
              dataSource={data.items}
              locale={{ emptyText: t('assignments.empty') }}
              pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true }}
              onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
              expandable={{
                expandedRowRender: (project) => <ProjectStaff projectId={project.id} timeZone={project.timeZone} />,
              }}
              columns={[
                {
                  title: t('assignments.project'),
                  key: 'name',
                  render: (_, project) => (
                    <Link to={`/projects/${project.id}/setup`}>
                      {project.name} · {project.batch}
                    </Link>
                  ),
                },
                { title: t('assignments.cityCompany'), dataIndex: 'cityCompany' },
                { title: t('assignments.firstHandoverDate'), dataIndex: 'firstHandoverDate' },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
