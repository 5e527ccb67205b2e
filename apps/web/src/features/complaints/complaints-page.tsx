import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Drawer, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { COMPLAINT_STATUSES, type ComplaintAction } from '@handover/domain';
import { api, call } from '../../api/client';
import type { operations } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { useProject } from '../../shared/use-project';
import { CaseFromRecordButton } from '../field/defect-detail-case-button';
import { UnitPicker } from '../keys/unit-picker';
import { mayDo } from '../risks/access';
import { ComplaintActionModal, CreateComplaintModal } from './complaint-forms';
import { allowedActions, isEscalated, isReplyOverdue, type Complaint } from './complaint-rules';

type ComplaintQuery = NonNullable<operations['ComplaintsController_list']['parameters']['query']>;
type Filters = { status?: string; severity?: string; unitId?: string };

const SEVERITIES = ['normal', 'major', 'group'] as const;
const STATUS_COLOURS: Record<string, string> = {
  received: 'default',
  accepted: 'blue',
  investigating: 'orange',
  responsibility_determined: 'gold',
  replied: 'green',
};
const SEVERITY_COLOURS: Record<string, string> = { normal: 'default', major: 'red', group: 'magenta' };

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** The overdue and escalated marks of a complaint, shared by the list and the drawer. */
function UrgencyTags({ complaint, now }: { complaint: Complaint; now: number }) {
  const { t } = useTranslation('complaints');
  return (
    <>
      {isReplyOverdue(complaint, now) && (
        <Tag color="red" data-testid="complaint-overdue">
          {t('list.overdue')}
        </Tag>
      )}
      {isEscalated(complaint, now) && (
        <Tag color="volcano" data-testid="complaint-escalated">
          {t('list.escalated')}
        </Tag>
      )}
    </>
  );
}

