import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Rate, Select, Switch } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { instantToWallTime, type WarrantyVisitConfirmation } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { pickedInstant, wallNow } from '../../shared/picked-time';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import { useRefreshWarranty } from './warranty-forms';

export type WarrantyVisit = components['schemas']['WarrantyVisitDto'];
export type WarrantyCallBack = components['schemas']['WarrantyCallBackDto'];
export type OwnerProposedWindow = components['schemas']['WarrantyOwnerProposedWindowDto'];
const MAX_NOTE = 2000;
/** The window the end defaults to once the start is picked. */
const DEFAULT_WINDOW_HOURS = 2;

interface ScheduleValues {
  startsAt: Dayjs;
  endsAt: Dayjs;
  technician: string;
  contractorCompanyId?: string;
  ownerLeavesKey: boolean;
  keyEntrustmentId?: string;
  note?: string;
}

const TIME_PICKER = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', needConfirm: false } as const;

/** An instant as the picker shows it: the project's wall clock (the inverse of pickedInstant). */
const asPicked = (iso: string, timeZone: string): Dayjs =>
  dayjs(instantToWallTime(Date.parse(iso), timeZone), 'YYYY-MM-DD HH:mm');

/**
 * 安排上门维修 (POST …/warranty-tickets/{ticketId}/visits): the window in the project's time zone (ahead, ending after
 * it starts), the technician and their company, whether the owner leaves a key and, if so, the unit's key
 * entrustment letter from the key ledger. Opened from a window the owner proposed (业主希望上门时间), the form starts
 * with that window, for the staff to confirm or change. The API's refusals (the technician booked then, a visit
 * already booked) are shown from their codes.
 */
