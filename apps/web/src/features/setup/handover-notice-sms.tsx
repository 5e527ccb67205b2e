import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Popconfirm } from 'antd';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';

/**
 * 短信发送交付通知 (the project lead): the saved notice's days and place by SMS to every household with a mobile number,
 * after a confirmation; a household already sent this same notice gets nothing twice (the answer counts them).
 */
export function HandoverNoticeSms({ projectId, noticeSaved }: { projectId: string; noticeSaved: boolean }) {
  const send = useMutation({
    mutationFn: () => call(api.POST('/projects/{id}/handover-notice/sms', { params: { path: { id: projectId } } })),
  });
  return (
    <div style={{ marginTop: 16 }}>
      <Popconfirm
        title="短信发送交付通知？/ Send the notice by SMS?"
        description="将向本项目所有留有手机号的业主发送交付时间和地点（已收到同一通知的不再发送）。/ Every household with a mobile number gets the handover days and place (not again for the same notice)."
        okText="发送 / Send"
        cancelText="取消 / Cancel"
        onConfirm={() => send.mutate()}
        disabled={!noticeSaved}
      >
        <Button disabled={!noticeSaved} loading={send.isPending}>
          短信发送交付通知 / Send notice by SMS
        </Button>
      </Popconfirm>
      {send.error && <ApiErrorAlert error={send.error} />}
      {send.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 8 }}
          message={`已排队 ${send.data.queued} 户，已发过 ${send.data.alreadyQueued} 户，无手机号 ${send.data.withoutMobile} 户 / Queued ${send.data.queued}, already sent ${send.data.alreadyQueued}, no mobile number ${send.data.withoutMobile}`}
        />
      )}
    </div>
  );
}
