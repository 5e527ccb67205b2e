import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Pagination, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../shared/query-view';
import { bookingAddress, bookingKeys, fetchBookings, type BookingItem, type BookingQuery } from './booking-list';
import { slotHours, todayWindow } from './slot-time';

/**
 * 今日预约户 at the handover desk: the households booked today (the project's day, active bookings), by slot start,
 * searched by part of the address and paged by the API; a click opens that unit at the desk (`onPick`).
 */
export function TodayBookings({
  projectId,
  timeZone,
  onPick,
}: {
  projectId: string;
  timeZone?: string;
  onPick: (unitId: string) => void;
}) {
  const { t } = useTranslation('appointments');
  const { date } = todayWindow(new Date(), timeZone);
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const query: BookingQuery = { date, status: 'booked', ...(search ? { q: search } : {}), ...paging };
  const bookings = useQuery({
    queryKey: bookingKeys.list(projectId, query),
    queryFn: () => fetchBookings(projectId, query),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  return (
    <Card size="small" title={t('todayBookings.title')} style={{ marginBottom: 16 }} data-testid="today-bookings">
      <Input.Search
        allowClear
        placeholder={t('todayBookings.search')}
        enterButton={t('todayBookings.searchButton')}
        style={{ marginBottom: 8, maxWidth: 420 }}
        data-testid="today-bookings-search"
        onSearch={(value) => {
          setSearch(value.trim());
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      />
      <QueryView query={bookings} rows={2}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(search ? 'todayBookings.noMatch' : 'todayBookings.none')}
            />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }} data-testid="today-booking-list">
              {page.items.map((booking: BookingItem) => (
                <Button
                  key={booking.id}
                  block
                  size="large"
                  style={{ height: 'auto', minHeight: 56, textAlign: 'left', justifyContent: 'flex-start' }}
                  onClick={() => onPick(booking.unit.id)}
                  data-testid="today-booking"
                >
                  <Space wrap size="large">
                    <strong>{bookingAddress(booking)}</strong>
                    <span>{booking.unit.ownerName}</span>
                    <Typography.Text type="secondary">{slotHours(booking.slot, timeZone)}</Typography.Text>
                    <Tag color={booking.slot.kind === 'handover' ? 'blue' : 'cyan'}>
                      {t(`kind.${booking.slot.kind}`)}
                    </Tag>
                  </Space>
                </Button>
              ))}
              {page.total > page.pageSize && (
                <Pagination
                  size="small"
                  current={page.page}
                  pageSize={page.pageSize}
                  total={page.total}
                  showTotal={(total) => t('todayBookings.total', { total })}
                  onChange={(current, pageSize) => setPaging({ page: current, pageSize })}
                />
              )}
            </Space>
          )
        }
      </QueryView>
    </Card>
  );
}
