import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Empty,
  Rate,
  Row,
  Select,
  Space,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import {
  mayWriteWarranty,
  WARRANTY_COMPONENTS,
  WARRANTY_TICKET_STATUSES,
  warrantyActionsOf,
  type WarrantyTicketAction,
  type WarrantyTicketStatus,
} from '@handover/domain';
import { api, call } from '../../api/client';
import type { operations } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { useProject } from '../../shared/use-project';
import { UnitPicker } from '../keys/unit-picker';
import {
  CreateWarrantyTicketModal,
  WarrantyActionModal,
  WarrantyPeriodsModal,
  type WarrantyTicket,
} from './warranty-forms';
import { CallBackTasksCard, WarrantyVisitsCard } from './warranty-visits';

type TicketQuery = NonNullable<operations['WarrantyController_list']['parameters']['query']>;
type Filters = { status?: string; component?: string; unitId?: string; needsCallBack?: string };

const STATUS_COLOURS: Record<string, string> = {
  reported: 'default',
  visit_booked: 'blue',
  repaired: 'gold',
  closed: 'green',
};

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Whether the signed-in user writes tickets (the screen is only shown in the project's scope). */
function useMayWrite(): boolean {
  const user = useCurrentUser();
  const relation = user.role === 'project_lead' ? 'lead' : user.role === 'department_head' ? 'assigned' : 'none';
  return mayWriteWarranty({ role: user.role, department: user.department ?? null, relation });
}

/**
 * One ticket (GET …/warranty-tickets/{ticketId}): its steps, what was recorded, the step its status offers, and its
 * repair visits with the owner's confirmation.
 */
function TicketDrawer({
  projectId,
  ticketId,
  timeZone,
  onClose,
}: {
  projectId: string;
  ticketId: string;
  timeZone: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('warranty');
  const mayWrite = useMayWrite();
  const [action, setAction] = useState<WarrantyTicketAction | null>(null);
  const detail = useQuery({
    queryKey: ['warranty', projectId, 'detail', ticketId],
    queryFn: () =>
      call(api.GET('/projects/{id}/warranty-tickets/{ticketId}', { params: { path: { id: projectId, ticketId } } })),
  });
  const time = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);
  return (
    <Drawer open onClose={onClose} title={t('detail.title')} size="large" data-testid="warranty-drawer">
      <QueryView query={detail}>
        {(ticket) => {
          const status = ticket.status as WarrantyTicketStatus;
          const actions = warrantyActionsOf(status);
          return (
            <>
              <Space wrap style={{ marginBottom: 12 }}>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {ticket.unitAddress} · {t(`component.${ticket.component}`)}
                </Typography.Title>
                <Tag color={STATUS_COLOURS[status]} data-testid="warranty-status">
                  {t(`status.${status}`)}
                </Tag>
              </Space>
              <Steps
                size="small"
                style={{ marginBottom: 16 }}
                // the steps done are ticked; the one awaited next is current
                current={status === 'closed' ? 4 : WARRANTY_TICKET_STATUSES.indexOf(status) + 1}
                items={WARRANTY_TICKET_STATUSES.map((step) => ({ title: t(`steps.${step}`) }))}
                data-testid="warranty-steps"
              />
              {ticket.needsCallBack && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t('detail.callBackDue')}
                  data-testid="warranty-call-back-due"
                />
              )}
              <Descriptions column={1} size="small" bordered data-testid="warranty-detail">
                <Descriptions.Item label={t('list.description')}>{ticket.description}</Descriptions.Item>
                <Descriptions.Item label={t('detail.source')}>{t(`source.${ticket.source}`)}</Descriptions.Item>
                <Descriptions.Item label={t('list.reportedAt')}>{time(ticket.reportedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.handedOverOn')}>{ticket.handedOverOn}</Descriptions.Item>
                <Descriptions.Item label={t('detail.period')}>
                  <span data-testid="warranty-period">
                    {t('detail.years', { years: ticket.warrantyYears, until: ticket.coveredUntil })}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.visitAt')}>{time(ticket.visitAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.visitNote')}>{ticket.visitNote ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('detail.repairedAt')}>{time(ticket.repairedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.repairNote')}>{ticket.repairNote ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('detail.confirmedAt')}>{time(ticket.confirmedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.rating')}>
                  {ticket.rating ? <Rate disabled value={ticket.rating} data-testid="warranty-rated" /> : '—'}
                </Descriptions.Item>
              </Descriptions>
              <div style={{ marginTop: 16 }}>
                {!mayWrite ? (
                  <Typography.Text type="secondary">{t('readOnly')}</Typography.Text>
                ) : actions.length === 0 ? (
                  <Typography.Text type="secondary" data-testid="warranty-done">
                    {t('detail.noNextSteps')}
                  </Typography.Text>
                ) : (
                  <Space wrap data-testid="warranty-actions">
                    {actions.map((next) => (
                      <Button
                        key={next}
                        type={next === 'book_visit' && status === 'visit_booked' ? 'default' : 'primary'}
                        onClick={() => setAction(next)}
                        data-testid={`warranty-action-${next}`}
                      >
                        {t(`action.${next}`)}
                      </Button>
                    ))}
                  </Space>
                )}
              </div>
              <WarrantyVisitsCard projectId={projectId} ticket={ticket} timeZone={timeZone} mayWrite={mayWrite} />
              {action && (
                <WarrantyActionModal
                  projectId={projectId}
                  ticket={ticket}
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

/** 保修期: the periods in force per component (statute or the project's longer ones), with the change dialog. */
function PeriodsCard({ projectId, mayWrite }: { projectId: string; mayWrite: boolean }) {
  const { t } = useTranslation('warranty');
  const [editing, setEditing] = useState(false);
  const periods = useQuery({
    queryKey: ['warranty', projectId, 'periods'],
    queryFn: () => call(api.GET('/projects/{id}/warranty-periods', { params: { path: { id: projectId } } })),
  });
  return (
    <Card
      size="small"
      title={t('periods.title')}
      style={{ marginTop: 16 }}
      extra={
        mayWrite &&
        periods.isSuccess && (
          <Button onClick={() => setEditing(true)} data-testid="warranty-periods-edit">
            {t('periods.edit')}
          </Button>
        )
      }
      data-testid="warranty-periods"
    >
      <Typography.Paragraph type="secondary">{t('periods.hint')}</Typography.Paragraph>
      <QueryView query={periods} rows={2}>
        {(data) => (
          <>
            <Space wrap>
              {data.periods.map((row) => (
                <Tag key={row.component} color={row.years > row.statutoryYears ? 'blue' : 'default'}>
                  {t(`component.${row.component}`)} {t('periods.yearsUnit', { years: row.years })}
                </Tag>
              ))}
            </Space>
            {editing && (
              <WarrantyPeriodsModal projectId={projectId} periods={data.periods} onClose={() => setEditing(false)} />
            )}
          </>
        )}
      </QueryView>
    </Card>
  );
}

/**
 * 维保 (project tab `warranty`): the call-back tasks (回访任务) for customer service, the project's warranty tickets
 * after handover, paginated and filtered by the API (status, unit, component, call-backs due), recording an owner's
 * call, a drawer per ticket (`?ticket=<id>`) with its steps and repair visits, and the periods per component.
 */
export function WarrantyPage() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation('warranty');
  const mayWrite = useMayWrite();
  const timeZone = useProject(projectId).data?.timeZone ?? DEFAULT_TIME_ZONE;
  const { page, pageSize, filters, update } = usePageParams<Filters>([
    'status',
    'component',
    'unitId',
    'needsCallBack',
  ]);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const openId = params.get('ticket');
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('ticket', id);
    else next.delete('ticket');
    setParams(next, { replace: true });
  };
  const query: TicketQuery = {
    page,
    pageSize,
    status: pick(WARRANTY_TICKET_STATUSES, filters.status),
    component: pick(WARRANTY_COMPONENTS, filters.component),
    unitId: filters.unitId,
    ...(filters.needsCallBack === 'true' ? { needsCallBack: 'true' as const } : {}),
  };
  const tickets = useQuery({
    queryKey: ['warranty', projectId, 'list', query],
    queryFn: () => call(api.GET('/projects/{id}/warranty-tickets', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <ProjectHeading projectId={projectId} />
      {!mayWrite && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('readOnly')} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('list.allStatuses')}
              value={query.status}
              onChange={(value?: string) => update({ filters: { status: value } })}
              options={WARRANTY_TICKET_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
              data-testid="warranty-filter-status"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('list.allComponents')}
              value={query.component}
              onChange={(value?: string) => update({ filters: { component: value } })}
              options={WARRANTY_COMPONENTS.map((value) => ({ value, label: t(`component.${value}`) }))}
              data-testid="warranty-filter-component"
            />
          </Col>
          <Col xs={24} md={6}>
            <UnitPicker
              projectId={projectId}
              value={filters.unitId}
              onChange={(unit) => update({ filters: { unitId: unit?.id } })}
              placeholder={t('list.unitFilter')}
              testId="warranty-filter-unit"
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={4}>
            <Space>
              <Switch
                checked={filters.needsCallBack === 'true'}
                onChange={(checked) => update({ filters: { needsCallBack: checked ? 'true' : undefined } })}
                data-testid="warranty-filter-call-back"
              />
              {t('list.callBackOnly')}
            </Space>
          </Col>
          {mayWrite && (
            <Col flex="auto" style={{ textAlign: 'right' }}>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="warranty-create">
                {t('create.button')}
              </Button>
            </Col>
          )}
        </Row>
      </Card>
      <CallBackTasksCard projectId={projectId} timeZone={timeZone} mayWrite={mayWrite} onOpenTicket={open} />
      <QueryView query={tickets}>
        {(data) =>
          data.total === 0 ? (
            <Empty description={t('list.empty')} data-testid="warranty-empty" />
          ) : (
            <Table<WarrantyTicket>
              rowKey="id"
              size="middle"
              scroll={{ x: true }}
              dataSource={data.items}
              data-testid="warranty-table"
              onRow={(ticket) =>
                ({
                  'data-testid': 'warranty-row',
                  'data-status': ticket.status,
                  onClick: () => open(ticket.id),
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
                  title: t('list.unit'),
                  key: 'unit',
                  render: (_, ticket) => <Typography.Link>{ticket.unitAddress}</Typography.Link>,
                },
                {
                  title: t('list.component'),
                  key: 'component',
                  render: (_, ticket) => t(`component.${ticket.component}`),
                },
                { title: t('list.description'), key: 'description', dataIndex: 'description', ellipsis: true },
                {
                  title: t('list.status'),
                  key: 'status',
                  render: (_, ticket) => (
                    <Space size={4}>
                      <Tag color={STATUS_COLOURS[ticket.status]}>{t(`status.${ticket.status}`)}</Tag>
                      {ticket.needsCallBack && (
                        <Tag color="red" data-testid="warranty-call-back">
                          {t('list.callBack')}
                        </Tag>
                      )}
                    </Space>
                  ),
                },
                {
                  title: t('list.reportedAt'),
                  key: 'reportedAt',
                  render: (_, ticket) => formatDateTime(ticket.reportedAt, timeZone, i18n.language),
                },
                { title: t('list.coveredUntil'), key: 'coveredUntil', dataIndex: 'coveredUntil' },
              ]}
            />
          )
        }
      </QueryView>
      <PeriodsCard projectId={projectId} mayWrite={mayWrite} />
      {creating && (
        <CreateWarrantyTicketModal
          projectId={projectId}
          timeZone={timeZone}
          onClose={() => setCreating(false)}
          onCreated={(ticket) => {
            setCreating(false);
            open(ticket.id);
          }}
        />
      )}
      {openId && (
        <TicketDrawer projectId={projectId} ticketId={openId} timeZone={timeZone} onClose={() => open(null)} />
      )}
    </>
  );
}
