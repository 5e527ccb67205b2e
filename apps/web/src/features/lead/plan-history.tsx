import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatDateTime } from '../../shared/time';

type Project = components['schemas']['ProjectDetailDto'];
type Entry = components['schemas']['PlanHistoryEntryDto'];

/** Every version of the plan: launch, then each postponement or at-risk decision that moved D. */
export function PlanHistory({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('lead');
  return (
    <Table<Entry>
      rowKey="version"
      size="small"
      data-testid="plan-history"
      scroll={{ x: true }}
      pagination={false}
      dataSource={[...project.planHistory].reverse()}
      columns={[
        { title: t('project.version'), dataIndex: 'version', render: (version: number) => `v${version}` },
        { title: 'D', dataIndex: 'firstHandoverDate' },
        {
          title: t('project.reason'),
          dataIndex: 'reason',
          render: (reason: string) => (reason === 'launch' ? t('project.launchReason') : reason),
        },
        {
          title: t('project.decidedBy'),
          dataIndex: 'decidedBy',
          render: (userId: string | null) => (userId ? (project.userNames[userId] ?? userId.slice(0, 8)) : '—'),
        },
        {
          title: t('project.at'),
          dataIndex: 'at',
          render: (at: string) => formatDateTime(at, project.timeZone, i18n.language),
        },
      ]}
    />
  );
}
