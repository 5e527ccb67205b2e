import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ApiErrorAlert } from '../../../shared/api-error-alert';

type PendingDecision = components['schemas']['PendingDecisionDto'];

/** approve / reject a postponement request; postpone / proceed on an at-risk handover date. */
export type DecisionAction = 'approve' | 'reject' | 'postpone' | 'proceed';

interface DecisionValues {
  note?: string;
  newFirstHandoverDate?: Dayjs;
}

function send(decision: PendingDecision, action: DecisionAction, values: DecisionValues) {
  const id = decision.projectId;
  if (decision.kind === 'postponement') {
    return call(
      api.POST('/projects/{id}/postponements/{requestId}/decision', {
        params: { path: { id, requestId: decision.requestId ?? '' } },
        body: { approve: action === 'approve', note: values.note || undefined },
      }),
    );
  }
  return call(
    api.POST('/projects/{id}/at-risk-decision', {
      params: { path: { id } },
      body: {
        decision: action === 'postpone' ? 'postpone' : 'proceed',
        note: values.note ?? '',
        newFirstHandoverDate: values.newFirstHandoverDate?.format('YYYY-MM-DD'),
      },
    }),
  );
}

/** Sends HQ's decision through the project's own endpoints; whatever the server refuses is shown in the dialog. */
export function DecisionModal({
  decision,
  action,
  onClose,
}: {
  decision: PendingDecision;
  action: DecisionAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('hq');
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (values: DecisionValues) => send(decision, action, values),
    onSuccess: async () => {
      void message.success(t('escalations.decided'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['hq'] }),
        queryClient.invalidateQueries({ queryKey: ['project', decision.projectId] }),
      ]);
      onClose();
    },
  });
  const noteRequired = decision.kind === 'at_risk';
  return (
    <Modal
      open
      title={t('escalations.decideTitle', {
        project: `${decision.name} · ${decision.batch}`,
        action: t(`escalations.${action}`),
      })}
      okText={t(`escalations.${action}`)}
      okButtonProps={{ danger: action === 'reject', loading: decide.isPending, 'data-testid': 'decision-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {decide.isError && <ApiErrorAlert error={decide.error} />}
      <Form form={form} layout="vertical" onFinish={(values) => decide.mutate(values)}>
        {action === 'postpone' && (
          <Form.Item
            name="newFirstHandoverDate"
            label={t('escalations.newD')}
            rules={[{ required: true, message: t('escalations.newDRequired') }]}
          >
            <DatePicker data-testid="decision-new-d" />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('escalations.note')}
          rules={noteRequired ? [{ required: true, whitespace: true, message: t('escalations.noteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="decision-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
