import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Modal, Popconfirm, Select, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { unitAddress, UnitPicker, type UnitSummary } from '../keys/unit-picker';
import { APPOINTMENT_KINDS, type AppointmentKind } from './create-slot-form';
import { slotText } from './slot-time';

export type Slot = components['schemas']['AppointmentSlotDto'];
type Booking = components['schemas']['AppointmentBookingDto'];
/** A booking made on this page, with the unit's address for the list. */
export interface BookingMade extends Booking {
  address: string;
}

/**
 * 预约时段: the project's slots by start, filtered by kind and paged by the API (kind and page in the URL), with the
 * seats remaining; who may book (the lead, the customer-service head) books a unit into a slot from its row.
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
  onBooked: (booking: BookingMade) => void;
}) {
  const { t } = useTranslation('appointments');
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
          onBooked={onBooked}
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
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['appointment-slots', projectId] }),
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

/** The bookings made on this page, each cancellable (POST /projects/{id}/bookings/{bookingId}/cancel). */
export function BookingsMade({
  projectId,
  bookings,
  timeZone,
  onCancelled,
}: {
  projectId: string;
  bookings: BookingMade[];
  timeZone?: string;
  onCancelled: (booking: BookingMade) => void;
}) {
  const { t } = useTranslation('appointments');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: (booking: BookingMade) =>
      call(
        api.POST('/projects/{id}/bookings/{bookingId}/cancel', {
          params: { path: { id: projectId, bookingId: booking.id } },
        }),
      ),
    onSuccess: (cancelled, booking) => {
      void message.success(t('bookings.cancelled', { unit: booking.address }));
      onCancelled({ ...booking, ...cancelled });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['appointment-slots', projectId] }),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('bookings.hint')}</Typography.Paragraph>
      {cancel.isError && <ApiErrorAlert error={cancel.error} />}
      <Table<BookingMade>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={bookings}
        data-testid="bookings-made"
        onRow={() => ({ 'data-testid': 'booking-row' }) as object}
        columns={[
          { title: t('bookings.unit'), dataIndex: 'address' },
          {
            title: t('bookings.slot'),
            key: 'slot',
            render: (_, booking) => `${t(`kind.${booking.kind}`)} ${slotText(booking, timeZone)}`,
          },
          {
            title: t('bookings.status'),
            key: 'status',
            render: (_, booking) => (
              <Tag color={booking.status === 'booked' ? 'green' : 'default'}>
                {t(`bookings.statusName.${booking.status}`)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'cancel',
            render: (_, booking) =>
              booking.status === 'booked' && (
                <Popconfirm
                  title={t('bookings.confirmCancel', { unit: booking.address })}
                  okText={t('bookings.yes')}
                  cancelText={t('bookings.no')}
                  onConfirm={() => cancel.mutate(booking)}
                >
                  <Button size="small" danger loading={cancel.isPending} data-testid="booking-cancel">
                    {t('bookings.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
