import { useCallback } from 'react';
import type { components } from '../src/api/schema';
import { useTexts, type ScreenTexts } from './i18n';
import { Feedback, LoadState } from './load-state';
import { call, ownerApi } from './owner-api';
import { timeRange } from './owner-time';
import type { UnitSectionProps } from './unit-sections';
import { useOwnerAction, useOwnerLoad } from './use-owner-load';

type Slot = components['schemas']['OwnerSlotDto'];
type Booking = components['schemas']['AppointmentBookingDto'];
type Kind = 'open_day' | 'handover';

const KINDS: Kind[] = ['open_day', 'handover'];

const TEXTS: ScreenTexts<
  | 'title'
  | 'open_day'
  | 'handover'
  | 'myBooking'
  | 'noBooking'
  | 'noSlots'
  | 'remaining'
  | 'full'
  | 'book'
  | 'moveHere'
  | 'current'
  | 'cancel'
  | 'confirmCancel'
  | 'booked'
  | 'moved'
  | 'cancelled'
  | 'working'
> = {
  'zh-CN': {
    title: '预约',
    open_day: '业主开放日',
    handover: '交付',
    myBooking: '我的预约：{time}',
    noBooking: '尚未预约，请选择下方时段。',
    noSlots: '暂无可预约的时段。',
    remaining: '剩余 {n} 个名额',
    full: '已约满',
    book: '预约',
    moveHere: '改约到此',
    current: '已预约',
    cancel: '取消预约',
    confirmCancel: '确认取消该预约？',
    booked: '预约成功。',
    moved: '已改约。',
    cancelled: '预约已取消。',
    working: '提交中…',
  },
  en: {
    title: 'Appointments',
    open_day: 'Owner open day',
    handover: 'Handover',
    myBooking: 'Your booking: {time}',
    noBooking: 'Not booked yet; choose a time below.',
    noSlots: 'No time slots open for booking.',
    remaining: '{n} seats left',
    full: 'Full',
    book: 'Book',
    moveHere: 'Move here',
    current: 'Booked',
    cancel: 'Cancel booking',
    confirmCancel: 'Cancel this booking?',
    booked: 'Booked.',
    moved: 'Moved.',
    cancelled: 'Booking cancelled.',
    working: 'Sending…',
  },
};

/** 预约: the open-day and handover slots of the unit's project with the seats left; book, move, cancel. */
export function BookingScreen({ unit }: UnitSectionProps) {
  const t = useTexts(TEXTS);
  const schedule = useOwnerLoad(
    useCallback(async () => {
      const [slotList, bookingList] = await Promise.all([
        call(ownerApi.GET('/owner/me/units/{unitId}/slots', { params: { path: { unitId: unit.id } } })),
        call(ownerApi.GET('/owner/me/units/{unitId}/bookings', { params: { path: { unitId: unit.id } } })),
      ]);
      return { timeZone: slotList.timeZone, slots: slotList.items, bookings: bookingList.items };
    }, [unit.id]),
  );
  const { busy, problem, notice, run } = useOwnerAction();
  const path = { unitId: unit.id };

  // the seats left changed, whoever took them: read them again either way
  const act = (work: () => Promise<unknown>, done: string) => run(work, done, schedule.refresh);

  const book = (slot: Slot) =>
    act(
      () => call(ownerApi.POST('/owner/me/units/{unitId}/bookings', { params: { path }, body: { slotId: slot.id } })),
      t('booked'),
    );
  const move = (booking: Booking, slot: Slot) =>
    act(
      () =>
        call(
          ownerApi.POST('/owner/me/units/{unitId}/bookings/{bookingId}/move', {
            params: { path: { ...path, bookingId: booking.id } },
            body: { slotId: slot.id },
          }),
        ),
      t('moved'),
    );
  const cancel = (booking: Booking) => {
    if (!window.confirm(t('confirmCancel'))) return;
    void act(
      () =>
        call(
          ownerApi.POST('/owner/me/units/{unitId}/bookings/{bookingId}/cancel', {
            params: { path: { ...path, bookingId: booking.id } },
          }),
        ),
      t('cancelled'),
    );
  };

  return (
    <section className="booking">
      <h1>{t('title')}</h1>
      <LoadState load={schedule}>
        {({ timeZone, slots, bookings }) => (
          <>
            <Feedback problem={problem} notice={notice} problemClass="booking-problem" noticeClass="booking-done" />
            {KINDS.map((kind) => (
              <KindBookings
                key={kind}
                kind={kind}
                slots={slots.filter((slot) => slot.kind === kind)}
                mine={bookings.find((booking) => booking.kind === kind)}
                timeZone={timeZone}
                busy={busy}
                onBook={(slot) => void book(slot)}
                onMove={(booking, slot) => void move(booking, slot)}
                onCancel={cancel}
              />
            ))}
          </>
        )}
      </LoadState>
    </section>
  );
}

interface KindBookingsProps {
  kind: Kind;
  /** this kind's slots */
  slots: Slot[];
  /** the unit's booking of this kind, if any */
  mine: Booking | undefined;
  timeZone: string;
  busy: boolean;
  onBook: (slot: Slot) => void;
  onMove: (booking: Booking, slot: Slot) => void;
  onCancel: (booking: Booking) => void;
}

/** One kind (开放日 or 交付): the unit's booking with its cancel button, then the slots to book or move to. */
function KindBookings({ kind, slots, mine, timeZone, busy, onBook, onMove, onCancel }: KindBookingsProps) {
  const t = useTexts(TEXTS);
  return (
    <div className="booking-kind" data-testid={`booking-${kind}`}>
      <h2>{t(kind)}</h2>
      {mine ? (
        <div className="booking-mine">
          <span data-testid={`booking-mine-${kind}`}>
            {t('myBooking', { time: timeRange(mine.startsAt, mine.endsAt, timeZone) })}
          </span>
          <button type="button" className="secondary" disabled={busy} onClick={() => onCancel(mine)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <p className="hint">{t('noBooking')}</p>
      )}
      {slots.length === 0 ? (
        <p className="hint">{t('noSlots')}</p>
      ) : (
        <ul className="booking-slots">
          {slots.map((slot) => (
            <li key={slot.id} className="booking-slot" data-testid="booking-slot" data-slot-id={slot.id}>
              <div className="booking-slot__time">{timeRange(slot.startsAt, slot.endsAt, timeZone)}</div>
              <div className="booking-slot__seats" data-testid="booking-remaining">
                {slot.remaining > 0 ? t('remaining', { n: slot.remaining }) : t('full')}
              </div>
              {mine?.slotId === slot.id ? (
                <span className="booking-slot__current">{t('current')}</span>
              ) : (
                <button
                  type="button"
                  className="primary booking-slot__action"
                  disabled={busy || slot.remaining <= 0}
                  onClick={() => (mine ? onMove(mine, slot) : onBook(slot))}
                >
                  {busy ? t('working') : mine ? t('moveHere') : t('book')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
