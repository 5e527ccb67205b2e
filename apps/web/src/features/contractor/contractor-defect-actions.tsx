import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFECT_DISPUTE_REASONS, type DefectDisputeReason } from '@handover/domain';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { DefectPhotoPicker } from '../field/defect-photo-picker';
import { defectKeys, PhotoUploadError, uploadPhotos, type Defect } from '../field/defect-requests';
import '../field/defect-work.css';
import { acceptDefect, contractorActions, disputeDefect, fixDefect } from './contractor-requests';

type Step = 'fix' | 'dispute';

/**
 * The contractor's actions on its defect, phone-sized: 接单 in one tap; 标记已整改 with photos of the fix (taken with
 * the rear camera, uploaded as after photos one by one, then the fix recorded; the server refuses a fix without one
 * and says so by its code); 提出异议 with a reason and a note.
 */
export function ContractorDefectActions({ projectId, defect }: { projectId: string; defect: Defect }) {
  const { t } = useTranslation('contractor');
  const queryClient = useQueryClient();
  const [toast, holder] = message.useMessage();
  const [step, setStep] = useState<Step | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: defectKeys.lists(projectId) }),
      queryClient.invalidateQueries({ queryKey: defectKeys.detail(projectId, defect.id) }),
      queryClient.invalidateQueries({ queryKey: defectKeys.photos(projectId, defect.id) }),
    ]);
  const accept = useMutation({
    mutationFn: () => acceptDefect(projectId, defect.id),
    onSuccess: async () => {
      void toast.success(t('action.accepted'));
      await refresh();
    },
  });
  const actions = contractorActions(defect);
  const done = (text: string) => {
    setStep(null);
    void toast.success(text);
    return refresh();
  };

  if (actions.length === 0) {
    return (
      <>
        {holder}
        <Typography.Text type="secondary" data-testid="contractor-no-actions">
          {t('detail.noActions')}
        </Typography.Text>
      </>
    );
  }
  return (
    <>
      {holder}
      {step === null && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="contractor-actions">
          {actions.includes('accept') && (
            <Button
              size="large"
              type="primary"
              className="contractor-action-button"
              loading={accept.isPending}
              onClick={() => accept.mutate()}
              data-testid="contractor-accept"
            >
              {t('action.accept')}
            </Button>
          )}
          <Button
            size="large"
            type={actions.includes('accept') ? 'default' : 'primary'}
            className="contractor-action-button"
            onClick={() => setStep('fix')}
            data-testid="contractor-fix"
          >
            {t('action.fix')}
          </Button>
          <Button
            size="large"
            className="contractor-action-button"
            onClick={() => setStep('dispute')}
            data-testid="contractor-dispute"
          >
            {t('action.dispute')}
          </Button>
          {accept.error && <ApiErrorAlert error={accept.error} />}
        </Space>
      )}
      {step === 'fix' && (
        <FixForm
          projectId={projectId}
          defectId={defect.id}
          onCancel={() => setStep(null)}
          onDone={() => done(t('action.fixed'))}
          onSettled={refresh}
        />
      )}
      {step === 'dispute' && (
        <DisputeForm
          projectId={projectId}
          defectId={defect.id}
          onCancel={() => setStep(null)}
          onDone={() => done(t('action.disputed'))}
        />
      )}
    </>
  );
}

/** Photos of the fix first (after), then the fix; a refusal keeps what was uploaded, so a retry sends only the rest. */
export function FixForm({
  projectId,
  defectId,
  onCancel,
  onDone,
  onSettled,
}: {
  projectId: string;
  defectId: string;
  onCancel: () => void;
  onDone: () => unknown;
  onSettled?: () => unknown;
}) {
  const { t } = useTranslation('contractor');
  const [photos, setPhotos] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState(0);
  const run = useMutation({
    mutationFn: async (values: { note?: string }) => {
      let sent = uploaded;
      await uploadPhotos(projectId, defectId, photos, 'after', (file) => {
        sent += 1;
        setUploaded(sent);
        setPhotos((left) => left.filter((other) => other !== file));
      });
      return fixDefect(projectId, defectId, values.note?.trim() || undefined);
    },
    onSuccess: onDone,
    onSettled: () => onSettled?.(),
  });
  return (
    <Card size="small" title={t('action.fix')} data-testid="contractor-fix-form">
      <Form<{ note?: string }> layout="vertical" size="large" disabled={run.isPending} onFinish={(v) => run.mutate(v)}>
        <Form.Item label={t('action.fixPhotos')} extra={t('action.fixPhotosHint')}>
          <DefectPhotoPicker
            files={photos}
            onChange={setPhotos}
            label={t('action.takePhoto')}
            disabled={run.isPending}
            large
            testId="contractor-fix-photo"
          />
          {uploaded > 0 && (
            <Typography.Text type="secondary" data-testid="contractor-photos-uploaded">
              {t('action.photosUploaded', { count: uploaded })}
            </Typography.Text>
          )}
        </Form.Item>
        <Form.Item
          name="note"
          label={t('action.note')}
          rules={[{ max: 2000, message: t('action.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea rows={2} data-testid="contractor-fix-note" />
        </Form.Item>
        {run.error && (
          <div data-testid="contractor-fix-error" style={{ marginBottom: 12 }}>
            {run.error instanceof PhotoUploadError && (
              <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={run.error.fileName} />
            )}
            <ApiErrorAlert error={run.error} />
          </div>
        )}
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button
            type="primary"
            htmlType="submit"
            className="contractor-action-button"
            loading={run.isPending}
            data-testid="contractor-fix-submit"
          >
            {t('action.submitFix')}
          </Button>
          <Button className="contractor-action-button" onClick={onCancel} disabled={run.isPending}>
            {t('action.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** 提出异议: one of the three reasons and what the company says. */
export function DisputeForm({
  projectId,
  defectId,
  onCancel,
  onDone,
}: {
  projectId: string;
  defectId: string;
  onCancel: () => void;
  onDone: () => unknown;
}) {
  const { t } = useTranslation('contractor');
  const run = useMutation({
    mutationFn: (values: { reason: DefectDisputeReason; note: string }) =>
      disputeDefect(projectId, defectId, values.reason, values.note.trim()),
    onSuccess: onDone,
  });
  return (
    <Card size="small" title={t('action.dispute')} data-testid="contractor-dispute-form">
      <Form<{ reason: DefectDisputeReason; note: string }>
        layout="vertical"
        size="large"
        disabled={run.isPending}
        onFinish={(values) => run.mutate(values)}
      >
        <Form.Item
          name="reason"
          label={t('action.reason')}
          rules={[{ required: true, message: t('action.reasonRequired') }]}
        >
          <Radio.Group data-testid="contractor-dispute-reason">
            <Space orientation="vertical">
              {DEFECT_DISPUTE_REASONS.map((reason) => (
                <Radio key={reason} value={reason} data-testid={`dispute-reason-${reason}`}>
                  {t(`reason.${reason}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="note"
          label={t('action.disputeNote')}
          rules={[
            { required: true, whitespace: true, message: t('action.disputeNoteRequired') },
            { max: 2000, message: t('action.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} data-testid="contractor-dispute-note" />
        </Form.Item>
        {run.error && (
          <div data-testid="contractor-dispute-error" style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={run.error} />
          </div>
        )}
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button
            type="primary"
            htmlType="submit"
            className="contractor-action-button"
            loading={run.isPending}
            data-testid="contractor-dispute-submit"
          >
            {t('action.submitDispute')}
          </Button>
          <Button className="contractor-action-button" onClick={onCancel} disabled={run.isPending}>
            {t('action.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
