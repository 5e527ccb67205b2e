import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { DEFAULT_TIME_ZONE, dateIn } from '../../shared/time';
import type { CurrentUser } from '../../auth/roles';
import { slotInstants } from './slot-time';

export const APPOINTMENT_KINDS = ['open_day', 'handover'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** The API opens slots for the lead only; it books for the lead and the customer-service (客服) head. */
export function mayBookAppointments(user: Pick<CurrentUser, 'role' | 'department'>): boolean {
  return user.role === 'project_lead' || (user.role === 'department_head' && user.department === 'customer_service');
}

interface Values {
  kind: AppointmentKind;
  date: string;
  start: string;
  end: string;
  capacity: number;
}

/**
 * 开放预约时段 (the lead): a day, a start and an end read in the project's time zone (whatever the browser's zone), and
 * the number of seats; sent as instants with POST /projects/{id}/appointment-slots. The end is checked after the
 * start here; the API checks it again and words its refusal from the code.
 */
export function CreateSlotForm({ projectId, timeZone = DEFAULT_TIME_ZONE }: { projectId: string; timeZone?: string }) {
  const { t } = useTranslation('appointments');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/projects/{id}/appointment-slots', {
          params: { path: { id: projectId } },
          body: {
            kind: values.kind,
            capacity: values.capacity,
            ...slotInstants(values.date, values.start, values.end, timeZone),
          },
        }),
      ),
    onSuccess: (_, values) => {
      void message.success(t('create.created', { ...values }));
      void queryClient.invalidateQueries({ queryKey: ['appointment-slots', projectId] });
    },
  });
  const required = (field: string) => ({ required: true, message: t('create.required', { field }) });
  return (
    <>
      <Form<Values>
        form={form}
        layout="inline"
        style={{ rowGap: 12 }}
        initialValues={{
          kind: 'handover',
          date: dateIn(new Date(), timeZone),
          start: '09:00',
          end: '10:00',
          capacity: 10,
        }}
        onFinish={(values) => create.mutate(values)}
        data-testid="create-slot-form"
      >
        <Form.Item name="kind" label={t('create.kind')} rules={[required(t('create.kind'))]}>
          <Select
            style={{ width: 140 }}
            options={APPOINTMENT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            data-testid="slot-kind"
          />
        </Form.Item>
        <Form.Item name="date" label={t('create.date')} rules={[required(t('create.date'))]}>
          <Input type="date" style={{ width: 160 }} data-testid="slot-date" />
        </Form.Item>
        <Form.Item name="start" label={t('create.start')} rules={[required(t('create.start'))]}>
          <Input type="time" style={{ width: 120 }} data-testid="slot-start" />
        </Form.Item>
        <Form.Item
          name="end"
          label={t('create.end')}
          dependencies={['start']}
          rules={[
            required(t('create.end')),
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                !value || !getFieldValue('start') || value > (getFieldValue('start') as string)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('create.endBeforeStart'))),
            }),
          ]}
        >
          <Input type="time" style={{ width: 120 }} data-testid="slot-end" />
        </Form.Item>
        <Form.Item name="capacity" label={t('create.capacity')} rules={[required(t('create.capacity'))]}>
          <InputNumber min={1} max={10000} precision={0} style={{ width: 100 }} data-testid="slot-capacity" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="slot-submit">
            {t('create.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('create.timeZone', { timeZone })}
      </Typography.Paragraph>
      {create.isError && <ApiErrorAlert error={create.error} />}
    </>
  );
}
