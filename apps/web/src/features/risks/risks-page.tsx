import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { renderErrorMessage, type Department } from '@handover/domain';
import { api, call } from '../../api/client';
import { catalogueLanguage } from '../../api/refusal-text';
import type { components, operations } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { useProject } from '../../shared/use-project';
import { mayDo } from './access';
import { AddRiskForm, DecideRiskModal, RISK_AREAS, type RiskItem } from './risk-forms';

type Register = components['schemas']['RiskRegisterDto'];
type RiskQuery = NonNullable<operations['RisksController_list']['parameters']['query']>;
type Filters = { area?: string; decided?: string };

const DECISION_COLOURS: Record<string, string> = { rectify: 'blue', cannot_rectify: 'purple' };

/** The areas still holding undecided items, as the API's gate refusal lists them: 'A: 1, C: 2'. */
function undecidedByArea(register: Register): string {
  return register.areas
    .filter((area) => area.undecided > 0)
    .map((area) => `${area.area}: ${area.undecided}`)
    .join(', ');
}

/**
 * What the phase-1 gate (交付风险自查) still waits for from the records: the register initialised and every risk point
 * decided. A blocked gate is worded with the API's own refusal (GATE_RISKS_UNDECIDED), as the approval would be.
 */
function GateStatus({ register }: { register: Register }) {
  const { t, i18n } = useTranslation('risks');
  const total = register.areas.reduce((sum, area) => sum + area.items, 0);
  if (register.areas.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('gate.title')}
        description={t('gate.notInitialised')}
        data-testid="risk-gate"
        data-state="not-initialised"
      />
    );
  }
  if (register.undecided > 0) {
    return (
      <Alert
        type="error"
        showIcon
        title={`${t('gate.title')} · ${t('gate.blockedTitle')}`}
        description={renderErrorMessage(
          'GATE_RISKS_UNDECIDED',
          { count: register.undecided, byArea: undecidedByArea(register) },
          catalogueLanguage(i18n.language),
        )}
        data-testid="risk-gate"
        data-state="blocked"
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title={`${t('gate.title')} · ${t('gate.clearTitle')}`}
      description={total > 0 ? t('gate.clear', { count: total }) : t('gate.clearEmpty')}
      data-testid="risk-gate"
      data-state="clear"
    />
  );
}

