import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Rate, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mayDoVisitAction,
  mayScheduleVisit,
  type WarrantyTicketStatus,
  type WarrantyVisitStatus,
} from '@handover/domain';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { dateIn, formatDateTime } from '../../shared/time';
import {
  CloseCallBackModal,
  ScheduleVisitModal,
  VisitStepModal,
  type OwnerProposedWindow,
  type VisitStep,
  type WarrantyCallBack,
  type WarrantyVisit,
} from './warranty-visit-forms';

const VISIT_COLOURS: Record<string, string> = { scheduled: 'blue', done: 'green', cancelled: 'default' };

/** The steps a visit offers: done and cancel while scheduled, the owner's confirmation once it is done. */
function stepsOf(visit: WarrantyVisit, ticketStatus: WarrantyTicketStatus): VisitStep[] {
  if (ticketStatus === 'closed') return [];
  const facts = {
    status: visit.status as WarrantyVisitStatus,
    confirmation: visit.confirmation as 'confirmed' | 'not_fixed' | null,
  };
  return (['done', 'cancel', 'confirm'] as const).filter((step) => mayDoVisitAction(facts, step));
}

/**
 * 上门维修 of one ticket (GET …/warranty-tickets/{ticketId}/visits): the windows the owner proposed in the owner app
 * (业主希望上门时间, past ones marked), each ahead one offering to book the visit in it while the ticket waits for
 * one; each appointment with its window, technician, the key the owner leaves (and its entrustment letter), what was
 * done and the owner's confirmation, with the step each offers; a new visit while the ticket waits for one.
 */
