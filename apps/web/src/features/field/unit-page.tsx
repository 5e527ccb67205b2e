import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Col, Divider, Empty, List, Row, Space, Steps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { MoneyText } from '../../shared/money-text';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { DefectPhotos } from './defect-photos';
import { HANDOVER_STEPS, handoverKeys, type HandoverStep } from './handover-steps';
import { OwnerActions } from './owner-actions';
import { SignedDocuments } from './signed-documents';
import { StepButtons } from './step-buttons';
import { UnitDues } from './unit-dues';

type HandoverDetail = components['schemas']['UnitHandoverDetailDto'];

/** One unit: its handover steps, money, defects with photos, keys and history; the next step is recorded here. */
export function UnitPage() {
  const { projectId = '', unitId = '' } = useParams();
  const { t } = useTranslation('field');
  const handover = useQuery({
    queryKey: handoverKeys.detail(projectId, unitId),
    queryFn: () =>
      call(api.GET('/projects/{id}/units/{unitId}/handover', { params: { path: { id: projectId, unitId } } })),
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Link to={`/projects/${projectId}/units`}>← {t('unit.back')}</Link>
      <QueryView query={handover} rows={8}>
        {(detail) => <UnitDetail projectId={projectId} detail={detail} />}
      </QueryView>
    </>
  );
}

/** Where the flow stands: steps up to the state finished; a refusal or an open objection marks the step it stopped at. */
function stepsProgress(detail: HandoverDetail): { current: number; status: 'process' | 'finish' | 'error' | 'wait' } {
  if (detail.state === 'handed_over') return { current: HANDOVER_STEPS.length - 1, status: 'finish' };
  if (detail.state === 'objected' && detail.resumeFrom) {
    return { current: HANDOVER_STEPS.indexOf(detail.resumeFrom as HandoverStep) + 1, status: 'error' };
  }
  const done = HANDOVER_STEPS.indexOf(detail.state as HandoverStep);
  if (detail.state === 'refused') {
    const last = [...detail.history].reverse().find((event) => HANDOVER_STEPS.includes(event.step as HandoverStep));
    return { current: last ? HANDOVER_STEPS.indexOf(last.step as HandoverStep) + 1 : 0, status: 'error' };
  }
  return { current: done + 1, status: 'process' };
}

function UnitDetail({ projectId, detail }: { projectId: string; detail: HandoverDetail }) {
  const { t, i18n } = useTranslation(['field', 'common']);
  const timeZone = useProject(projectId).data?.timeZone;
  const when = (iso: string) => formatDateTime(iso, timeZone, i18n.language);
  const progress = stepsProgress(detail);
  const address = unitAddressLabel(detail);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', marginTop: 12 }}>
      <Space wrap align="baseline">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-address">
          {address}
        </Typography.Title>
        <Tag
          color={detail.state === 'refused' ? 'red' : detail.state === 'objected' ? 'orange' : 'blue'}
          data-testid="unit-state"
        >
          {t(`common:step.${detail.state}`)}
        </Tag>
      </Space>
      <Card title={t('unit.steps')} size="small">
        <Steps
          size="small"
          current={progress.current}
          status={progress.status}
          responsive
          items={HANDOVER_STEPS.map((step) => ({ title: t(`common:step.${step}`) }))}
          style={{ marginBottom: 16, overflowX: 'auto' }}
        />
        <Typography.Paragraph type="secondary">
          {detail.nextStep ? t('unit.nextStep', { step: t(`common:step.${detail.nextStep}`) }) : t('unit.noNextStep')}
        </Typography.Paragraph>
        <StepButtons
          projectId={projectId}
          unitId={detail.unitId}
          state={detail.state}
          nextStep={detail.nextStep ?? null}
        />
        <Divider titlePlacement="start" plain>
          {t('unit.ownerActions')}
        </Divider>
        <OwnerActions projectId={projectId} unitId={detail.unitId} state={detail.state} history={detail.history} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('unit.money')} size="small">
            <UnitDues projectId={projectId} unitId={detail.unitId} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('unit.payments')}
            </Typography.Title>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: true }}
              dataSource={detail.payments}
              data-testid="payments"
              columns={[
                { title: t('unit.receiptNo'), dataIndex: 'receiptNo' },
                {
                  title: t('unit.paymentKindTitle'),
                  key: 'kind',
                  render: (_, payment) => t(`unit.paymentKind.${payment.kind}`),
                },
                {
                  title: t('unit.amount'),
                  key: 'amount',
                  align: 'right',
                  render: (_, payment) => <MoneyText fen={payment.amount.fen} />,
                },
                { title: t('unit.time'), key: 'at', render: (_, payment) => when(payment.createdAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('unit.keys')} size="small" style={{ marginBottom: 16 }}>
            {detail.keys.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.noKeys')} />
            ) : (
              <List
                size="small"
                dataSource={detail.keys}
                data-testid="unit-keys"
                renderItem={(key) => (
                  <List.Item extra={<Tag>{t(`unit.holder.${key.holder}`)}</Tag>}>
                    {t(`unit.keyKind.${key.kind}`)} · {key.label}
                  </List.Item>
                )}
              />
            )}
          </Card>
          <SignedDocuments projectId={projectId} unitId={detail.unitId} fileStem={address} />
          <Card title={t('unit.history')} size="small">
            <List
              size="small"
              dataSource={[...detail.history].reverse()}
              locale={{ emptyText: t('common:noData') }}
              renderItem={(event) => (
                <List.Item>
                  <Space wrap>
                    <Badge status="processing" />
                    {event.step === 'objection_resolved'
                      ? t('unit.event.objection_resolved')
                      : t(`common:step.${event.step}`, { defaultValue: event.step })}
                    <Typography.Text type="secondary">{when(event.at)}</Typography.Text>
                    {ownerWords(event) && <Typography.Text>{ownerWords(event)}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <UnitDefects projectId={projectId} unitId={detail.unitId} />
    </Space>
  );
}

/** What the owner said with a refusal, an objection or its resolution, shown in the history. */
function ownerWords(event: HandoverDetail['history'][number]): string | null {
  const words = event.payload.reason ?? event.payload.description ?? event.payload.resolution;
  return typeof words === 'string' && words ? words : null;
}

function UnitDefects({ projectId, unitId }: { projectId: string; unitId: string }) {
  const { t } = useTranslation('field');
  const defects = useQuery({
    queryKey: ['defects', projectId, { unitId }],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defects', {
          params: { path: { id: projectId }, query: { unitId, page: 1, pageSize: 200 } },
        }),
      ),
  });
  return (
    <Card title={t('unit.defects')} size="small">
      <QueryView query={defects}>
        {(page) => (
          <List
            dataSource={page.items}
            data-testid="unit-defects"
            locale={{ emptyText: t('unit.noDefects') }}
            renderItem={(defect) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Tag>{t(`defects.statusName.${defect.status}` as 'defects.statusName.open')}</Tag>
                      <Tag>{t(`defects.categoryName.${defect.category}` as 'defects.categoryName.quality')}</Tag>
                      {defect.description}
                    </Space>
                  }
                  description={
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      <span>
                        {defect.trade}
                        {defect.deadline ? ` · ${t('defects.deadline')} ${defect.deadline}` : ''}
                      </span>
                      {defect.photoCount > 0 && <DefectPhotos projectId={projectId} defectId={defect.id} />}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryView>
    </Card>
  );
}
