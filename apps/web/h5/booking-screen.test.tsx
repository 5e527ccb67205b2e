import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, OwnerApiStub, phoneInTimeZone, refused } from './owner-api-stub';

/** 预约 in the owner app (open-day and handover slots), against a stub of /owner/*. */
const api = new OwnerApiStub();
api.install();
const { OwnerApp } = await import('./owner-app');

interface Slot {
  id: string;
  kind: 'open_day' | 'handover';
  startsAt: string;
  endsAt: string;
  capacity: number;
  remaining: number;
}
// 01:00Z is 09:00 in Asia/Shanghai
const MORNING: Slot = {
  id: 's1',
  kind: 'open_day',
  startsAt: '2027-03-01T01:00:00.000Z',
  endsAt: '2027-03-01T02:00:00.000Z',
  capacity: 20,
  remaining: 3,
};
const FULL: Slot = {
  ...MORNING,
  id: 's2',
  startsAt: '2027-03-01T06:00:00.000Z',
  endsAt: '2027-03-01T07:00:00.000Z',
  remaining: 0,
};
const AFTERNOON: Slot = {
  ...MORNING,
  id: 's3',
  startsAt: '2027-03-01T07:00:00.000Z',
  endsAt: '2027-03-01T08:00:00.000Z',
  remaining: 5,
};
const HANDOVER: Slot = {
  ...MORNING,
  id: 's4',
  kind: 'handover',
  startsAt: '2027-03-10T00:30:00.000Z',
  endsAt: '2027-03-10T01:30:00.000Z',
  remaining: 8,
};
const slots = (...items: Slot[]) => ok({ timeZone: 'Asia/Shanghai', items });
const bookingOn = (slot: Slot) => ({
  id: 'b1',
  unitId: 'u1',
  slotId: slot.id,
  kind: slot.kind,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  status: 'booked',
  createdAt: '2027-02-01T00:00:00.000Z',
  cancelledAt: null,
});
const bookings = (...items: unknown[]) => ok({ items });

// the phone's own zone is not the project's: the times must still be Asia/Shanghai's
phoneInTimeZone('Europe/London');

beforeEach(() =>
  api.openAt('/h5/units/u1/booking', {
    'GET /owner/me/units/u1/slots': slots(MORNING, FULL, AFTERNOON, HANDOVER),
    'GET /owner/me/units/u1/bookings': bookings(),
  }),
);
afterEach(() => vi.restoreAllMocks());

const slotCard = (id: string) => {
  const card = screen.getAllByTestId('booking-slot').find((element) => element.dataset.slotId === id);
  if (!card) throw new Error(`no slot ${id} on the screen`);
  return card;
};
const openBooking = () => screen.findByTestId('booking-open_day', {}, { timeout: 10_000 });