export function WarrantyVisitsCard({
  projectId,
  ticket,
  timeZone,
  mayWrite,
}: {
  projectId: string;
  ticket: { id: string; unitId: string; status: string };
  timeZone: string;
  mayWrite: boolean;
}) {
  const { t, i18n } = useTranslation('warranty');
  // the schedule form, started from an owner's window when one was picked
  const [scheduling, setScheduling] = useState<{ ownerWindow?: OwnerProposedWindow } | null>(null);
  const [step, setStep] = useState<{ visit: WarrantyVisit; step: VisitStep } | null>(null);
  const visits = useQuery({
    queryKey: ['warranty', projectId, 'visits', ticket.id],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/warranty-tickets/{ticketId}/visits', {
          params: { path: { id: projectId, ticketId: ticket.id } },
        }),
      ),
  });
  const ticketStatus = ticket.status as WarrantyTicketStatus;
  const time = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);
  // 14:00–16:00 on one day; the end's day too when the window runs past midnight
  const windowText = (span: { startsAt: string; endsAt: string }) => {
    const end = time(span.endsAt);
    const sameDay = dateIn(new Date(span.startsAt), timeZone) === dateIn(new Date(span.endsAt), timeZone);
    return `${time(span.startsAt)} – ${sameDay ? end.slice(-5) : end}`;
  };
  const booked = visits.data?.items.some((visit) => visit.status === 'scheduled') ?? true;
  const mayBook = mayWrite && mayScheduleVisit(ticketStatus) && !booked;
  const now = Date.now();
  const ownerWindows = (windows: OwnerProposedWindow[]) => (
    <div data-testid="warranty-owner-windows" style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('visits.ownerWindows')}</Typography.Text>
      <Space orientation="vertical" size={4} style={{ width: '100%', marginTop: 4 }}>
        {windows.map((proposal) => {
          // a visit is booked ahead only (the API refuses a start in the past)
          const past = Date.parse(proposal.startsAt) <= now;
          return (
            <Space key={proposal.id} wrap data-testid="warranty-owner-window" data-past={past}>
              <span data-testid="warranty-owner-window-time">{windowText(proposal)}</span>
              {past && <Tag data-testid="warranty-owner-window-past">{t('visits.ownerWindowPast')}</Tag>}
              <Typography.Text type="secondary">
                {t('visits.ownerWindowProposedAt', { at: time(proposal.proposedAt) })}
              </Typography.Text>
              {mayBook && !past && (
                <Button
                  size="small"
                  onClick={() => setScheduling({ ownerWindow: proposal })}
                  data-testid="warranty-owner-window-book"
                >
                  {t('visits.bookOwnerWindow')}
                </Button>
              )}
            </Space>
          );
        })}
      </Space>
    </div>
  );
  const keyText = (visit: WarrantyVisit) => {
    if (!visit.ownerLeavesKey) return t('visits.ownerHome');
    if (!visit.keyEntrustment) return t('visits.keyNoLetter');
    const letter = t('visits.keyLetter', {
      letterNo: visit.keyEntrustment.letterNo,
      key: visit.keyEntrustment.keyLabel,
    });
    return visit.keyEntrustment.returnedAt ? `${letter} · ${t('visits.keyReturned')}` : letter;
  };
  return (
    <Card
      size="small"
      title={t('visits.title')}
      style={{ marginTop: 16 }}
      extra={
        mayBook && (
          <Button type="primary" onClick={() => setScheduling({})} data-testid="warranty-visit-schedule">
            {t('visits.schedule')}
          </Button>
        )
      }
      data-testid="warranty-visits"
    >
      <QueryView query={visits} rows={2}>
        {(data) => (
          <>
            {data.ownerProposedWindows.length > 0 && ownerWindows(data.ownerProposedWindows)}
            {data.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.empty')} />
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {data.items.map((visit) => {
                  const steps = mayWrite ? stepsOf(visit, ticketStatus) : [];
                  return (
                    <Card
                      key={visit.id}
                      type="inner"
                      size="small"
                      data-testid="warranty-visit"
                      data-status={visit.status}
                      title={
                        <Space wrap>
                          <span data-testid="warranty-visit-window">{windowText(visit)}</span>
                          <Tag color={VISIT_COLOURS[visit.status]} data-testid="warranty-visit-status">
                            {t(`visits.status.${visit.status}`)}
                          </Tag>
                          {visit.openCallBackId && (
                            <Tag color="red" data-testid="warranty-visit-call-back">
                              {t('visits.callBackOpen')}
                            </Tag>
                          )}
                        </Space>
                      }
                    >
                      <Descriptions column={1} size="small">
                        <Descriptions.Item label={t('visits.technician')}>
                          {visit.contractorCompanyName
                            ? `${visit.technician} · ${visit.contractorCompanyName}`
                            : visit.technician}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('visits.key')}>
                          <span data-testid="warranty-visit-key">{keyText(visit)}</span>
                        </Descriptions.Item>
                        {visit.note && <Descriptions.Item label={t('visits.note')}>{visit.note}</Descriptions.Item>}
                        {visit.status === 'cancelled' && (
                          <Descriptions.Item label={t('visits.status.cancelled')}>
                            {visit.cancelReason ?? '—'}
                          </Descriptions.Item>
                        )}
                        {visit.status === 'done' && (
                          <>
                            <Descriptions.Item label={t('visits.doneAt')}>
                              {time(visit.doneAt)}
                              {visit.doneNote ? ` · ${visit.doneNote}` : ''}
                            </Descriptions.Item>
                            <Descriptions.Item label={t('visits.confirmation')}>
                              <span data-testid="warranty-visit-confirmation">
                                {visit.confirmation === 'confirmed' ? (
                                  <Space>
                                    {t('visits.confirmed')}
                                    {visit.rating && <Rate disabled value={visit.rating} />}
                                  </Space>
                                ) : visit.confirmation === 'not_fixed' ? (
                                  t('visits.notFixed', { note: visit.confirmationNote ?? '' })
                                ) : (
                                  t('visits.awaiting')
                                )}
                              </span>
                            </Descriptions.Item>
                          </>
                        )}
                      </Descriptions>
                      {steps.length > 0 && (
                        <Space wrap style={{ marginTop: 8 }}>
                          {steps.map((next) => (
                            <Button
                              key={next}
                              size="small"
                              type={next === 'cancel' ? 'default' : 'primary'}
                              onClick={() => setStep({ visit, step: next })}
                              data-testid={`warranty-visit-${next}`}
                            >
                              {t(`visits.action.${next}`)}
                            </Button>
                          ))}
                        </Space>
                      )}
                    </Card>
                  );
                })}
              </Space>
            )}
          </>
        )}
      </QueryView>
      {scheduling && (
        <ScheduleVisitModal
          projectId={projectId}
          ticketId={ticket.id}
          unitId={ticket.unitId}
          timeZone={timeZone}
          ownerWindow={scheduling.ownerWindow}
          onClose={() => setScheduling(null)}
        />
      )}
      {step && (
        <VisitStepModal projectId={projectId} visit={step.visit} step={step.step} onClose={() => setStep(null)} />
      )}
    </Card>
  );
}

