import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

/** One booking of the list (预约名单) with its slot and unit, from GET /projects/{id}/bookings. */
export type BookingItem = components['schemas']['BookingListItemDto'];
export type BookingQuery = {
  date?: string;
  slotId?: string;
  unitId?: string;
  kind?: 'open_day' | 'handover';
  status?: 'booked' | 'cancelled';
  q?: string;
  page: number;
  pageSize: number;
};

/** Query keys of the booking lists: every list of the project is refreshed after a booking or a cancellation. */
export const bookingKeys = {
  all: (projectId: string) => ['bookings', projectId] as const,
  list: (projectId: string, query: BookingQuery) => ['bookings', projectId, query] as const,
};

export const fetchBookings = (projectId: string, query: BookingQuery) =>
  call(api.GET('/projects/{id}/bookings', { params: { path: { id: projectId }, query } }));

export const bookingAddress = (booking: BookingItem): string => unitAddressLabel(booking.unit);