describe('预约', () => {
  it('lists each kind’s slots in Asia/Shanghai time with the seats left, and books one', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    const openDay = await openBooking();
    expect(
      within(openDay)
        .getAllByTestId('booking-slot')
        .map((card) => card.textContent),
    ).toEqual([
      '2027-03-01 09:00–10:00剩余 3 个名额预约',
      '2027-03-01 14:00–15:00已约满预约',
      '2027-03-01 15:00–16:00剩余 5 个名额预约',
    ]);
    expect(within(slotCard('s2')).getByRole('button', { name: '预约' })).toBeDisabled();
    expect(within(screen.getByTestId('booking-handover')).getByTestId('booking-slot')).toHaveTextContent(
      '2027-03-10 08:30–09:30剩余 8 个名额',
    );
    expect(openDay).toHaveTextContent('尚未预约，请选择下方时段。');

    api.answers['POST /owner/me/units/u1/bookings'] = { status: 201, body: bookingOn(MORNING) };
    api.answers['GET /owner/me/units/u1/slots'] = slots({ ...MORNING, remaining: 2 }, FULL, AFTERNOON, HANDOVER);
    api.answers['GET /owner/me/units/u1/bookings'] = bookings(bookingOn(MORNING));
    await user.click(within(slotCard('s1')).getByRole('button', { name: '预约' }));

    expect(await screen.findByRole('status')).toHaveTextContent('预约成功。');
    expect(api.changes()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/owner/me/units/u1/bookings', json: { slotId: 's1' } }),
    ]);
    expect(screen.getByTestId('booking-mine-open_day')).toHaveTextContent('我的预约：2027-03-01 09:00–10:00');
    expect(slotCard('s1')).toHaveTextContent('剩余 2 个名额已预约');
    expect(within(slotCard('s3')).getByRole('button', { name: '改约到此' })).toBeEnabled();
    // the seats are read again after the booking
    expect(api.sent('GET', '/owner/me/units/u1/slots')).toHaveLength(2);
  });

  it('moves the booking to another slot and cancels it only when the owner confirms', async () => {
    api.answers['GET /owner/me/units/u1/bookings'] = bookings(bookingOn(MORNING));
    const user = userEvent.setup();
    render(<OwnerApp />);
    await openBooking();
    expect(screen.getByTestId('booking-mine-open_day')).toHaveTextContent('我的预约：2027-03-01 09:00–10:00');

    api.answers['POST /owner/me/units/u1/bookings/b1/move'] = { status: 201, body: bookingOn(AFTERNOON) };
    api.answers['GET /owner/me/units/u1/bookings'] = bookings(bookingOn(AFTERNOON));
    await user.click(within(slotCard('s3')).getByRole('button', { name: '改约到此' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已改约。');
    expect(screen.getByTestId('booking-mine-open_day')).toHaveTextContent('我的预约：2027-03-01 15:00–16:00');

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    const cancel = () => within(screen.getByTestId('booking-open_day')).getByRole('button', { name: '取消预约' });
    await user.click(cancel());
    expect(confirm).toHaveBeenCalledWith('确认取消该预约？');
    expect(api.changes()).toHaveLength(1);

    confirm.mockReturnValueOnce(true);
    api.answers['POST /owner/me/units/u1/bookings/b1/cancel'] = {
      status: 201,
      body: { ...bookingOn(AFTERNOON), status: 'cancelled' },
    };
    api.answers['GET /owner/me/units/u1/bookings'] = bookings();
    await user.click(cancel());
    expect(await screen.findByText('预约已取消。')).toBeInTheDocument();
    expect(api.changes()).toEqual([
      expect.objectContaining({ path: '/owner/me/units/u1/bookings/b1/move', json: { slotId: 's3' } }),
      expect.objectContaining({ method: 'POST', path: '/owner/me/units/u1/bookings/b1/cancel', json: undefined }),
    ]);
    expect(screen.getByTestId('booking-open_day')).toHaveTextContent('尚未预约，请选择下方时段。');
    expect(screen.queryByTestId('booking-mine-open_day')).toBeNull();
  });

  it('shows a full slot’s 409 SLOT_FULL in the owner’s language and reads the seats again', async () => {
    api.answers['POST /owner/me/units/u1/bookings'] = refused(409, 'SLOT_FULL', { capacity: 20 });
    const user = userEvent.setup();
    render(<OwnerApp />);
    await openBooking();
    api.answers['GET /owner/me/units/u1/slots'] = slots({ ...MORNING, remaining: 0 }, FULL, AFTERNOON, HANDOVER);
    await user.click(within(slotCard('s1')).getByRole('button', { name: '预约' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该时段已约满（共 20 个名额），请选择其他时段。');
    expect(screen.queryByRole('status')).toBeNull();
    expect(slotCard('s1')).toHaveTextContent('已约满');
    expect(within(slotCard('s1')).getByRole('button', { name: '预约' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'English' }));
    // the unit's screen is read again in English
    expect(await screen.findByText('5 seats left')).toBeInTheDocument();
    await user.click(within(slotCard('s3')).getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('This time slot is full (capacity 20).')).toHaveAttribute('role', 'alert');
    expect(api.sent('POST', '/owner/me/units/u1/bookings').map((r) => [r.json, r.language])).toEqual([
      [{ slotId: 's1' }, 'zh-CN'],
      [{ slotId: 's3' }, 'en'],
    ]);
  });
});