export function ScheduleVisitModal({
  projectId,
  ticketId,
  unitId,
  timeZone = DEFAULT_TIME_ZONE,
  ownerWindow,
  onClose,
}: {
  projectId: string;
  ticketId: string;
  unitId: string;
  timeZone?: string;
  /** the owner's proposed window the form starts with */
  ownerWindow?: Pick<OwnerProposedWindow, 'startsAt' | 'endsAt'>;
  onClose: () => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const ownerLeavesKey = Form.useWatch('ownerLeavesKey', form) === true;
  const refresh = useRefreshWarranty(projectId);
  const companies = useQuery({
    queryKey: ['project-contractors', projectId],
    queryFn: () => call(api.GET('/projects/{id}/contractors', { params: { path: { id: projectId } } })),
  });
  const keys = useQuery({
    queryKey: ['warranty', projectId, 'unit-keys', unitId],
    enabled: ownerLeavesKey,
    queryFn: () =>
      call(api.GET('/projects/{id}/keys', { params: { path: { id: projectId }, query: { unitId, pageSize: 200 } } })),
  });
  const letters = (keys.data?.items ?? []).flatMap((key) =>
    key.entrustment ? [{ value: key.entrustment.id, label: `${key.entrustment.letterNo} · ${key.label}` }] : [],
  );
  const schedule = useMutation({
    mutationFn: (body: components['schemas']['ScheduleWarrantyVisitDto']) =>
      call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/visits', {
          params: { path: { id: projectId, ticketId } },
          body,
        }),
      ),
    onSuccess: async () => {
      void message.success(t('visitForm.saved'));
      await refresh();
      onClose();
    },
  });
  const required = (field: string) => ({ required: true, message: t('visitForm.required', { field }) });
  return (
    <Modal
      open
      title={t('visitForm.title')}
      onCancel={onClose}
      okText={t('visitForm.submit')}
      cancelText={t('visitForm.cancel')}
      okButtonProps={{ loading: schedule.isPending, 'data-testid': 'warranty-visit-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<ScheduleValues>
        form={form}
        layout="vertical"
        initialValues={{
          ownerLeavesKey: false,
          ...(ownerWindow && {
            startsAt: asPicked(ownerWindow.startsAt, timeZone),
            endsAt: asPicked(ownerWindow.endsAt, timeZone),
          }),
        }}
        onFinish={(values) => {
          const note = values.note?.trim();
          schedule.mutate({
            startsAt: pickedInstant(values.startsAt, timeZone),
            endsAt: pickedInstant(values.endsAt, timeZone),
            technician: values.technician.trim(),
            ownerLeavesKey: values.ownerLeavesKey,
            ...(values.contractorCompanyId ? { contractorCompanyId: values.contractorCompanyId } : {}),
            ...(values.ownerLeavesKey && values.keyEntrustmentId ? { keyEntrustmentId: values.keyEntrustmentId } : {}),
            ...(note ? { note } : {}),
          });
        }}
        data-testid="warranty-visit-form"
      >
        {ownerWindow && (
          <Alert
            type="success"
            showIcon
            title={t('visitForm.fromOwnerWindow')}
            style={{ marginBottom: 12 }}
            data-testid="warranty-visit-from-owner-window"
          />
        )}
        <Form.Item
          label={t('visitForm.startsAt')}
          name="startsAt"
          extra={t('create.zone', { timeZone })}
          rules={[
            required(t('visitForm.startsAt')),
            {
              validator: async (_, value?: Dayjs) => {
                if (value && !value.isAfter(wallNow(timeZone))) throw new Error(t('visitForm.startAhead'));
              },
            },
          ]}
        >
          <DatePicker
            {...TIME_PICKER}
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(wallNow(timeZone), 'day')}
            onChange={(value: Dayjs | null) => {
              if (value && !form.getFieldValue('endsAt'))
                form.setFieldValue('endsAt', value.add(DEFAULT_WINDOW_HOURS, 'hour'));
            }}
            data-testid="warranty-visit-starts-at"
          />
        </Form.Item>
        <Form.Item
          label={t('visitForm.endsAt')}
          name="endsAt"
          dependencies={['startsAt']}
          rules={[
            required(t('visitForm.endsAt')),
            ({ getFieldValue }) => ({
              validator: async (_, value?: Dayjs) => {
                const startsAt = getFieldValue('startsAt') as Dayjs | undefined;
                if (value && startsAt && !value.isAfter(startsAt)) throw new Error(t('visitForm.endAfterStart'));
              },
            }),
          ]}
        >
          <DatePicker {...TIME_PICKER} style={{ width: '100%' }} data-testid="warranty-visit-ends-at" />
        </Form.Item>
        <Form.Item
          label={t('visitForm.technician')}
          name="technician"
          rules={[{ ...required(t('visitForm.technician')), whitespace: true }, { max: 100 }]}
        >
          <Input
            maxLength={100}
            placeholder={t('visitForm.technicianPlaceholder')}
            data-testid="warranty-visit-technician"
          />
        </Form.Item>
        <Form.Item label={t('visitForm.company')} name="contractorCompanyId">
          <Select
            allowClear
            loading={companies.isPending && companies.fetchStatus !== 'idle'}
            options={(companies.data ?? []).map((company) => ({ value: company.id, label: company.name }))}
            data-testid="warranty-visit-company"
          />
        </Form.Item>
        <Form.Item label={t('visitForm.ownerLeavesKey')} name="ownerLeavesKey" valuePropName="checked">
          <Switch data-testid="warranty-visit-owner-leaves-key" />
        </Form.Item>
        {ownerLeavesKey && (
          <Form.Item
            label={t('visitForm.keyLetter')}
            name="keyEntrustmentId"
            extra={keys.isSuccess && letters.length === 0 ? t('visitForm.noLetters') : t('visitForm.keyLetterHint')}
          >
            <Select
              allowClear
              loading={keys.isPending && keys.fetchStatus !== 'idle'}
              placeholder={t('visitForm.keyLetterPlaceholder')}
              options={letters}
              data-testid="warranty-visit-key-letter"
            />
          </Form.Item>
        )}
        <Form.Item label={t('visitForm.note')} name="note" rules={[{ max: MAX_NOTE }]}>
          <Input.TextArea rows={2} maxLength={MAX_NOTE} data-testid="warranty-visit-note" />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('visitForm.noticeHint')} style={{ marginBottom: 12 }} />
      {schedule.isError && <ApiErrorAlert error={schedule.error} />}
    </Modal>
  );
}

export type VisitStep = 'done' | 'cancel' | 'confirm';

interface StepValues {
  note?: string;
  outcome?: WarrantyVisitConfirmation;
  rating?: number;
}

function sendStep(projectId: string, visit: WarrantyVisit, step: VisitStep, values: StepValues) {
  const path = { id: projectId, ticketId: visit.ticketId, visitId: visit.id };
  const note = values.note?.trim() ? values.note.trim() : undefined;
  switch (step) {
    case 'done':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/done', {
          params: { path },
          body: note ? { note } : {},
        }),
      );
    case 'cancel':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/cancel', {
          params: { path },
          body: note ? { reason: note } : {},
        }),
      );
    case 'confirm':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/confirmation', {
          params: { path },
          body:
            values.outcome === 'confirmed'
              ? { outcome: 'confirmed', rating: values.rating!, ...(note ? { note } : {}) }
              : { outcome: 'not_fixed', note: note! },
        }),
      );
  }
}

