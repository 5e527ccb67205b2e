import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { DecisionModal, type DecisionAction } from './escalations/decision-modal';

type Escalation = components['schemas']['EscalationDto'];
type PendingDecision = components['schemas']['PendingDecisionDto'];

const KINDS = [
  'milestone_overdue',
  'handover_date_at_risk',
  'defect_overdue',
  'complaint_overdue',
  'major_complaint',
] as const;
const STATES = ['open', 'closed'] as const;
const ACTIONS: Record<PendingDecision['kind'], DecisionAction[]> = {
  postponement: ['approve', 'reject'],
  at_risk: ['postpone', 'proceed'],
};

/** 升级与决策: the decisions HQ owes (postponements, at-risk dates) and every escalation, paged and filtered by the API. */
export function EscalationsPage() {
  const { t } = useTranslation('hq');
  return (
    <>
      <Typography.Title level={3}>{t('escalations.title')}</Typography.Title>
      <PendingDecisions />
      <EscalationList />
    </>
  );
}

function PendingDecisions() {
  const { t, i18n } = useTranslation('hq');
  const [deciding, setDeciding] = useState<{ decision: PendingDecision; action: DecisionAction } | null>(null);
  const decisions = useQuery({ queryKey: ['hq', 'decisions'], queryFn: () => call(api.GET('/hq/decisions')) });
  return (
    <Card
      size="small"
      title={t('escalations.decisionsTitle')}
      style={{ marginBottom: 16 }}
      data-testid="pending-decisions"
    >
      <Alert type="info" showIcon title={t('escalations.mirrorHint')} style={{ marginBottom: 12 }} />
      <QueryView query={decisions}>
        {(data) => (
          <Table<PendingDecision>
            rowKey={(row) => `${row.kind}-${row.projectId}-${row.requestId ?? ''}`}
            size="small"
            dataSource={data.items}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: true }}
            locale={{ emptyText: t('escalations.decisionsEmpty') }}
            columns={[
              {
                title: t('escalations.kind'),
                dataIndex: 'kind',
                render: (kind: string) => (
                  <Tag color={kind === 'at_risk' ? 'red' : 'purple'}>{t(`escalations.decisionKind.${kind}`)}</Tag>
                ),
              },
              {
                title: t('escalations.project'),
                key: 'project',
                render: (_, row) => <Link to={`/projects/${row.projectId}`}>{`${row.name} · ${row.batch}`}</Link>,
              },
              { title: t('escalations.currentD'), dataIndex: 'firstHandoverDate' },
              {
                title: t('escalations.requestedD'),
                dataIndex: 'newFirstHandoverDate',
                render: (date: string | null) => date ?? '—',
              },
              { title: t('escalations.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
              {
                title: t('escalations.requestedAt'),
                key: 'requestedAt',
                render: (_, row) => formatDateTime(row.requestedAt, row.timeZone, i18n.language),
              },
              {
                title: t('escalations.actions'),
                key: 'actions',
                render: (_, row) => (
                  <Space>
                    {ACTIONS[row.kind].map((action) => (
                      <Button
                        key={action}
                        size="small"
                        type={action === 'approve' || action === 'proceed' ? 'primary' : 'default'}
                        danger={action === 'reject'}
                        onClick={() => setDeciding({ decision: row, action })}
                        data-testid={`decide-${action}`}
                      >
                        {t(`escalations.${action}`)}
                      </Button>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      {deciding && (
        <DecisionModal decision={deciding.decision} action={deciding.action} onClose={() => setDeciding(null)} />
      )}
    </Card>
  );
}

function EscalationList() {
  const { t, i18n } = useTranslation('hq');
  const { t: common } = useTranslation('common');
  const { page, pageSize, filters, update } = usePageParams<{ kind?: string; state?: string; projectId?: string }>([
    'kind',
    'state',
    'projectId',
  ]);
  const kind = KINDS.find((value) => value === filters.kind);
  const state = STATES.find((value) => value === filters.state);
  const escalations = useQuery({
    queryKey: ['hq', 'escalations', page, pageSize, kind, state, filters.projectId],
    queryFn: () =>
      call(
        api.GET('/escalations', { params: { query: { page, pageSize, kind, state, projectId: filters.projectId } } }),
      ),
  });
  return (
    <Card size="small" title={t('escalations.listTitle')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('escalations.allKinds')}
          value={kind}
          onChange={(value?: string) => update({ filters: { kind: value } })}
          options={KINDS.map((value) => ({ value, label: t(`escalations.kinds.${value}`) }))}
          data-testid="escalation-kind"
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('escalations.allStates')}
          value={state}
          onChange={(value?: string) => update({ filters: { state: value } })}
          options={STATES.map((value) => ({ value, label: t(`escalations.states.${value}`) }))}
          data-testid="escalation-state"
        />
      </Space>
      <QueryView query={escalations}>
        {(data) => (
          <Table<Escalation>
            rowKey="id"
            size="small"
            data-testid="escalation-list"
            dataSource={data.items}
            scroll={{ x: true }}
            pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true }}
            onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
            columns={[
              {
                title: t('escalations.raisedAt'),
                key: 'raisedAt',
                render: (_, row) => formatDateTime(row.raisedAt, row.timeZone, i18n.language),
              },
              {
                title: t('escalations.project'),
                key: 'project',
                render: (_, row) => (
                  <Link to={`/projects/${row.projectId}`}>{`${row.projectName} · ${row.batch}`}</Link>
                ),
              },
              {
                title: t('escalations.kind'),
                dataIndex: 'kind',
                render: (value: string) => t(`escalations.kinds.${value}`, { defaultValue: value }),
              },
              {
                title: t('escalations.milestone'),
                dataIndex: 'milestoneKey',
                render: (key: string | null) => (key ? common(`milestone.${key}`, { defaultValue: key }) : '—'),
              },
              { title: t('escalations.dueDate'), dataIndex: 'dueDate' },
              {
                title: t('escalations.state'),
                dataIndex: 'open',
                render: (open: boolean) => (
                  <Tag color={open ? 'orange' : 'default'}>{t(`escalations.states.${open ? 'open' : 'closed'}`)}</Tag>
                ),
              },
              { title: t('escalations.message'), dataIndex: 'message' },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