/** The A–H register with each area's counts; the lead initialises it when it is not there yet. */
function RegisterTable({ projectId, register }: { projectId: string; register: Register }) {
  const { t } = useTranslation('risks');
  const { message } = App.useApp();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const init = useMutation({
    mutationFn: () => call(api.POST('/projects/{id}/risk-register/init', { params: { path: { id: projectId } } })),
    onSuccess: (next) => {
      queryClient.setQueryData(['risk-register', projectId], next);
      void message.success(t('register.initialised', { count: next.areas.length }));
    },
  });
  const mayInit = mayDo(user, 'risk_register', 'create');
  const missing = register.areas.length < RISK_AREAS.length;
  return (
    <>
      {missing &&
        (mayInit ? (
          <Button
            type="primary"
            loading={init.isPending}
            onClick={() => init.mutate()}
            style={{ marginBottom: 12 }}
            data-testid="risk-register-init"
          >
            {t('register.init')}
          </Button>
        ) : (
          <Typography.Paragraph type="secondary">{t('register.waitLead')}</Typography.Paragraph>
        ))}
      {init.isError && <ApiErrorAlert error={init.error} />}
      {register.areas.length > 0 && (
        <Table
          rowKey="area"
          size="small"
          pagination={false}
          dataSource={register.areas}
          data-testid="risk-register"
          onRow={(area) => ({ 'data-testid': `risk-area-${area.area}`, 'data-undecided': area.undecided }) as object}
          columns={[
            {
              title: t('register.area'),
              key: 'area',
              render: (_, area) => (
                <strong>
                  {area.area} · {t(`area.${area.area}`, { defaultValue: area.title })}
                </strong>
              ),
            },
            {
              title: t('register.checklist'),
              key: 'checklist',
              render: (_, area) => t(`checklist.${area.area}`, { defaultValue: area.checklist }),
            },
            { title: t('register.items'), dataIndex: 'items', align: 'right' },
            {
              title: t('register.undecided'),
              key: 'undecided',
              align: 'right',
              render: (_, area) => (area.undecided > 0 ? <Tag color="red">{area.undecided}</Tag> : area.undecided),
            },
          ]}
        />
      )}
    </>
  );
}

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** The risk points, paginated and filtered (area, decided) by the API; the head of an item's department decides it. */
function RiskList({ projectId, timeZone }: { projectId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation(['risks', 'common']);
  const user = useCurrentUser();
  const { page, pageSize, filters, update } = usePageParams<Filters>(['area', 'decided']);
  const [deciding, setDeciding] = useState<RiskItem | null>(null);
  const decided = filters.decided === 'true' ? true : filters.decided === 'false' ? false : undefined;
  const query: RiskQuery = { page, pageSize, area: pick(RISK_AREAS, filters.area), decided };
  const risks = useQuery({
    queryKey: ['risks', projectId, query],
    queryFn: () => call(api.GET('/projects/{id}/risks', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const department = (value: string) => t(`common:department.${value}`);

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('list.allAreas')}
            value={pick(RISK_AREAS, filters.area)}
            onChange={(value?: string) => update({ filters: { area: value } })}
            options={RISK_AREAS.map((area) => ({ value: area, label: `${area} · ${t(`area.${area}`)}` }))}
            data-testid="risk-filter-area"
          />
        </Col>
        <Col xs={12} md={6}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('list.allStates')}
            value={filters.decided === 'true' || filters.decided === 'false' ? filters.decided : undefined}
            onChange={(value?: string) => update({ filters: { decided: value } })}
            options={[
              { value: 'false', label: t('list.undecidedOnly') },
              { value: 'true', label: t('list.decidedOnly') },
            ]}
            data-testid="risk-filter-decided"
          />
        </Col>
      </Row>
      <QueryView query={risks}>
        {(data) => (
          <Table<RiskItem>
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            dataSource={data.items}
            locale={{ emptyText: t('list.empty') }}
            data-testid="risk-table"
            onRow={(item) => ({ 'data-testid': 'risk-row', 'data-decision': item.decision ?? 'undecided' }) as object}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('list.total', { total }),
              onChange: (current, size) => update({ page: current, pageSize: size }),
            }}
            columns={[
              { title: t('list.area'), key: 'area', render: (_, item) => `${item.area} · ${t(`area.${item.area}`)}` },
              { title: t('list.description'), dataIndex: 'description', width: 280 },
              { title: t('list.department'), key: 'department', render: (_, item) => department(item.department) },
              {
                title: t('list.decision'),
                key: 'decision',
                render: (_, item) => (
                  <Tag color={item.decision ? DECISION_COLOURS[item.decision] : 'red'} data-testid="risk-decision">
                    {t(`decision.${item.decision ?? 'undecided'}`)}
                  </Tag>
                ),
              },
              {
                title: t('list.details'),
                key: 'details',
                render: (_, item) => (
                  <Space orientation="vertical" size={0} data-testid="risk-details">
                    {item.decision === 'rectify' && (
                      <>
                        <span>{t('list.plan', { plan: item.plan })}</span>
                        <span>{t('list.owner', { owner: item.owner })}</span>
                        <span>{t('list.deadline', { deadline: item.deadline })}</span>
                      </>
                    )}
                    {item.decision === 'cannot_rectify' && (
                      <>
                        <span>{t('list.explanation', { text: item.unifiedExplanation })}</span>
                        <span>{t('list.compensation', { text: item.compensationPlan })}</span>
                      </>
                    )}
                    {item.decidedAt && (
                      <Typography.Text type="secondary">
                        {t('list.decidedAt', { time: formatDateTime(item.decidedAt, timeZone, i18n.language) })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('list.actions'),
                key: 'actions',
                render: (_, item) =>
                  mayDo(user, 'risk_item', 'decide', { department: item.department as Department }) ? (
                    <Button size="small" onClick={() => setDeciding(item)} data-testid="risk-decide">
                      {item.decision ? t('list.redecide') : t('list.decide')}
                    </Button>
                  ) : item.decision ? null : (
                    <Typography.Text type="secondary">
                      {t('list.waitDepartment', { department: department(item.department) })}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      {deciding && <DecideRiskModal projectId={projectId} item={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}

/**
 * 交付风险自查 (project tab `risks`): what blocks the phase-1 gate, the A–H register, recording risk points and the
 * departments' decisions on them.
 */
export function RisksPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('risks');
  const user = useCurrentUser();
  const timeZone = useProject(projectId).data?.timeZone;
  const register = useQuery({
    queryKey: ['risk-register', projectId],
    queryFn: () => call(api.GET('/projects/{id}/risk-register', { params: { path: { id: projectId } } })),
  });
  const mayAdd = mayDo(user, 'risk_item', 'create', {
    department: (user.department as Department | null) ?? undefined,
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <QueryView query={register}>
        {(data) => (
          <>
            <div style={{ marginBottom: 16 }}>
              <GateStatus register={data} />
            </div>
            <Card title={t('register.title')} size="small" style={{ marginBottom: 16 }}>
              <RegisterTable projectId={projectId} register={data} />
            </Card>
            {data.areas.length > 0 &&
              (mayAdd ? (
                <Card title={t('add.title')} size="small" style={{ marginBottom: 16 }}>
                  <AddRiskForm projectId={projectId} />
                </Card>
              ) : (
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('add.readOnly')} />
              ))}
          </>
        )}
      </QueryView>
      <Card title={t('list.title')} size="small" style={{ marginBottom: 16 }}>
        <RiskList projectId={projectId} timeZone={timeZone} />
      </Card>
    </>
  );
}
