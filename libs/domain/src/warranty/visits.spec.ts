import {
  callBackDueAt,
  mayDoVisitAction,
  mayScheduleVisit,
  ticketStatusAfterVisit,
  visitWindowProblem,
  visitWindowsOverlap,
} from './visits';

const HOUR = 3_600_000;
const now = Date.parse('2027-03-01T10:00:00+08:00');

describe('repair visits (上门维修)', () => {
  it('takes a window ahead that ends after it starts, at most 12 hours long', () => {
    expect(visitWindowProblem({ startsAt: now + HOUR, endsAt: now + 3 * HOUR }, now)).toBeNull();
    expect(visitWindowProblem({ startsAt: now, endsAt: now + HOUR }, now)).toBe('in_past');
    expect(visitWindowProblem({ startsAt: now - HOUR, endsAt: now + HOUR }, now)).toBe('in_past');
    expect(visitWindowProblem({ startsAt: now + HOUR, endsAt: now + HOUR }, now)).toBe('ends_before_start');
    expect(visitWindowProblem({ startsAt: now + HOUR, endsAt: now + 13 * HOUR + 1 }, now)).toBe('too_long');
    expect(visitWindowProblem({ startsAt: now + HOUR, endsAt: now + 13 * HOUR }, now)).toBeNull();
  });

  it('sees windows overlap when they share time, not when one ends as the other starts', () => {
    const morning = { startsAt: now, endsAt: now + 2 * HOUR };
    expect(visitWindowsOverlap(morning, { startsAt: now + HOUR, endsAt: now + 3 * HOUR })).toBe(true);
    expect(visitWindowsOverlap(morning, { startsAt: now + 2 * HOUR, endsAt: now + 3 * HOUR })).toBe(false);
    expect(visitWindowsOverlap({ startsAt: now - HOUR, endsAt: now + 5 * HOUR }, morning)).toBe(true);
  });

  it('is due for a call-back 24 hours after it was done', () => {
    expect(callBackDueAt(now)).toBe(now + 24 * HOUR);
  });

  it('is done or cancelled while scheduled, and confirmed once after it is done', () => {
    expect(mayDoVisitAction({ status: 'scheduled', confirmation: null }, 'done')).toBe(true);
    expect(mayDoVisitAction({ status: 'scheduled', confirmation: null }, 'cancel')).toBe(true);
    expect(mayDoVisitAction({ status: 'scheduled', confirmation: null }, 'confirm')).toBe(false);
    expect(mayDoVisitAction({ status: 'done', confirmation: null }, 'confirm')).toBe(true);
    expect(mayDoVisitAction({ status: 'done', confirmation: 'not_fixed' }, 'confirm')).toBe(false);
    expect(mayDoVisitAction({ status: 'done', confirmation: null }, 'cancel')).toBe(false);
    expect(mayDoVisitAction({ status: 'cancelled', confirmation: null }, 'done')).toBe(false);
  });

  it('is scheduled for a ticket reported or booked, never repaired or closed', () => {
    expect(mayScheduleVisit('reported')).toBe(true);
    expect(mayScheduleVisit('visit_booked')).toBe(true);
    expect(mayScheduleVisit('repaired')).toBe(false);
    expect(mayScheduleVisit('closed')).toBe(false);
  });

  it('moves its ticket along: booked, repaired, closed on confirmation, reported again when not fixed or cancelled', () => {
    expect(ticketStatusAfterVisit('reported', 'scheduled')).toBe('visit_booked');
    expect(ticketStatusAfterVisit('visit_booked', 'scheduled')).toBe('visit_booked');
    expect(ticketStatusAfterVisit('visit_booked', 'cancelled')).toBe('reported');
    expect(ticketStatusAfterVisit('visit_booked', 'done')).toBe('repaired');
    expect(ticketStatusAfterVisit('repaired', 'done')).toBe('repaired');
    expect(ticketStatusAfterVisit('repaired', 'confirmed')).toBe('closed');
    expect(ticketStatusAfterVisit('repaired', 'not_fixed')).toBe('reported');
    expect(ticketStatusAfterVisit('reported', 'not_fixed')).toBe('reported');
  });
});
