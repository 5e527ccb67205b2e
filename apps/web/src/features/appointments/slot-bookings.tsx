import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { bookingAddress, bookingKeys, fetchBookings, type BookingItem, type BookingQuery } from './booking-list';

/**
 * 预约名单 of one slot, opened from its row: the units booked into it (or the cancelled bookings), paged by the API, each
 * active one cancellable by who manages appointments (POST /projects/{id}/bookings/{bookingId}/cancel), so a booking
 * made earlier is cancelled after a reload too. A refusal (BOOKING_ALREADY_CANCELLED, …) is worded from its code.
 */
export function SlotBookings({
  projectId,
  slotId,
  mayCancel,
}: {
  projectId: string;
  slotId: string;
  mayCancel: boolean;
}) {
  const { t } = useTranslation('appointments');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<'booked' | 'cancelled'>('booked');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query: BookingQuery = { slotId, status, ...paging };
  const bookings = useQuery({
    queryKey: bookingKeys.list(projectId, query),
    queryFn: () => fetchBookings(projectId, query),
    placeholderData: keepPreviousData,
  });
  const cancel = useMutation({
    mutationFn: (booking: BookingItem) =>
      call(
        api.POST('/projects/{id}/bookings/{bookingId}/cancel', {
          params: { path: { id: projectId, bookingId: booking.id } },
        }),
      ),
    onSuccess: (_, booking) => void message.success(t('bookings.cancelled', { unit: bookingAddress(booking) })),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: bookingKeys.all(projectId) }),
        queryClient.invalidateQueries({ queryKey: ['appointment-slots', projectId] }),
      ]);
    },
  });
  return (
    <div data-testid="slot-bookings">
      <Segmented<'booked' | 'cancelled'>
        size="small"
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPaging((current) => ({ ...current, page: 1 }));
        }}
        options={(['booked', 'cancelled'] as const).map((value) => ({
          value,
          label: t(`bookings.statusName.${value}`),
        }))}
        style={{ marginBottom: 8 }}
        data-testid="slot-bookings-status"
      />
      {cancel.isError && <ApiErrorAlert error={cancel.error} />}
      <QueryView query={bookings} rows={2}>
        {(data) => (
          <Table<BookingItem>
            rowKey="id"
            size="small"
            dataSource={data.items}
            locale={{ emptyText: t(status === 'booked' ? 'bookings.empty' : 'bookings.noneCancelled') }}
            onRow={(booking) => ({ 'data-testid': 'booking-row', 'data-status': booking.status }) as object}
            pagination={
              data.total > data.pageSize && {
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                size: 'small',
                showTotal: (total) => t('bookings.total', { total }),
                onChange: (page, pageSize) => setPaging({ page, pageSize }),
              }
            }
            columns={[
              { title: t('bookings.unit'), key: 'unit', render: (_, booking) => bookingAddress(booking) },
              { title: t('bookings.owner'), key: 'owner', render: (_, booking) => booking.unit.ownerName },
              {
                title: t('bookings.status'),
                key: 'status',
                render: (_, booking) => (
                  <Tag color={booking.status === 'booked' ? 'green' : 'default'}>
                    {t(`bookings.statusName.${booking.status}`)}
                  </Tag>
                ),
              },
              ...(mayCancel
                ? [
                    {
                      title: '',
                      key: 'cancel',
                      render: (_: unknown, booking: BookingItem) =>
                        booking.status === 'booked' && (
                          <Popconfirm
                            title={t('bookings.confirmCancel', { unit: bookingAddress(booking) })}
                            okText={t('bookings.yes')}
                            cancelText={t('bookings.no')}
                            onConfirm={() => cancel.mutate(booking)}
                          >
                            <Button
                              size="small"
                              danger
                              loading={cancel.isPending && cancel.variables?.id === booking.id}
                              data-testid="booking-cancel"
                            >
                              {t('bookings.cancel')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
    </div>
  );
}