/** One complaint (GET …/complaints/{complaintId}) with what was recorded and the steps its status allows now. */
function ComplaintDrawer({
  projectId,
  complaintId,
  timeZone,
  onClose,
}: {
  projectId: string;
  complaintId: string;
  timeZone: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('complaints');
  const user = useCurrentUser();
  const [action, setAction] = useState<ComplaintAction | null>(null);
  const detail = useQuery({
    queryKey: ['complaints', projectId, 'detail', complaintId],
    queryFn: () =>
      call(api.GET('/projects/{id}/complaints/{complaintId}', { params: { path: { id: projectId, complaintId } } })),
  });
  const time = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);
  const mayHandle = mayDo(user, 'complaint', 'update');
  const now = Date.now();
  return (
    <Drawer open onClose={onClose} title={t('detail.title')} size="large" data-testid="complaint-drawer">
      <QueryView query={detail}>
        {(complaint) => {
          const actions = allowedActions(complaint);
          return (
            <>
              <Space wrap style={{ marginBottom: 12 }}>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {complaint.subject}
                </Typography.Title>
                <Tag color={STATUS_COLOURS[complaint.status]} data-testid="complaint-status">
                  {t(`status.${complaint.status}`)}
                </Tag>
                <Tag color={SEVERITY_COLOURS[complaint.severity]}>{t(`severity.${complaint.severity}`)}</Tag>
                <UrgencyTags complaint={complaint} now={now} />
                <CaseFromRecordButton
                  origin={{ projectId, recordKind: 'complaint', recordId: complaint.id }}
                  testId="complaint-create-case"
                />
              </Space>
              {isReplyOverdue(complaint, now) && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t('detail.overdueSince', { time: time(complaint.replyDeadline) })}
                />
              )}
              <Descriptions column={1} size="small" bordered data-testid="complaint-detail">
                <Descriptions.Item label={t('detail.description')}>{complaint.description}</Descriptions.Item>
                <Descriptions.Item label={t('detail.unit')}>
                  {complaint.unitId ? (
                    <Link to={`/projects/${projectId}/units/${complaint.unitId}`} data-testid="complaint-unit-link">
                      {t('detail.openUnit')}
                    </Link>
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('list.receivedAt')}>{time(complaint.receivedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.acceptedAt')}>{time(complaint.acceptedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('list.replyDeadline')}>{time(complaint.replyDeadline)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.facts')}>{complaint.facts ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('detail.responsibleParty')}>
                  {complaint.responsibleParty ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.responsibility')}>
                  {complaint.responsibility ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.replyContent')}>
                  <span data-testid="complaint-reply">{complaint.replyContent ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.repliedAt')}>{time(complaint.repliedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('list.followUpOwner')}>{complaint.followUpOwner ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('detail.followUpNote')}>{complaint.followUpNote ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('detail.createdAt')}>{time(complaint.createdAt)}</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('detail.nextSteps')}
              </Typography.Title>
              {!mayHandle ? (
                <Typography.Text type="secondary">{t('readOnly')}</Typography.Text>
              ) : actions.length === 0 ? (
                <Typography.Text type="secondary" data-testid="complaint-done">
                  {t('detail.noNextSteps')}
                </Typography.Text>
              ) : (
                <Space wrap data-testid="complaint-actions">
                  {actions.map((next) => (
                    <Button
                      key={next}
                      type={next === 'follow_up' || next === 'change_reply_deadline' ? 'default' : 'primary'}
                      onClick={() => setAction(next)}
                      data-testid={`complaint-action-${next}`}
                    >
                      {t(`action.${next}`)}
                    </Button>
                  ))}
                </Space>
              )}
              {action && (
                <ComplaintActionModal
                  projectId={projectId}
                  complaint={complaint}
                  action={action}
                  timeZone={timeZone}
                  onClose={() => setAction(null)}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </Drawer>
  );
}

/**
 * 投诉与异议 (project tab `complaints`): the project's complaints, paginated and filtered by the API, in its order
 * (overdue first, then escalated, then newest received, across pages); recording one; a drawer per complaint (`?complaint=<id>`, so a link opens it)
 * with its handling steps.
 */
export function ComplaintsPage() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation('complaints');
  const user = useCurrentUser();
  const timeZone = useProject(projectId).data?.timeZone ?? DEFAULT_TIME_ZONE;
  const { page, pageSize, filters, update } = usePageParams<Filters>(['status', 'severity', 'unitId']);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const openId = params.get('complaint');
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('complaint', id);
    else next.delete('complaint');
    setParams(next, { replace: true });
  };
  const query: ComplaintQuery = {
    page,
    pageSize,
    status: pick(COMPLAINT_STATUSES, filters.status),
    severity: pick(SEVERITIES, filters.severity),
    unitId: filters.unitId,
  };
  const complaints = useQuery({
    queryKey: ['complaints', projectId, 'list', query],
    queryFn: () => call(api.GET('/projects/{id}/complaints', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const mayCreate = mayDo(user, 'complaint', 'create');
  const now = Date.now();

  return (
    <>
      <ProjectHeading projectId={projectId} />
      {!mayCreate && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('readOnly')} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={12} md={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('list.allStatuses')}
              value={pick(COMPLAINT_STATUSES, filters.status)}
              onChange={(value?: string) => update({ filters: { status: value } })}
              options={COMPLAINT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
              data-testid="complaint-filter-status"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('list.allSeverities')}
              value={pick(SEVERITIES, filters.severity)}
              onChange={(value?: string) => update({ filters: { severity: value } })}
              options={SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))}
              data-testid="complaint-filter-severity"
            />
          </Col>
          <Col xs={24} md={8}>
            <UnitPicker
              projectId={projectId}
              value={filters.unitId}
              onChange={(unit) => update({ filters: { unitId: unit?.id } })}
              placeholder={t('list.unitFilter')}
              testId="complaint-filter-unit"
              style={{ width: '100%' }}
            />
          </Col>
          {mayCreate && (
            <Col flex="auto" style={{ textAlign: 'right' }}>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="complaint-create">
                {t('create.button')}
              </Button>
            </Col>
          )}
        </Row>
      </Card>
      <QueryView query={complaints}>
        {(data) => (
          <>
            <Typography.Paragraph type="secondary">{t('list.orderHint')}</Typography.Paragraph>
            <Table<Complaint>
              rowKey="id"
              size="middle"
              scroll={{ x: true }}
              dataSource={data.items}
              data-testid="complaint-table"
              onRow={(complaint) =>
                ({
                  'data-testid': 'complaint-row',
                  'data-status': complaint.status,
                  onClick: () => open(complaint.id),
                  style: { cursor: 'pointer' },
                }) as object
              }
              pagination={{
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                showSizeChanger: true,
                showTotal: (total) => t('list.total', { total }),
                onChange: (current, size) => update({ page: current, pageSize: size }),
              }}
              columns={[
                {
                  title: t('list.subject'),
                  key: 'subject',
                  render: (_, complaint) => (
                    <Space orientation="vertical" size={0}>
                      <Typography.Link data-testid="complaint-open">{complaint.subject}</Typography.Link>
                      <span>
                        <UrgencyTags complaint={complaint} now={now} />
                      </span>
                    </Space>
                  ),
                },
                {
                  title: t('list.severity'),
                  key: 'severity',
                  render: (_, complaint) => (
                    <Tag color={SEVERITY_COLOURS[complaint.severity]}>{t(`severity.${complaint.severity}`)}</Tag>
                  ),
                },
                {
                  title: t('list.status'),
                  key: 'status',
                  render: (_, complaint) => (
                    <Tag color={STATUS_COLOURS[complaint.status]}>{t(`status.${complaint.status}`)}</Tag>
                  ),
                },
                {
                  title: t('list.receivedAt'),
                  key: 'receivedAt',
                  render: (_, complaint) => formatDateTime(complaint.receivedAt, timeZone, i18n.language),
                },
                {
                  title: t('list.replyDeadline'),
                  key: 'replyDeadline',
                  render: (_, complaint) => formatDateTime(complaint.replyDeadline, timeZone, i18n.language),
                },
                {
                  title: t('list.followUpOwner'),
                  key: 'followUpOwner',
                  render: (_, complaint) => complaint.followUpOwner ?? '—',
                },
              ]}
            />
          </>
        )}
      </QueryView>
      {creating && (
        <CreateComplaintModal
          projectId={projectId}
          timeZone={timeZone}
          onClose={() => setCreating(false)}
          onCreated={(complaint) => {
            setCreating(false);
            open(complaint.id);
          }}
        />
      )}
      {openId && (
        <ComplaintDrawer projectId={projectId} complaintId={openId} timeZone={timeZone} onClose={() => open(null)} />
      )}
    </>
  );
}
