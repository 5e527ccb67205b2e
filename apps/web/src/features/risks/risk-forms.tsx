import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';

export const RISK_AREAS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type RiskItem = components['schemas']['RiskItemDto'];
type CreateRiskBody = components['schemas']['CreateRiskItemDto'];
type DecideRiskBody = components['schemas']['DecideRiskItemDto'];

const MAX_DESCRIPTION = 2000;
const MAX_TEXT = 4000;

/** Everything the risk screen shows is read again after a write: the register's counts and the list. */
function useRefreshRisks(projectId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['risk-register', projectId] }),
      queryClient.invalidateQueries({ queryKey: ['risks', projectId] }),
    ]);
}

interface AddValues {
  area: CreateRiskBody['area'];
  department: Department;
  description: string;
}

/**
 * 登记风险点 (POST /projects/{id}/risks): an area A–H, the department that owns and decides it, and what is wrong. A
 * department head records for their own department only (the field is fixed to it); the lead for any department.
 */
export function AddRiskForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['risks', 'common']);
  const { message } = App.useApp();
  const user = useCurrentUser();
  const ownDepartment = user.role === 'department_head' ? (user.department as Department | null) : null;
  const [form] = Form.useForm<AddValues>();
  const refresh = useRefreshRisks(projectId);
  const create = useMutation({
    mutationFn: (body: CreateRiskBody) =>
      call(api.POST('/projects/{id}/risks', { params: { path: { id: projectId } }, body })),
    onSuccess: async (item) => {
      form.resetFields(['description']);
      void message.success(t('add.added', { area: item.area }));
      await refresh();
    },
  });
  const required = (field: string) => ({ required: true, whitespace: true, message: t('add.required', { field }) });

  return (
    <Form<AddValues>
      form={form}
      layout="vertical"
      initialValues={{ area: 'A', department: ownDepartment ?? undefined }}
      onFinish={(values) =>
        create.mutate({ area: values.area, department: values.department, description: values.description.trim() })
      }
      data-testid="risk-add-form"
    >
      <Form.Item
        label={t('add.area')}
        name="area"
        rules={[{ required: true, message: t('add.required', { field: t('add.area') }) }]}
      >
        <Select
          data-testid="risk-add-area"
          options={RISK_AREAS.map((area) => ({ value: area, label: `${area} · ${t(`area.${area}`)}` }))}
        />
      </Form.Item>
      <Form.Item
        label={t('add.department')}
        name="department"
        rules={[{ required: true, message: t('add.required', { field: t('add.department') }) }]}
      >
        <Select
          data-testid="risk-add-department"
          disabled={ownDepartment !== null}
          placeholder={t('add.department')}
          options={DEPARTMENTS.map((value) => ({ value, label: t(`common:department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('add.description')}
        name="description"
        rules={[required(t('add.description')), { max: MAX_DESCRIPTION }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={MAX_DESCRIPTION}
          showCount
          placeholder={t('add.descriptionPlaceholder')}
          data-testid="risk-add-description"
        />
      </Form.Item>
      {create.isError && <ApiErrorAlert error={create.error} />}
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="risk-add-submit">
        {t('add.submit')}
      </Button>
    </Form>
  );
}

interface DecideValues {
  decision: DecideRiskBody['decision'];
  plan?: string;
  owner?: string;
  deadline?: Dayjs;
  unifiedExplanation?: string;
  compensationPlan?: string;
}

/** The body the API takes for a decision: only the fields of the chosen decision, trimmed. */
export function decisionBody(values: DecideValues): DecideRiskBody {
  if (values.decision === 'rectify') {
    return {
      decision: 'rectify',
      plan: values.plan?.trim(),
      owner: values.owner?.trim(),
      deadline: values.deadline?.format('YYYY-MM-DD'),
    };
  }
  return {
    decision: 'cannot_rectify',
    unifiedExplanation: values.unifiedExplanation?.trim(),
    compensationPlan: values.compensationPlan?.trim(),
  };
}

/**
 * 处理决定 (POST /projects/{id}/risks/{riskId}/decision), by the head of the item's department: rectify with a plan,
 * an owner and a deadline, or cannot rectify with the unified explanation (统一说辞) and the compensation plan.
 */
export function DecideRiskModal({
  projectId,
  item,
  onClose,
}: {
  projectId: string;
  item: RiskItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('risks');
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const decision = Form.useWatch('decision', form) ?? item.decision ?? 'rectify';
  const refresh = useRefreshRisks(projectId);
  const decide = useMutation({
    mutationFn: (body: DecideRiskBody) =>
      call(
        api.POST('/projects/{id}/risks/{riskId}/decision', {
          params: { path: { id: projectId, riskId: item.id } },
          body,
        }),
      ),
    onSuccess: async (saved) => {
      void message.success(t('decide.saved', { decision: t(`decision.${saved.decision ?? 'undecided'}`) }));
      await refresh();
      onClose();
    },
  });
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('decide.required', { field }) },
    { max: MAX_TEXT },
  ];

  return (
    <Modal
      open
      title={t('decide.title')}
      onCancel={onClose}
      okText={t('decide.submit')}
      cancelText={t('decide.cancel')}
      okButtonProps={{ loading: decide.isPending, 'data-testid': 'risk-decide-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p data-testid="risk-decide-item">
        {item.area} · {item.description}
      </p>
      <Form<DecideValues>
        form={form}
        layout="vertical"
        initialValues={{
          decision: item.decision ?? 'rectify',
          plan: item.plan ?? undefined,
          owner: item.owner ?? undefined,
          deadline: item.deadline ? dayjs(item.deadline) : undefined,
          unifiedExplanation: item.unifiedExplanation ?? undefined,
          compensationPlan: item.compensationPlan ?? undefined,
        }}
        onFinish={(values) => decide.mutate(decisionBody(values))}
        data-testid="risk-decide-form"
      >
        <Form.Item label={t('decide.decision')} name="decision">
          <Radio.Group data-testid="risk-decide-decision">
            <Radio value="rectify">{t('decision.rectify')}</Radio>
            <Radio value="cannot_rectify">{t('decision.cannot_rectify')}</Radio>
          </Radio.Group>
        </Form.Item>
        {decision === 'rectify' ? (
          <>
            <Form.Item label={t('decide.plan')} name="plan" rules={required(t('decide.plan'))}>
              <Input.TextArea rows={3} maxLength={MAX_TEXT} data-testid="risk-decide-plan" />
            </Form.Item>
            <Form.Item label={t('decide.owner')} name="owner" rules={required(t('decide.owner'))}>
              <Input maxLength={200} data-testid="risk-decide-owner" />
            </Form.Item>
            <Form.Item
              label={t('decide.deadline')}
              name="deadline"
              rules={[{ required: true, message: t('decide.required', { field: t('decide.deadline') }) }]}
            >
              <DatePicker style={{ width: '100%' }} needConfirm={false} data-testid="risk-decide-deadline" />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              label={t('decide.unifiedExplanation')}
              extra={t('decide.unifiedExplanationHint')}
              name="unifiedExplanation"
              rules={required(t('decide.unifiedExplanation'))}
            >
              <Input.TextArea rows={3} maxLength={MAX_TEXT} data-testid="risk-decide-explanation" />
            </Form.Item>
            <Form.Item
              label={t('decide.compensationPlan')}
              name="compensationPlan"
              rules={required(t('decide.compensationPlan'))}
            >
              <Input.TextArea rows={3} maxLength={MAX_TEXT} data-testid="risk-decide-compensation" />
            </Form.Item>
          </>
        )}
      </Form>
      {decide.isError && <ApiErrorAlert error={decide.error} />}
    </Modal>
  );
}
