import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';

type Project = components['schemas']['ProjectDetailDto'];
type Escalation = components['schemas']['EscalationRecordDto'];
type Notification = components['schemas']['NotificationEventDto'];

/** Escalations the timeline raised (from the project's status) and every reminder/escalation it sent (outbox). */
export function ProjectNotifications({ project }: { project: Project }) {
  const { t, i18n } = useTranslation(['lead', 'common']);
  const at = (iso: string) => formatDateTime(iso, project.timeZone, i18n.language);
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const sent = useQuery({
    queryKey: ['project-notifications', project.id, page],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/notifications', {
          params: { path: { id: project.id }, query: { page: page.current, pageSize: page.pageSize } },
        }),
      ),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Typography.Title level={5}>{t('project.escalations')}</Typography.Title>
      <Table<Escalation>
        rowKey="key"
        size="small"
        data-testid="project-escalations"
        scroll={{ x: true }}
        pagination={false}
        dataSource={project.escalations}
        locale={{ emptyText: t('common:noData') }}
        columns={[
          {
            title: t('project.kind'),
            dataIndex: 'kind',
            render: (kind: string) => (
              <Tag color="red">{t(`project.escalationKind.${kind}`, { defaultValue: kind })}</Tag>
            ),
          },
          {
            title: t('project.milestone'),
            dataIndex: 'milestoneKey',
            render: (key: string) => t(`common:milestone.${key}`),
          },
          { title: t('project.dueDate'), dataIndex: 'dueDate' },
          { title: t('project.when'), dataIndex: 'at', render: at },
          { title: t('project.detail'), dataIndex: 'message' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('project.sent')}
      </Typography.Title>
      <QueryView query={sent} rows={2}>
        {(data) => (
          <Table<Notification>
            rowKey="id"
            size="small"
            data-testid="project-notifications"
            scroll={{ x: true }}
            dataSource={data.items}
            locale={{ emptyText: t('common:noData') }}
            pagination={{
              current: page.current,
              pageSize: page.pageSize,
              total: data.total,
              onChange: (current, pageSize) => setPage({ current, pageSize }),
            }}
            columns={[
              {
                title: t('project.kind'),
                dataIndex: 'kind',
                render: (kind: string) => (
                  <Tag color={kind === 'escalation' ? 'red' : 'gold'}>{t(`project.kindLabel.${kind}`)}</Tag>
                ),
              },
              {
                title: t('project.milestone'),
                dataIndex: 'milestoneKey',
                render: (key: string | null) => (key ? t(`common:milestone.${key}`) : '—'),
              },
              { title: t('project.dueDate'), dataIndex: 'dueDate', render: (date: string | null) => date ?? '—' },
              {
                title: t('project.detail'),
                key: 'detail',
                render: (_, n) =>
                  n.message ??
                  (n.daysBefore !== null && n.daysBefore >= 0 ? t('project.daysBefore', { days: n.daysBefore }) : '—'),
              },
              { title: t('project.when'), dataIndex: 'sentAt', render: at },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
