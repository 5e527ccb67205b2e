import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';

type MilestoneKey = components['schemas']['MilestoneViewDto']['key'];
type Mode = 'approve' | 'reject';

/**
 * Approve (optional comment) or reject (reason required) one gate. Whether the person may sign is the server's
 * call: its refusal (e.g. 403 for another department's gate) is shown in the dialog, never swallowed.
 */
export function GateDecision({
  projectId,
  milestone,
  primary = true,
}: {
  projectId: string;
  milestone: MilestoneKey;
  primary?: boolean;
}) {
  const { t } = useTranslation(['approvals', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode | null>(null);
  const [form] = Form.useForm<{ text?: string }>();
  const path = { id: projectId, milestone };

  const decide = useMutation({
    mutationFn: ({ decision, text }: { decision: Mode; text?: string }) =>
      decision === 'approve'
        ? call(
            api.POST('/projects/{id}/milestones/{milestone}/approve', {
              params: { path },
              body: { comment: text?.trim() || undefined },
            }),
          )
        : call(
            api.POST('/projects/{id}/milestones/{milestone}/reject', {
              params: { path },
              body: { reason: text ?? '' },
            }),
          ),
    onSuccess: (project, { decision }) => {
      queryClient.setQueryData(['project', projectId], project);
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      void queryClient.invalidateQueries({ queryKey: ['project', projectId] });
      void message.success(t(decision === 'approve' ? 'approved' : 'rejected'));
      close();
    },
  });

  function open(next: Mode) {
    decide.reset();
    form.resetFields();
    setMode(next);
  }
  function close() {
    setMode(null);
  }
  const testId = `${milestone}-${projectId}`;

  return (
    <>
      <Space size="small">
        <Button
          size="small"
          type={primary ? 'primary' : 'default'}
          data-testid={`approve-${testId}`}
          onClick={() => open('approve')}
        >
          {t('approve')}
        </Button>
        <Button size="small" danger data-testid={`reject-${testId}`} onClick={() => open('reject')}>
          {t('reject')}
        </Button>
      </Space>
      <Modal
        open={mode !== null}
        title={`${t(mode === 'reject' ? 'rejectTitle' : 'approveTitle')} · ${t(`common:milestone.${milestone}`)}`}
        okText={t(mode === 'reject' ? 'reject' : 'approve')}
        okButtonProps={{ danger: mode === 'reject', loading: decide.isPending }}
        onCancel={close}
        onOk={() => void form.validateFields().then(({ text }) => decide.mutate({ decision: mode!, text }))}
        destroyOnHidden
      >
        {decide.isError && <ApiErrorAlert error={decide.error} />}
        <Form form={form} layout="vertical" preserve={false}>
          {mode === 'reject' ? (
            <Form.Item
              name="text"
              label={t('reason')}
              rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="gate-decision-text" />
            </Form.Item>
          ) : (
            <Form.Item name="text" label={t('comment')}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="gate-decision-text" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
