import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintAction } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { pickedInstant, wallNow } from '../../shared/picked-time';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import { UnitPicker } from '../keys/unit-picker';
import type { Complaint } from './complaint-rules';

type CreateBody = components['schemas']['CreateComplaintDto'];
const SEVERITIES = ['normal', 'major', 'group'] as const;
const MAX_TEXT = 4000;

function useRefreshComplaints(projectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['complaints', projectId] });
}

interface CreateValues {
  subject: string;
  description: string;
  receivedAt: Dayjs;
  severity: CreateBody['severity'];
}

/**
 * 登记投诉 (POST /projects/{id}/complaints): subject, details, when it came in (project time), the unit concerned if
 * any (searched on the server) and its severity.
 */
export function CreateComplaintModal({
  projectId,
  timeZone = DEFAULT_TIME_ZONE,
  onClose,
  onCreated,
}: {
  projectId: string;
  timeZone?: string;
  onClose: () => void;
  onCreated: (complaint: Complaint) => void;
}) {
  const { t } = useTranslation('complaints');
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const refresh = useRefreshComplaints(projectId);
  const create = useMutation({
    mutationFn: (body: CreateBody) =>
      call(api.POST('/projects/{id}/complaints', { params: { path: { id: projectId } }, body })),
    onSuccess: async (complaint) => {
      void message.success(t('create.created', { subject: complaint.subject }));
      await refresh();
      onCreated(complaint);
    },
  });
  const required = (field: string) => ({ required: true, whitespace: true, message: t('create.required', { field }) });
  return (
    <Modal
      open
      title={t('create.title')}
      onCancel={onClose}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'complaint-create-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{ severity: 'normal', receivedAt: wallNow(timeZone) }}
        onFinish={(values) =>
          create.mutate({
            subject: values.subject.trim(),
            description: values.description.trim(),
            receivedAt: pickedInstant(values.receivedAt, timeZone),
            severity: values.severity,
            ...(unitId ? { unitId } : {}),
          })
        }
        data-testid="complaint-create-form"
      >
        <Form.Item label={t('create.subject')} name="subject" rules={[required(t('create.subject')), { max: 300 }]}>
          <Input maxLength={300} placeholder={t('create.subjectPlaceholder')} data-testid="complaint-subject" />
        </Form.Item>
        <Form.Item
          label={t('create.description')}
          name="description"
          rules={[required(t('create.description')), { max: MAX_TEXT }]}
        >
          <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount data-testid="complaint-description" />
        </Form.Item>
        <Form.Item
          label={t('create.receivedAt')}
          name="receivedAt"
          extra={t('create.zone', { timeZone })}
          rules={[{ required: true, message: t('create.required', { field: t('create.receivedAt') }) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            needConfirm={false}
            style={{ width: '100%' }}
            data-testid="complaint-received-at"
          />
        </Form.Item>
        <Form.Item label={t('create.unit')} extra={t('create.unitHint')}>
          <UnitPicker
            projectId={projectId}
            value={unitId}
            onChange={(unit) => setUnitId(unit?.id)}
            placeholder={t('create.unitPlaceholder')}
            testId="complaint-unit"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('create.severity')} name="severity" extra={t('create.severityHint')}>
          <Select
            data-testid="complaint-severity"
            options={SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))}
          />
        </Form.Item>
      </Form>
      {create.isError && <ApiErrorAlert error={create.error} />}
    </Modal>
  );
}

interface ActionValues {
  replyDeadline?: Dayjs;
  facts?: string;
  responsibleParty?: string;
  responsibility?: string;
  content?: string;
  followUpOwner?: string;
  note?: string;
}

