import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { assigneeBody, DefectAssigneeFields, type AssigneeValues } from './defect-assignee-fields';
import { DefectPhotoPicker } from './defect-photo-picker';
import {
  defectKeys,
  PhotoUploadError,
  runDefectAction,
  uploadPhotos,
  type ConsoleDefectAction,
  type Defect,
  type DefectActionBodies,
} from './defect-requests';

interface ActionValues extends AssigneeValues {
  note?: string;
  explanation?: string;
  compensationPlan?: string;
  until?: string;
  reason?: string;
  reply?: string;
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The body each action's route takes, from the dialog's fields. */
export function actionBody(action: ConsoleDefectAction, values: ActionValues): DefectActionBodies[ConsoleDefectAction] {
  switch (action) {
    case 'assign':
      return assigneeBody(values);
    case 'fix':
    case 'verify':
      return { note: text(values.note) };
    case 'cannot_fix':
      return { explanation: text(values.explanation) ?? '', compensationPlan: text(values.compensationPlan) ?? '' };
    case 'defer':
      return { until: values.until ?? '', reason: text(values.reason) ?? '' };
    case 'reply_to_owner':
      return { reply: text(values.reply) ?? '' };
  }
}

/**
 * One lifecycle action on a defect, with the fields it needs. Marking a defect fixed asks for photos of the fix
 * first: they are uploaded one by one (POST …/photos), then the fix is recorded; a refusal on the way keeps what was
 * already uploaded, so sending again uploads only the rest.
 */
export function DefectActionDialog({
  projectId,
  defect,
  action,
  onClose,
  onDone,
  phone = false,
}: {
  projectId: string;
  defect: Pick<Defect, 'id' | 'responsibleParty' | 'deadline' | 'contractorCompanyId'>;
  action: ConsoleDefectAction;
  onClose: () => void;
  onDone: (defect: Defect) => void;
  phone?: boolean;
}) {
  const { t } = useTranslation('field');
  const [form] = Form.useForm<ActionValues>();
  const queryClient = useQueryClient();
  const [photos, setPhotos] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState(0);
  const [photosMissing, setPhotosMissing] = useState(false);

  const run = useMutation({
    mutationFn: async (values: ActionValues) => {
      if (action === 'fix') {
        let sent = uploaded;
        // photos of the fix: the proof the server asks for before it records a fix
        await uploadPhotos(projectId, defect.id, photos, 'after', (file) => {
          sent += 1;
          setUploaded(sent);
          setPhotos((left) => left.filter((other) => other !== file));
        });
      }
      return runDefectAction(projectId, defect.id, action, actionBody(action, values));
    },
    onSettled: () =>
      Promise.all(
        [defectKeys.lists(projectId), defectKeys.detail(projectId, defect.id), defectKeys.summary(projectId)].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ).then(() => queryClient.invalidateQueries({ queryKey: defectKeys.photos(projectId, defect.id) })),
    onSuccess: onDone,
  });

  const required = (message: string) => [{ required: true, whitespace: true, message: t(message) }];
  const max = (length: number) => ({ max: length, message: t('defectWork.tooLong', { max: length }) });
  const size = phone ? 'large' : 'middle';

  function submit(values: ActionValues) {
    if (action === 'fix' && photos.length === 0 && uploaded === 0) {
      setPhotosMissing(true);
      return;
    }
    run.mutate(values);
  }

  return (
    <Modal
      open
      title={t(`defectWork.action.${action}`)}
      okText={t(`defectWork.action.${action}`)}
      cancelText={t('defectWork.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      okButtonProps={{ size, ...({ 'data-testid': 'action-submit' } as object) }}
      cancelButtonProps={{ size }}
      destroyOnHidden
      width={phone ? '100%' : 520}
      style={phone ? { top: 8, maxWidth: 'calc(100vw - 16px)', paddingBottom: 0 } : undefined}
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        size={size}
        disabled={run.isPending}
        data-testid={`action-form-${action}`}
        initialValues={
          defect.contractorCompanyId
            ? { contractorCompanyId: defect.contractorCompanyId }
            : { responsibleParty: defect.responsibleParty ?? undefined }
        }
        onFinish={submit}
      >
        {action === 'assign' && <DefectAssigneeFields projectId={projectId} form={form} testIdPrefix="assign" />}
        {action === 'fix' && (
          <Form.Item
            label={t('defectWork.fixPhotos')}
            required
            validateStatus={photosMissing && photos.length === 0 && uploaded === 0 ? 'error' : undefined}
            help={
              photosMissing && photos.length === 0 && uploaded === 0 ? t('defectWork.fixPhotosRequired') : undefined
            }
          >
            <DefectPhotoPicker
              files={photos}
              onChange={(files) => {
                setPhotos(files);
                setPhotosMissing(false);
              }}
              disabled={run.isPending}
              large={phone}
              testId="fix-photo-input"
            />
            {uploaded > 0 && (
              <Typography.Text type="secondary" data-testid="fix-photos-uploaded">
                {t('defectWork.photosUploaded', { count: uploaded })}
              </Typography.Text>
            )}
          </Form.Item>
        )}
        {(action === 'fix' || action === 'verify') && (
          <Form.Item name="note" label={t('defectWork.note')} rules={[max(2000)]}>
            <Input.TextArea rows={2} data-testid="action-note" />
          </Form.Item>
        )}
        {action === 'cannot_fix' && (
          <>
            <Form.Item
              name="explanation"
              label={t('defectWork.explanation')}
              rules={[...required('defectWork.explanationRequired'), max(4000)]}
            >
              <Input.TextArea rows={3} data-testid="cannot-fix-explanation" />
            </Form.Item>
            <Form.Item
              name="compensationPlan"
              label={t('defectWork.compensationPlan')}
              rules={[...required('defectWork.compensationRequired'), max(4000)]}
            >
              <Input.TextArea rows={3} data-testid="cannot-fix-compensation" />
            </Form.Item>
          </>
        )}
        {action === 'defer' && (
          <>
            <Form.Item name="until" label={t('defectWork.until')} rules={required('defectWork.untilRequired')}>
              <Input type="date" data-testid="defer-until" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('defectWork.reason')}
              rules={[...required('defectWork.reasonRequired'), max(2000)]}
            >
              <Input.TextArea rows={2} data-testid="defer-reason" />
            </Form.Item>
          </>
        )}
        {action === 'reply_to_owner' && (
          <Form.Item
            name="reply"
            label={t('defectWork.reply')}
            rules={[...required('defectWork.replyRequired'), max(4000)]}
          >
            <Input.TextArea rows={3} data-testid="owner-reply" />
          </Form.Item>
        )}
      </Form>
      {run.error && (
        <div data-testid="action-error">
          {run.error instanceof PhotoUploadError && (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={run.error.fileName} />
          )}
          <ApiErrorAlert error={run.error} />
        </div>
      )}
    </Modal>
  );
}