/**
 * A step of a visit: mark it repaired (what was done), cancel it (why), or the owner's confirmation recorded on the
 * owner's behalf — fixed with a rating 1–5 (the ticket closes), or not fixed with what is still wrong.
 */
export function VisitStepModal({
  projectId,
  visit,
  step,
  onClose,
}: {
  projectId: string;
  visit: WarrantyVisit;
  step: VisitStep;
  onClose: () => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const outcome = Form.useWatch('outcome', form);
  const refresh = useRefreshWarranty(projectId);
  const mutation = useMutation({
    mutationFn: (values: StepValues) => sendStep(projectId, visit, step, values),
    onSuccess: async () => {
      void message.success(t('visitForm.saved'));
      await refresh();
      onClose();
    },
  });
  const required = (field: string) => ({ required: true, message: t('visitForm.required', { field }) });
  const noteLabel =
    step === 'done'
      ? t('visitForm.doneNote')
      : step === 'cancel'
        ? t('visitForm.cancelReason')
        : outcome === 'not_fixed'
          ? t('visitForm.notFixedNote')
          : t('visitForm.confirmationNote');
  return (
    <Modal
      open
      title={t(`visits.action.${step}`)}
      onCancel={onClose}
      okText={t('visitForm.submit')}
      cancelText={t('visitForm.cancel')}
      okButtonProps={{ loading: mutation.isPending, 'data-testid': 'warranty-visit-step-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<StepValues>
        form={form}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
        data-testid="warranty-visit-step-form"
      >
        {step === 'confirm' && (
          <>
            <Alert type="info" showIcon title={t('visitForm.onBehalf')} style={{ marginBottom: 12 }} />
            <Form.Item label={t('visitForm.outcome')} name="outcome" rules={[required(t('visitForm.outcome'))]}>
              <Radio.Group
                data-testid="warranty-visit-outcome"
                options={[
                  { value: 'confirmed', label: t('visitForm.outcomeConfirmed') },
                  { value: 'not_fixed', label: t('visitForm.outcomeNotFixed') },
                ]}
              />
            </Form.Item>
            {outcome === 'confirmed' && (
              <Form.Item label={t('visitForm.rating')} name="rating" rules={[required(t('visitForm.rating'))]}>
                <Rate count={5} data-testid="warranty-visit-rating" />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          label={noteLabel}
          name="note"
          rules={[
            ...(step === 'confirm' && outcome === 'not_fixed'
              ? [{ ...required(t('visitForm.notFixedNote')), whitespace: true }]
              : []),
            { max: MAX_NOTE },
          ]}
        >
          <Input.TextArea rows={2} maxLength={MAX_NOTE} data-testid="warranty-visit-step-note" />
        </Form.Item>
      </Form>
      {mutation.isError && <ApiErrorAlert error={mutation.error} />}
    </Modal>
  );
}

/** 关闭回访任务 (POST …/warranty-call-backs/{taskId}/close): what came of the call, required. */
export function CloseCallBackModal({
  projectId,
  task,
  onClose,
}: {
  projectId: string;
  task: WarrantyCallBack;
  onClose: () => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const refresh = useRefreshWarranty(projectId);
  const close = useMutation({
    mutationFn: (note: string) =>
      call(
        api.POST('/projects/{id}/warranty-call-backs/{taskId}/close', {
          params: { path: { id: projectId, taskId: task.id } },
          body: { note },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('callBacks.closedDone'));
      await refresh();
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`${t('callBacks.closeTitle')} · ${task.unitAddress}`}
      onCancel={onClose}
      okText={t('callBacks.submit')}
      cancelText={t('callBacks.cancel')}
      okButtonProps={{ loading: close.isPending, 'data-testid': 'warranty-call-back-close-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<{ note: string }>
        form={form}
        layout="vertical"
        onFinish={(values) => close.mutate(values.note.trim())}
        data-testid="warranty-call-back-close-form"
      >
        <Form.Item
          label={t('callBacks.note')}
          name="note"
          rules={[
            { required: true, whitespace: true, message: t('callBacks.required', { field: t('callBacks.note') }) },
            { max: MAX_NOTE },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={MAX_NOTE}
            placeholder={t('callBacks.notePlaceholder')}
            data-testid="warranty-call-back-note"
          />
        </Form.Item>
      </Form>
      {close.isError && <ApiErrorAlert error={close.error} />}
    </Modal>
  );
}
