import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Form, Input, Modal, Row, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isUnitHandoverState,
  raiseObjection,
  refuseHandover,
  resolveObjection,
  UnitHandoverTransitionError,
  wallTimeToInstant,
  type UnitHandoverProgress,
} from '@handover/domain';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { invalidateHandover, recordOwnerAction, type OwnerAction } from './handover-steps';

type HandoverEvent = components['schemas']['HandoverEventDto'];
type ActionKind = OwnerAction['action'];

interface OwnerForm {
  reason?: string;
  description?: string;
  replyDueAt?: Dayjs;
  resolution?: string;
}

const MAX_TEXT = 2000;

/** The owner actions with the domain transition each one is (拒收 last: it ends the flow). */
const OWNER_TRANSITIONS: readonly [ActionKind, (progress: UnitHandoverProgress) => UnitHandoverProgress][] = [
  ['object', raiseObjection],
  ['resolve', resolveObjection],
  ['refuse', refuseHandover],
];

/**
 * Which owner actions the unit's state allows: those the domain's unit handover machine accepts (an objection or a
 * refusal between check-in and handover; while an objection is open, resolving it or a refusal). The server refuses
 * anything else with 409.
 */
export function ownerActionsAt(state: string): ActionKind[] {
  if (!isUnitHandoverState(state)) return [];
  // where an open objection was raised does not change what may follow it
  const progress: UnitHandoverProgress = state === 'objected' ? { state, resumeFrom: 'checked_in' } : { state };
  return OWNER_TRANSITIONS.filter(([, transition]) => {
    try {
      transition(progress);
      return true;
    } catch (error) {
      if (error instanceof UnitHandoverTransitionError) return false;
      throw error;
    }
  }).map(([action]) => action);
}

function bodyFor(action: ActionKind, values: OwnerForm, timeZone: string): OwnerAction {
  switch (action) {
    case 'refuse':
      return { action, body: { reason: (values.reason ?? '').trim() } };
    case 'object':
      return {
        action,
        body: {
          description: (values.description ?? '').trim(),
          replyDueAt: values.replyDueAt
            ? new Date(wallTimeToInstant(values.replyDueAt.format('YYYY-MM-DDTHH:mm'), timeZone)).toISOString()
            : undefined,
        },
      };
    case 'resolve':
      return { action, body: values.resolution?.trim() ? { resolution: values.resolution.trim() } : {} };
  }
}

function text(event: HandoverEvent | undefined, key: string): string | null {
  const value = event?.payload[key];
  return typeof value === 'string' && value ? value : null;
}

/** 业主拒收, 交付异议 and 解决异议 as buttons, each with its form; the open objection or the refusal is shown above them. */
export function OwnerActions({
  projectId,
  unitId,
  state,
  history,
  large = false,
}: {
  projectId: string;
  unitId: string;
  state: string;
  history: HandoverEvent[];
  large?: boolean;
}) {
  const { t, i18n } = useTranslation(['field', 'common']);
  const timeZone = useProject(projectId).data?.timeZone ?? DEFAULT_TIME_ZONE;
  const queryClient = useQueryClient();
  const [formAction, setFormAction] = useState<ActionKind | null>(null);
  const [form] = Form.useForm<OwnerForm>();
  const record = useMutation({
    mutationFn: (request: OwnerAction) => recordOwnerAction(projectId, unitId, request),
    onSuccess: () => {
      setFormAction(null);
      form.resetFields();
    },
    // a 409 means the unit moved on elsewhere (e.g. another desk recorded an objection): show where it stands now
    onSettled: () => invalidateHandover(queryClient, projectId, unitId),
  });
  const actions = ownerActionsAt(state);
  const latest = (step: string) => [...history].reverse().find((event) => event.step === step);
  const objection = state === 'objected' ? latest('objected') : undefined;
  const refusal = state === 'refused' ? latest('refused') : undefined;
  const replyDueAt = text(objection, 'replyDueAt');

  function open(action: ActionKind) {
    record.reset();
    form.resetFields();
    setFormAction(action);
  }

  function submit() {
    void form.validateFields().then((values) => formAction && record.mutate(bodyFor(formAction, values, timeZone)));
  }

  const buttonStyle = large ? { height: 64, fontSize: 18, whiteSpace: 'normal' as const } : undefined;
  return (
    <div data-testid="owner-actions">
      {objection && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="open-objection"
          title={t('unit.openObjection', { description: text(objection, 'description') ?? '' })}
          description={
            replyDueAt
              ? t('unit.replyBy', { time: formatDateTime(replyDueAt, timeZone, i18n.language) })
              : t('unit.noReplyBy')
          }
        />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="refusal"
          title={t('unit.refusedBecause', { reason: text(refusal, 'reason') ?? '' })}
        />
      )}
      {record.isSuccess && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="owner-action-success"
          title={t(`unit.ownerDone.${record.variables.action}`, {
            step: t(`common:step.${record.data.unit.state}`),
          })}
        />
      )}
      {actions.length > 0 && (
        <Row gutter={[12, 12]}>
          {actions.map((action) => (
            <Col key={action} xs={12} md={large ? 12 : 6}>
              <Button
                block
                size="large"
                style={buttonStyle}
                danger={action === 'refuse'}
                data-testid={`owner-${action}`}
                onClick={() => open(action)}
              >
                {t(`unit.ownerAction.${action}`)}
              </Button>
            </Col>
          ))}
        </Row>
      )}
      <Modal
        open={formAction !== null}
        title={formAction ? t(`unit.ownerAction.${formAction}`) : ''}
        okText={t('unit.confirm')}
        cancelText={t('unit.cancel')}
        okButtonProps={{ danger: formAction === 'refuse', 'data-testid': 'owner-action-submit' } as ButtonProps}
        confirmLoading={record.isPending}
        onCancel={() => setFormAction(null)}
        onOk={submit}
        destroyOnHidden
      >
        {record.isError && (
          <div data-testid="owner-action-error">
            <ApiErrorAlert error={record.error} />
          </div>
        )}
        <Form form={form} layout="vertical" preserve={false} data-testid="owner-action-form">
          {formAction === 'refuse' && (
            <>
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('unit.refuseEnds')} />
              <Form.Item
                label={t('unit.refuseReason')}
                name="reason"
                rules={[
                  { required: true, whitespace: true, message: t('unit.reasonRequired') },
                  { max: MAX_TEXT, message: t('unit.tooLong', { max: MAX_TEXT }) },
                ]}
              >
                <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount data-testid="refuse-reason" />
              </Form.Item>
            </>
          )}
          {formAction === 'object' && (
            <>
              <Form.Item
                label={t('unit.objectionDescription')}
                name="description"
                rules={[
                  { required: true, whitespace: true, message: t('unit.descriptionRequired') },
                  { max: MAX_TEXT, message: t('unit.tooLong', { max: MAX_TEXT }) },
                ]}
              >
                <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount data-testid="objection-description" />
              </Form.Item>
              <Form.Item label={t('unit.replyDueAt')} name="replyDueAt" extra={t('unit.replyDueAtZone', { timeZone })}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  needConfirm={false}
                  style={{ width: '100%' }}
                  data-testid="objection-reply-due"
                />
              </Form.Item>
            </>
          )}
          {formAction === 'resolve' && (
            <Form.Item
              label={t('unit.resolution')}
              name="resolution"
              rules={[{ max: MAX_TEXT, message: t('unit.tooLong', { max: MAX_TEXT }) }]}
            >
              <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount data-testid="objection-resolution" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
