import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { ledgerKeys, type Key } from './key-queries';

/** The moves of one key that take a form (the bulk transfer is done from the table's selection). */
export type KeyFormAction = 'lend' | 'return_loan' | 'entrust' | 'return_entrusted';

interface Values {
  borrower?: string;
  letterNo?: string;
  note?: string;
}

const TITLE: Record<KeyFormAction, string> = {
  lend: 'form.lendTitle',
  return_loan: 'form.returnTitle',
  entrust: 'form.entrustTitle',
  return_entrusted: 'form.returnEntrustedTitle',
};

function send(projectId: string, key: Key, action: KeyFormAction, values: Values) {
  const path = { id: projectId, keyId: key.id };
  const note = values.note?.trim() || undefined;
  switch (action) {
    case 'lend':
      return call(
        api.POST('/projects/{id}/keys/{keyId}/loans', {
          params: { path },
          body: { borrower: values.borrower!.trim(), note },
        }),
      );
    case 'return_loan':
      return call(api.POST('/projects/{id}/keys/{keyId}/return', { params: { path }, body: { note } }));
    case 'entrust':
      return call(
        api.POST('/projects/{id}/keys/{keyId}/entrustments', {
          params: { path },
          body: { letterNo: values.letterNo!.trim(), note },
        }),
      );
    case 'return_entrusted':
      return call(
        api.POST('/projects/{id}/keys/{keyId}/entrustment-return', {
          params: { path },
          body: { letterNo: values.letterNo!.trim(), note },
        }),
      );
  }
}

/**
 * One key's move with what it needs: a borrower for a loan (due back the same day), the entrustment letter's number
 * for an entrustment and for giving the key back (checked by the server against the letter it was left under), an
 * optional note. A refusal stays in the dialog, worded from its code.
 */
export function KeyActionModal({
  projectId,
  keyRow,
  action,
  onClose,
}: {
  projectId: string;
  keyRow: Key;
  action: KeyFormAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('keys');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const move = useMutation({
    mutationFn: (values: Values) => send(projectId, keyRow, action, values),
    onSuccess: (result) => {
      const label = keyRow.label;
      const done =
        action === 'lend'
          ? t('form.done.lend', { label, date: result.dueBackLocalDate })
          : action === 'return_loan' && result.late
            ? t('form.done.return_loan_late', { label })
            : action === 'entrust'
              ? t('form.done.entrust', { label, letterNo: result.movement.letterNo })
              : t(`form.done.${action}`, { label });
      void message.success(done);
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.all(projectId) });
      onClose();
    },
  });
  const needs = action === 'lend' ? 'borrower' : action === 'return_loan' ? null : 'letterNo';
  return (
    <Modal
      open
      title={t(TITLE[action], { label: keyRow.label })}
      okText={t('form.ok')}
      cancelText={t('form.cancel')}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'key-action-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => move.mutate(values)} data-testid="key-action-form">
        {action === 'lend' && <Typography.Paragraph type="secondary">{t('form.dueToday')}</Typography.Paragraph>}
        {action === 'return_entrusted' && (
          <Typography.Paragraph type="secondary">{t('form.returnEntrustedHint')}</Typography.Paragraph>
        )}
        {needs && (
          <Form.Item
            name={needs}
            label={t(`form.${needs}`)}
            rules={[
              { required: true, whitespace: true, message: t('form.required', { field: t(`form.${needs}`) }) },
              { max: needs === 'borrower' ? 200 : 100 },
            ]}
          >
            <Input placeholder={t(`form.${needs}Placeholder`)} data-testid={`key-action-${needs}`} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('form.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="key-action-note" />
        </Form.Item>
      </Form>
      {move.isError && <ApiErrorAlert error={move.error} />}
    </Modal>
  );
}
