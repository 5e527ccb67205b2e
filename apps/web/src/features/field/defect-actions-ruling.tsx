import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Radio, Select, Space, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { useDefectPermissions } from './defect-actions';
import { defectKeys, type Defect } from './defect-requests';

type Outcome = 'rejected' | 'reassigned' | 'dismissed';
interface DecisionValues {
  outcome: Outcome;
  contractorCompanyId?: string;
  note: string;
}

/** The body of POST …/dispute-decision from the form: rejected, upheld with another company, or upheld without. */
export function decisionBody(values: DecisionValues): {
  outcome: 'rejected' | 'upheld';
  contractorCompanyId?: string;
  note: string;
} {
  const note = values.note.trim();
  if (values.outcome === 'rejected') return { outcome: 'rejected', note };
  if (values.outcome === 'reassigned')
    return { outcome: 'upheld', contractorCompanyId: values.contractorCompanyId, note };
  return { outcome: 'upheld', note };
}

/**
 * The developer's rulings on a contractor's work (the access policy's `decide` writers: the lead, the engineering and
 * property heads): the company, how often verification sent it back, and for a disputed defect the company's reason
 * and note with the ruling; for a fixed one, 退回整改 with a reason (verify is among the defect's actions).
 */
export function DefectRulings({ projectId, defect }: { projectId: string; defect: Defect }) {
  const { t } = useTranslation('contractor');
  const may = useDefectPermissions();
  const mayDecide = may('decide');
  const companies = useQuery({
    queryKey: ['project-contractors', projectId],
    enabled: defect.contractorCompanyId !== null || defect.status === 'disputed',
    queryFn: () => call(api.GET('/projects/{id}/contractors', { params: { path: { id: projectId } } })),
  });
  const company = companies.data?.find((item) => item.id === defect.contractorCompanyId);
  const hasContractorWork =
    defect.contractorCompanyId !== null || defect.reopenCount > 0 || defect.status === 'disputed';
  if (!hasContractorWork) return null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="defect-rulings">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        {defect.contractorCompanyId !== null && (
          <Descriptions.Item label={t('ruling.company')}>
            <span data-testid="ruling-company">{company?.name ?? defect.responsibleParty ?? '—'}</span>
          </Descriptions.Item>
        )}
        {defect.reopenCount > 0 && (
          <Descriptions.Item label={t('ruling.lastReopenReason')}>
            <Space wrap size={4}>
              <Tag color="volcano" data-testid="ruling-reopen-count">
                {t('ruling.reopenCount', { count: defect.reopenCount })}
              </Tag>
              {defect.reopenReason}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {defect.status === 'disputed' && (
        <Alert
          type="warning"
          showIcon
          title={t('ruling.disputeTitle')}
          data-testid="ruling-dispute"
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ruling.disputeReason')}>
                <span data-testid="ruling-dispute-reason">
                  {defect.disputeReason ? t(`reason.${defect.disputeReason}`) : '—'}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('ruling.disputeNote')}>
                <span data-testid="ruling-dispute-note">{defect.disputeNote ?? '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          }
        />
      )}
      {mayDecide && defect.status === 'disputed' && (
        <DisputeDecisionForm
          projectId={projectId}
          defect={defect}
          others={(companies.data ?? []).filter((item) => item.id !== defect.contractorCompanyId)}
        />
      )}
      {mayDecide && defect.status === 'fixed' && <ReopenForm projectId={projectId} defectId={defect.id} />}
    </Space>
  );
}

function useRefresh(projectId: string, defectId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [defectKeys.lists(projectId), defectKeys.detail(projectId, defectId), defectKeys.summary(projectId)].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** 裁定异议: rejected → back to the company; upheld with another company → reassigned; upheld without → 不予整改. */
export function DisputeDecisionForm({
  projectId,
  defect,
  others,
}: {
  projectId: string;
  defect: Pick<Defect, 'id'>;
  others: { id: string; name: string }[];
}) {
  const { t } = useTranslation('contractor');
  const [form] = Form.useForm<DecisionValues>();
  const outcome = Form.useWatch('outcome', form);
  const [toast, holder] = message.useMessage();
  const refresh = useRefresh(projectId, defect.id);
  const run = useMutation({
    mutationFn: (values: DecisionValues) =>
      call(
        api.POST('/projects/{id}/defects/{defectId}/dispute-decision', {
          params: { path: { id: projectId, defectId: defect.id } },
          body: decisionBody(values),
        }),
      ),
    onSuccess: async () => {
      void toast.success(t('ruling.decided'));
      await refresh();
    },
  });
  return (
    <>
      {holder}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        disabled={run.isPending}
        onFinish={(values) => run.mutate(values)}
        data-testid="dispute-decision-form"
      >
        <Typography.Title level={5}>{t('ruling.decide')}</Typography.Title>
        <Form.Item
          name="outcome"
          label={t('ruling.outcome')}
          rules={[{ required: true, message: t('ruling.outcomeRequired') }]}
        >
          <Radio.Group>
            <Space orientation="vertical">
              {(['rejected', 'reassigned', 'dismissed'] as const).map((value) => (
                <Radio key={value} value={value} data-testid={`ruling-outcome-${value}`}>
                  {t(`ruling.${value}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {outcome === 'reassigned' && (
          <Form.Item
            name="contractorCompanyId"
            label={t('ruling.otherCompany')}
            rules={[{ required: true, message: t('ruling.otherCompanyRequired') }]}
            extra={others.length === 0 ? t('ruling.noOtherCompany') : undefined}
          >
            <Select
              options={others.map((item) => ({ value: item.id, label: item.name }))}
              data-testid="ruling-company-select"
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('ruling.note')}
          rules={[
            { required: true, whitespace: true, message: t('ruling.noteRequired') },
            { max: 2000, message: t('ruling.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={2} data-testid="ruling-note" />
        </Form.Item>
        {run.error && (
          <div data-testid="ruling-error" style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={run.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="ruling-submit">
          {t('ruling.submitDecision')}
        </Button>
      </Form>
    </>
  );
}

/** 退回整改: verification failed; back to the company with the reason (counted). */
export function ReopenForm({ projectId, defectId }: { projectId: string; defectId: string }) {
  const { t } = useTranslation('contractor');
  const [open, setOpen] = useState(false);
  const [toast, holder] = message.useMessage();
  const refresh = useRefresh(projectId, defectId);
  const run = useMutation({
    mutationFn: (values: { reason: string }) =>
      call(
        api.POST('/projects/{id}/defects/{defectId}/reopen', {
          params: { path: { id: projectId, defectId } },
          body: { reason: values.reason.trim() },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      void toast.success(t('ruling.reopened'));
      await refresh();
    },
  });
  if (!open) {
    return (
      <>
        {holder}
        <Button danger onClick={() => setOpen(true)} data-testid="ruling-reopen">
          {t('ruling.reopen')}
        </Button>
      </>
    );
  }
  return (
    <>
      {holder}
      <Form<{ reason: string }>
        layout="vertical"
        disabled={run.isPending}
        onFinish={(values) => run.mutate(values)}
        data-testid="reopen-form"
      >
        <Form.Item
          name="reason"
          label={t('ruling.reopenReason')}
          rules={[
            { required: true, whitespace: true, message: t('ruling.reopenReasonRequired') },
            { max: 2000, message: t('ruling.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={2} data-testid="reopen-reason" />
        </Form.Item>
        {run.error && (
          <div data-testid="reopen-error" style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={run.error} />
          </div>
        )}
        <Space>
          <Button danger type="primary" htmlType="submit" loading={run.isPending} data-testid="reopen-submit">
            {t('ruling.submitReopen')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('ruling.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