/**
 * 回访任务 (GET /projects/{id}/warranty-call-backs): the visits the owner had not confirmed 24 hours after the repair,
 * the longest due first, for customer service to call back and close with what came of it; the closed ones too.
 */
export function CallBackTasksCard({
  projectId,
  timeZone,
  mayWrite,
  onOpenTicket,
}: {
  projectId: string;
  timeZone: string;
  mayWrite: boolean;
  onOpenTicket: (ticketId: string) => void;
}) {
  const { t, i18n } = useTranslation('warranty');
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [closing, setClosing] = useState<WarrantyCallBack | null>(null);
  const query = { status, ...paging };
  const tasks = useQuery({
    queryKey: ['warranty', projectId, 'call-backs', query],
    queryFn: () => call(api.GET('/projects/{id}/warranty-call-backs', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const time = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);
  return (
    <Card
      size="small"
      title={t('callBacks.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Segmented<'open' | 'closed'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          options={[
            { value: 'open', label: t('callBacks.open') },
            { value: 'closed', label: t('callBacks.closed') },
          ]}
          data-testid="warranty-call-backs-status"
        />
      }
      data-testid="warranty-call-backs"
    >
      <Typography.Paragraph type="secondary">{t('callBacks.hint')}</Typography.Paragraph>
      <QueryView query={tasks} rows={2}>
        {(data) =>
          data.total === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callBacks.empty')} />
          ) : (
            <Table<WarrantyCallBack>
              rowKey="id"
              size="small"
              scroll={{ x: true }}
              dataSource={data.items}
              onRow={() => ({ 'data-testid': 'warranty-call-back-task' }) as object}
              pagination={{
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                showTotal: (total) => t('callBacks.total', { total }),
                onChange: (page, pageSize) => setPaging({ page, pageSize }),
              }}
              columns={[
                {
                  title: t('callBacks.unit'),
                  key: 'unit',
                  render: (_, task) => (
                    <Typography.Link onClick={() => onOpenTicket(task.ticketId)}>{task.unitAddress}</Typography.Link>
                  ),
                },
                { title: t('callBacks.owner'), key: 'owner', dataIndex: 'ownerName' },
                {
                  title: t('callBacks.component'),
                  key: 'component',
                  render: (_, task) => t(`component.${task.component}`),
                },
                { title: t('callBacks.technician'), key: 'technician', dataIndex: 'technician' },
                { title: t('callBacks.doneAt'), key: 'doneAt', render: (_, task) => time(task.doneAt) },
                status === 'open'
                  ? { title: t('callBacks.dueAt'), key: 'dueAt', render: (_, task) => time(task.dueAt) }
                  : {
                      title: t('callBacks.result'),
                      key: 'result',
                      render: (_, task) => (
                        <Space orientation="vertical" size={0}>
                          <span>
                            {task.closeReason ? t(`callBacks.reason.${task.closeReason}`) : '—'} · {time(task.closedAt)}
                          </span>
                          {task.closeNote && <Typography.Text type="secondary">{task.closeNote}</Typography.Text>}
                        </Space>
                      ),
                    },
                ...(status === 'open' && mayWrite
                  ? [
                      {
                        title: '',
                        key: 'actions',
                        render: (_: unknown, task: WarrantyCallBack) => (
                          <Button size="small" onClick={() => setClosing(task)} data-testid="warranty-call-back-close">
                            {t('callBacks.close')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </QueryView>
      {closing && <CloseCallBackModal projectId={projectId} task={closing} onClose={() => setClosing(null)} />}
    </Card>
  );
}
