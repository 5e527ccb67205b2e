import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Modal, Select, Table, Tag, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { unitAddress, UnitPicker, type UnitSummary } from '../keys/unit-picker';
import { bookingKeys } from './booking-list';
import { APPOINTMENT_KINDS, type AppointmentKind } from './create-slot-form';
import { SlotBookings } from './slot-bookings';
import { slotText } from './slot-time';

export type Slot = components['schemas']['AppointmentSlotDto'];
type Booking = components['schemas']['AppointmentBookingDto'];
/** A booking made on this page, with the unit's address for the list. */
export interface BookingMade extends Booking {
  address: string;
}

/**
 * 预约时段: the project's slots by start, filtered by kind and paged by the API (kind and page in the URL), with the
 * seats remaining; who may book (the lead, the customer-service head) books a unit into a slot from its row. A row
 * opens its bookings (预约名单, read from the API, so a booking made earlier is there after a reload) with cancel for
 * each; a slot just booked opens by itself.
 */
export function AppointmentSlots({
  projectId,
  timeZone,
  mayBook,
  onBooked,
}: {
  projectId: string;
  timeZone?: string;
  mayBook: boolean;
  onBooked?: (booking: BookingMade) => void;
}) {
  const { t } = useTranslation('appointments');
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (slotId: string) =>
    setExpanded((open) => (open.includes(slotId) ? open.filter((id) => id !== slotId) : [...open, slotId]));
  const { page, pageSize, filters, update } = usePageParams<{ kind?: string }>(['kind']);
  const kind = APPOINTMENT_KINDS.includes(filters.kind as AppointmentKind)
    ? (filters.kind as AppointmentKind)
    : undefined;
  const [booking, setBooking] = useState<Slot | null>(null);
  const query = { page, pageSize, kind };
  const slots = useQuery({
    queryKey: ['appointment-slots', projectId, query],
    queryFn: () => call(api.GET('/projects/{id}/appointment-slots', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const now = Date.now();
  return (
    <div data-testid="appointment-slots">
      <Select
        allowClear
        style={{ width: 180, marginBottom: 12 }}
        placeholder={t('slots.allKinds')}
        value={kind}
        onChange={(value?: string) => update({ filters: { kind: value } })}
        options={APPOINTMENT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        data-testid="filter-slot-kind"
      />
      <QueryView query={slots}>
        {(data) => (
          <Table<Slot>
            rowKey="id"
            size="middle"
            dataSource={data.items}
            scroll={{ x: true }}
            locale={{ emptyText: t('slots.empty') }}
            data-testid="slot-table"
            onRow={(slot) => ({ 'data-testid': 'slot-row', 'data-remaining': slot.remaining }) as object}
            expandable={{
              expandedRowKeys: expanded,
              showExpandColumn: false,
              expandedRowRender: (slot) => <SlotBookings projectId={projectId} slotId={slot.id} mayCancel={mayBook} />,
            }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('slots.total', { total }),
              onChange: (current, size) => update({ page: current, pageSize: size }),
            }}
            columns={[
              {
                title: t('slots.kind'),
                key: 'kind',
                render: (_, slot) => (
                  <Tag color={slot.kind === 'handover' ? 'blue' : 'cyan'}>{t(`kind.${slot.kind}`)}</Tag>
                ),
              },
              { title: t('slots.time'), key: 'time', render: (_, slot) => slotText(slot, timeZone) },
              { title: t('slots.capacity'), dataIndex: 'capacity' },
              { title: t('slots.booked'), dataIndex: 'booked' },
              {
                title: t('slots.remaining'),
                key: 'remaining',
                render: (_, slot) =>
                  Date.parse(slot.endsAt) <= now ? (
                    <Tag>{t('slots.ended')}</Tag>
                  ) : slot.remaining === 0 ? (
                    <Tag color="red" data-testid="slot-remaining">
                      {t('slots.full')}
                    </Tag>
                  ) : (
                    <Tag color="green" data-testid="slot-remaining">
                      {slot.remaining}
                    </Tag>
                  ),
              },
              {
                title: t('bookings.title'),
                key: 'bookings',
                render: (_, slot) => (
                  <Button
                    size="small"
                    type="link"
                    aria-expanded={expanded.includes(slot.id)}
                    onClick={() => toggle(slot.id)}
                    data-testid="slot-bookings-toggle"
                  >
                    {t(expanded.includes(slot.id) ? 'bookings.hide' : 'bookings.show', { booked: slot.booked })}
                  </Button>
                ),
              },
              ...(mayBook
                ? [
                    {
                      title: '',
                      key: 'book',
                      render: (_: unknown, slot: Slot) =>
                        Date.parse(slot.endsAt) > now && (
                          <Button size="small" onClick={() => setBooking(slot)} data-testid="slot-book">
                            {t('slots.book')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      {booking && (
        <BookModal
          projectId={projectId}
          slot={booking}
          timeZone={timeZone}
          onClose={() => setBooking(null)}
          onBooked={(made) => {
            setExpanded((open) => (open.includes(made.slotId) ? open : [...open, made.slotId]));
            onBooked?.(made);
          }}
        />
      )}
    </div>
  );
}

/**
 * Books a unit into a slot (POST …/appointment-slots/{slotId}/bookings). Even a slot the list shows with seats left
 * may be full by now: the refusal (SLOT_FULL, UNIT_ALREADY_BOOKED, …) is shown in the dialog, worded from its code.
 */
export function BookModal({
  projectId,
  slot,
  timeZone,
  onClose,
  onBooked,
}: {
  projectId: string;
  slot: Slot;
  timeZone?: string;
  onClose: () => void;
  onBooked: (booking: BookingMade) => void;
}) {
  const { t } = useTranslation('appointments');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<UnitSummary | undefined>();
  const slotLabel = `${t(`kind.${slot.kind}`)} ${slotText(slot, timeZone)}`;
  const book = useMutation({
    mutationFn: (chosen: UnitSummary) =>
      call(
        api.POST('/projects/{id}/appointment-slots/{slotId}/bookings', {
          params: { path: { id: projectId, slotId: slot.id } },
          body: { unitId: chosen.id },
        }),
      ),
    onSuccess: (created, chosen) => {
      const address = unitAddress(chosen);
      void message.success(t('book.booked', { unit: address, slot: slotLabel }));
      onBooked({ ...created, address });
      onClose();
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['appointment-slots', projectId] }),
        queryClient.invalidateQueries({ queryKey: bookingKeys.all(projectId) }),
      ]);
    },
  });
  return (
    <Modal
      open
      title={t('book.title', { slot: slotLabel })}
      okText={t('book.ok')}
      cancelText={t('book.cancel')}
      okButtonProps={{ disabled: !unit, 'data-testid': 'book-ok' } as ButtonProps}
      confirmLoading={book.isPending}
      onOk={() => unit && book.mutate(unit)}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('book.unit')} required>
          <UnitPicker
            projectId={projectId}
            value={unit?.id}
            onChange={(chosen) => {
              setUnit(chosen);
              book.reset();
            }}
            placeholder={t('book.unitPlaceholder')}
            testId="book-unit"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {book.isError && <ApiErrorAlert error={book.error} />}
    </Modal>
  );
}