/** Sends one handling step to its endpoint (POST /projects/{id}/complaints/{complaintId}/<action>). */
export function sendAction(
  projectId: string,
  complaintId: string,
  action: ComplaintAction,
  values: ActionValues,
  timeZone: string,
): Promise<Complaint> {
  const path = { params: { path: { id: projectId, complaintId } } };
  const text = (value: string | undefined) => value?.trim() ?? '';
  switch (action) {
    case 'accept':
    case 'change_reply_deadline': {
      const body = { replyDeadline: values.replyDeadline ? pickedInstant(values.replyDeadline, timeZone) : '' };
      return action === 'accept'
        ? call(api.POST('/projects/{id}/complaints/{complaintId}/accept', { ...path, body }))
        : call(api.POST('/projects/{id}/complaints/{complaintId}/reply-deadline', { ...path, body }));
    }
    case 'investigate':
      return call(
        api.POST('/projects/{id}/complaints/{complaintId}/investigate', {
          ...path,
          body: { facts: text(values.facts) },
        }),
      );
    case 'determine_responsibility':
      return call(
        api.POST('/projects/{id}/complaints/{complaintId}/determine-responsibility', {
          ...path,
          body: { responsibleParty: text(values.responsibleParty), responsibility: text(values.responsibility) },
        }),
      );
    case 'reply':
      return call(
        api.POST('/projects/{id}/complaints/{complaintId}/reply', { ...path, body: { content: text(values.content) } }),
      );
    case 'follow_up':
      return call(
        api.POST('/projects/{id}/complaints/{complaintId}/follow-up', {
          ...path,
          body: { followUpOwner: text(values.followUpOwner), note: values.note?.trim() || undefined },
        }),
      );
  }
}

/** The form of one handling step, in a dialog; the API's refusal (e.g. a reply time before receipt) is shown in it. */
export function ComplaintActionModal({
  projectId,
  complaint,
  action,
  timeZone = DEFAULT_TIME_ZONE,
  onClose,
}: {
  projectId: string;
  complaint: Complaint;
  action: ComplaintAction;
  timeZone?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('complaints');
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const refresh = useRefreshComplaints(projectId);
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (values: ActionValues) => sendAction(projectId, complaint.id, action, values, timeZone),
    onSuccess: async (next) => {
      queryClient.setQueryData(['complaints', projectId, 'detail', complaint.id], next);
      void message.success(t('action.done', { action: t(`action.${action}`) }));
      await refresh();
      onClose();
    },
  });
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('form.required', { field }) },
    { max: MAX_TEXT },
  ];
  const area = (name: keyof ActionValues, label: string, testId: string) => (
    <Form.Item label={label} name={name} rules={required(label)}>
      <Input.TextArea rows={3} maxLength={MAX_TEXT} data-testid={testId} />
    </Form.Item>
  );
  return (
    <Modal
      open
      title={t(`action.${action}`)}
      onCancel={onClose}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      okButtonProps={{ loading: send.isPending, 'data-testid': 'complaint-action-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph strong>{complaint.subject}</Typography.Paragraph>
      <Form<ActionValues>
        form={form}
        layout="vertical"
        initialValues={{ followUpOwner: complaint.followUpOwner ?? undefined }}
        onFinish={(values) => send.mutate(values)}
        data-testid="complaint-action-form"
      >
        {(action === 'accept' || action === 'change_reply_deadline') && (
          <Form.Item
            label={t('form.replyDeadline')}
            name="replyDeadline"
            extra={t('create.zone', { timeZone })}
            rules={[{ required: true, message: t('form.required', { field: t('form.replyDeadline') }) }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              needConfirm={false}
              style={{ width: '100%' }}
              data-testid="complaint-reply-deadline"
            />
          </Form.Item>
        )}
        {action === 'investigate' && area('facts', t('form.facts'), 'complaint-facts')}
        {action === 'determine_responsibility' && (
          <>
            <Form.Item
              label={t('form.responsibleParty')}
              name="responsibleParty"
              rules={[...required(t('form.responsibleParty')), { max: 200 }]}
            >
              <Input
                maxLength={200}
                placeholder={t('form.responsiblePartyPlaceholder')}
                data-testid="complaint-responsible-party"
              />
            </Form.Item>
            {area('responsibility', t('form.responsibility'), 'complaint-responsibility')}
          </>
        )}
        {action === 'reply' && area('content', t('form.content'), 'complaint-reply-content')}
        {action === 'follow_up' && (
          <>
            <Form.Item
              label={t('form.followUpOwner')}
              name="followUpOwner"
              rules={[...required(t('form.followUpOwner')), { max: 200 }]}
            >
              <Input maxLength={200} data-testid="complaint-follow-up-owner" />
            </Form.Item>
            <Form.Item label={t('form.note')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} maxLength={2000} data-testid="complaint-follow-up-note" />
            </Form.Item>
          </>
        )}
      </Form>
      {send.isError && <ApiErrorAlert error={send.error} />}
    </Modal>
  );
}
