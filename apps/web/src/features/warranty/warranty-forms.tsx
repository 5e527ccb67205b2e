import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Rate, Select, Table } from 'antd';
import type { ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WARRANTY_COMPONENTS, type WarrantyComponent, type WarrantyTicketAction } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { pickedInstant, wallNow } from '../../shared/picked-time';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import { UnitPicker } from '../keys/unit-picker';

export type WarrantyTicket = components['schemas']['WarrantyTicketDto'];
export type WarrantyPeriods = components['schemas']['WarrantyPeriodsDto'];
const MAX_TEXT = 4000;

/** Everything the warranty screen reads of the project (tickets, visits, call-backs, periods) is read again. */
export function useRefreshWarranty(projectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['warranty', projectId] });
}

interface CreateValues {
  component: WarrantyComponent;
  description: string;
  reportedAt: Dayjs;
}

/**
 * 登记业主报修 (POST /projects/{id}/warranty-tickets): the unit (searched on the server), the component, what is wrong
 * and when the owner called (project time). Out of warranty, the API's refusal says the day the period ended.
 */
export function CreateWarrantyTicketModal({
  projectId,
  timeZone = DEFAULT_TIME_ZONE,
  onClose,
  onCreated,
}: {
  projectId: string;
  timeZone?: string;
  onClose: () => void;
  onCreated: (ticket: WarrantyTicket) => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [unitMissing, setUnitMissing] = useState(false);
  const refresh = useRefreshWarranty(projectId);
  const create = useMutation({
    mutationFn: (body: components['schemas']['CreateWarrantyTicketDto']) =>
      call(api.POST('/projects/{id}/warranty-tickets', { params: { path: { id: projectId } }, body })),
    onSuccess: async (ticket) => {
      void message.success(t('create.created', { unit: ticket.unitAddress }));
      await refresh();
      onCreated(ticket);
    },
  });
  return (
    <Modal
      open
      title={t('create.title')}
      onCancel={onClose}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'warranty-create-submit' } as ButtonProps}
      onOk={() => {
        setUnitMissing(!unitId);
        form.submit();
      }}
      destroyOnHidden
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{ reportedAt: wallNow(timeZone) }}
        onFinish={(values) => {
          if (!unitId) return;
          create.mutate({
            unitId,
            component: values.component,
            description: values.description.trim(),
            reportedAt: pickedInstant(values.reportedAt, timeZone),
          });
        }}
        data-testid="warranty-create-form"
      >
        <Form.Item
          label={t('create.unit')}
          required
          validateStatus={unitMissing && !unitId ? 'error' : undefined}
          help={unitMissing && !unitId ? t('create.required', { field: t('create.unit') }) : undefined}
        >
          <UnitPicker
            projectId={projectId}
            value={unitId}
            onChange={(unit) => setUnitId(unit?.id)}
            placeholder={t('create.unitPlaceholder')}
            testId="warranty-unit"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label={t('create.component')}
          name="component"
          rules={[{ required: true, message: t('create.required', { field: t('create.component') }) }]}
        >
          <Select
            data-testid="warranty-component"
            options={WARRANTY_COMPONENTS.map((value) => ({ value, label: t(`component.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('create.description')}
          name="description"
          rules={[
            { required: true, whitespace: true, message: t('create.required', { field: t('create.description') }) },
            { max: MAX_TEXT },
          ]}
        >
          <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount data-testid="warranty-description" />
        </Form.Item>
        <Form.Item
          label={t('create.reportedAt')}
          name="reportedAt"
          extra={t('create.zone', { timeZone })}
          rules={[{ required: true, message: t('create.required', { field: t('create.reportedAt') }) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            needConfirm={false}
            style={{ width: '100%' }}
            data-testid="warranty-reported-at"
          />
        </Form.Item>
      </Form>
      {create.isError && <ApiErrorAlert error={create.error} />}
    </Modal>
  );
}

interface ActionValues {
  visitAt?: Dayjs;
  note?: string;
  rating?: number;
}

function sendAction(
  projectId: string,
  ticketId: string,
  action: WarrantyTicketAction,
  values: ActionValues,
  timeZone: string,
) {
  const path = { id: projectId, ticketId };
  const note = values.note?.trim() ? values.note.trim() : undefined;
  switch (action) {
    case 'book_visit':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/book-visit', {
          params: { path },
          body: { visitAt: pickedInstant(values.visitAt!, timeZone), ...(note ? { note } : {}) },
        }),
      );
    case 'repaired':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/repaired', {
          params: { path },
          body: note ? { note } : {},
        }),
      );
    case 'confirm':
      return call(
        api.POST('/projects/{id}/warranty-tickets/{ticketId}/confirm', {
          params: { path },
          body: { rating: values.rating! },
        }),
      );
  }
}

/** One step of a ticket: book the visit (time and note), mark it repaired (a note), the owner's confirmation (rating). */
export function WarrantyActionModal({
  projectId,
  ticket,
  action,
  timeZone = DEFAULT_TIME_ZONE,
  onClose,
}: {
  projectId: string;
  ticket: WarrantyTicket;
  action: WarrantyTicketAction;
  timeZone?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const refresh = useRefreshWarranty(projectId);
  const mutation = useMutation({
    mutationFn: (values: ActionValues) => sendAction(projectId, ticket.id, action, values, timeZone),
    onSuccess: async () => {
      void message.success(t('actionForm.done'));
      await refresh();
      onClose();
    },
  });
  const required = (field: string) => ({ required: true, message: t('actionForm.required', { field }) });
  return (
    <Modal
      open
      title={t(`action.${action}`)}
      onCancel={onClose}
      okText={t('actionForm.submit')}
      cancelText={t('actionForm.cancel')}
      okButtonProps={{ loading: mutation.isPending, 'data-testid': 'warranty-action-submit' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
        data-testid="warranty-action-form"
      >
        {action === 'book_visit' && (
          <>
            <Form.Item
              label={t('actionForm.visitAt')}
              name="visitAt"
              extra={t('create.zone', { timeZone })}
              rules={[required(t('actionForm.visitAt'))]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                needConfirm={false}
                style={{ width: '100%' }}
                data-testid="warranty-visit-at"
              />
            </Form.Item>
            <Form.Item label={t('actionForm.note')} name="note" rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} maxLength={2000} data-testid="warranty-visit-note" />
            </Form.Item>
          </>
        )}
        {action === 'repaired' && (
          <Form.Item label={t('actionForm.repairNote')} name="note" rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="warranty-repair-note" />
          </Form.Item>
        )}
        {action === 'confirm' && (
          <Form.Item label={t('actionForm.rating')} name="rating" rules={[required(t('actionForm.rating'))]}>
            <Rate count={5} data-testid="warranty-rating" />
          </Form.Item>
        )}
      </Form>
      {mutation.isError && <ApiErrorAlert error={mutation.error} />}
    </Modal>
  );
}

/**
 * 保修期设置 (PUT /projects/{id}/warranty-periods): the years per component, never below the statute (the field's
 * minimum, and the API refuses it as WARRANTY_PERIOD_TOO_SHORT).
 */
export function WarrantyPeriodsModal({
  projectId,
  periods,
  onClose,
}: {
  projectId: string;
  periods: WarrantyPeriods['periods'];
  onClose: () => void;
}) {
  const { t } = useTranslation('warranty');
  const { message } = App.useApp();
  const [years, setYears] = useState<Record<string, number>>(
    Object.fromEntries(periods.map((row) => [row.component, row.years])),
  );
  const refresh = useRefreshWarranty(projectId);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/projects/{id}/warranty-periods', {
          params: { path: { id: projectId } },
          body: {
            periods: periods
              .filter((row) => years[row.component] !== row.years)
              .map((row) => ({ component: row.component as WarrantyComponent, years: years[row.component] })),
          },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('periods.saved'));
      await refresh();
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('periods.title')}
      onCancel={onClose}
      okText={t('periods.save')}
      cancelText={t('periods.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'warranty-periods-save' } as ButtonProps}
      onOk={() => save.mutate()}
      destroyOnHidden
      width={640}
    >
      <Table
        rowKey="component"
        size="small"
        pagination={false}
        dataSource={periods}
        columns={[
          { title: t('periods.component'), key: 'component', render: (_, row) => t(`component.${row.component}`) },
          {
            title: t('periods.statutory'),
            key: 'statutory',
            render: (_, row) => t('periods.yearsUnit', { years: row.statutoryYears }),
          },
          {
            title: t('periods.years'),
            key: 'years',
            render: (_, row) => (
              <InputNumber
                min={row.statutoryYears}
                max={50}
                precision={0}
                value={years[row.component]}
                onChange={(value) => setYears((current) => ({ ...current, [row.component]: value ?? row.years }))}
                data-testid={`warranty-period-${row.component}`}
              />
            ),
          },
        ]}
      />
      {save.isError && <ApiErrorAlert error={save.error} />}
    </Modal>
  );
}
