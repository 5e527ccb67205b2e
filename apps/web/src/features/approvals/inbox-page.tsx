import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { dateIn, daysBetween } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { GateDecision } from './gate-decision';

type InboxItem = components['schemas']['InboxItemDto'];
type Evidence = components['schemas']['GateEvidenceDto'];

/** The field records a gate rests on; red while they still block it (the server refuses the approval then). */
function EvidenceTags({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('approvals');
  const tags = [];
  if (evidence.undecidedRiskItems !== null) {
    tags.push(
      <Tag key="risks" color={evidence.undecidedRiskItems > 0 ? 'red' : 'green'}>
        {t('undecidedRiskItems', { count: evidence.undecidedRiskItems })}
      </Tag>,
    );
  }
  if (evidence.openInUnitQualityDefects !== null) {
    tags.push(
      <Tag key="defects" color={evidence.openInUnitQualityDefects > 0 ? 'red' : 'green'}>
        {t('openInUnitQualityDefects', { count: evidence.openInUnitQualityDefects })}
      </Tag>,
    );
  }
  if (evidence.keysTotal !== null && evidence.keysWithContractor !== null) {
    tags.push(
      evidence.keysTotal === 0 ? (
        <Tag key="keys" color="orange">
          {t('noKeys')}
        </Tag>
      ) : (
        <Tag key="keys" color={evidence.keysWithContractor > 0 ? 'orange' : 'green'}>
          {t('keys', { transferred: evidence.keysTotal - evidence.keysWithContractor, total: evidence.keysTotal })}
        </Tag>
      ),
    );
  }
  if (tags.length === 0) return <Typography.Text type="secondary">{t('noEvidence')}</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap data-testid="gate-evidence">
      {tags}
    </Space>
  );
}

function DueDate({ item }: { item: InboxItem }) {
  const { t } = useTranslation('approvals');
  const days = daysBetween(dateIn(new Date(), item.timeZone), item.dueDate);
  return (
    <Space direction="vertical" size={0}>
      <span>{item.dueDate}</span>
      <Typography.Text type={days < 0 ? 'danger' : days <= 3 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
        {days < 0 ? t('overdue', { days: -days }) : t('daysLeft', { days })}
      </Typography.Text>
    </Space>
  );
}

/** Gates waiting for my signature across the projects I can see, with the evidence each rests on. */
export function InboxPage() {
  const { t } = useTranslation(['approvals', 'common']);
  const { page, pageSize, update } = usePageParams([]);
  const inbox = useQuery({
    queryKey: ['inbox', page, pageSize],
    queryFn: () => call(api.GET('/approvals/inbox', { params: { query: { page, pageSize } } })),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <QueryView query={inbox}>
        {(data) => (
          <Table<InboxItem>
            rowKey={(item) => `${item.projectId}-${item.milestone}`}
            data-testid="inbox-table"
            size="middle"
            scroll={{ x: true }}
            loading={inbox.isFetching}
            dataSource={data.items}
            locale={{ emptyText: t('empty') }}
            onRow={(item) => ({ 'data-testid': `inbox-${item.projectId}-${item.milestone}` }) as object}
            pagination={{
              current: page,
              pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('total', { total }),
              onChange: (nextPage, nextSize) => update({ page: nextPage, pageSize: nextSize }),
            }}
            columns={[
              {
                title: t('project'),
                key: 'project',
                render: (_, item) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/projects/${item.projectId}`}>{`${item.projectName} · ${item.batch}`}</Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.cityCompany} · D = {item.firstHandoverDate}
                    </Typography.Text>
                    {item.atRisk && (
                      <Tag color="red" icon={<WarningOutlined />}>
                        {t('common:atRisk')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              {
                title: t('milestone'),
                key: 'milestone',
                render: (_, item) => (
                  <Space direction="vertical" size={0}>
                    <span>{t(`common:milestone.${item.milestone}`)}</span>
                    <Tag color={item.status === 'rework' ? 'orange' : 'blue'}>{t(`statusLabel.${item.status}`)}</Tag>
                  </Space>
                ),
              },
              { title: t('dueDate'), key: 'due', render: (_, item) => <DueDate item={item} /> },
              {
                title: t('party'),
                key: 'party',
                render: (_, item) => (
                  <Space direction="vertical" size={0}>
                    <Tag color="purple">{t(`common:department.${item.party}`)}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('signed')}:{' '}
                      {item.approvedParties.map((party) => t(`common:department.${party}`)).join('、') || '—'}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('waiting')}:{' '}
                      {item.parties
                        .filter((party) => !item.approvedParties.includes(party))
                        .map((party) => t(`common:department.${party}`))
                        .join('、')}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: t('evidence'), key: 'evidence', render: (_, item) => <EvidenceTags evidence={item.evidence} /> },
              {
                title: t('actions'),
                key: 'actions',
                render: (_, item) => <GateDecision projectId={item.projectId} milestone={item.milestone} />,
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
