import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// a shared machine: a test that walks two dialogs takes its time
vi.setConfig({ testTimeout: 60_000 });

/** 预约 and the check-in desk's 今日预约 against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;
let me = { id: 'u1', name: '李项目', role: 'project_lead', department: null as string | null };

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'centralizedHandover',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const LATER = new Date(Date.now() + 30 * 86_400_000);
const slot = (id: string, booked: number, capacity = 1) => ({
  id,
  projectId: 'p1',
  kind: 'handover',
  startsAt: LATER.toISOString(),
  endsAt: new Date(LATER.getTime() + 3_600_000).toISOString(),
  capacity,
  booked,
  remaining: capacity - booked,
  createdAt: '2030-01-01T00:00:00.000Z',
});
const UNITS = [
  { id: 'u-101', building: '1#', unit: '1', room: '101', ownerName: '张三' },
  { id: 'u-102', building: '1#', unit: '1', room: '102', ownerName: '李四' },
].map((unit) => ({
  ...unit,
  projectId: 'p1',
  ownerPhoneMasked: '139****0000',
  contractedAreaCenti: 8957,
  surveyedAreaCenti: 8957,
  priceFenPerSqm: 2500000,
  fitOut: 'fitted',
  handoverState: 'not_started',
}));
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, total: items.length });
/** A booking as GET /projects/{id}/bookings lists it. */
const listed = (id: string, unit: (typeof UNITS)[number], status = 'booked', slotId = 's1') => ({
  id,
  status,
  slot: { id: slotId, kind: 'handover', startsAt: slot(slotId, 1).startsAt, endsAt: slot(slotId, 1).endsAt },
  unit: { id: unit.id, building: unit.building, unitNo: unit.unit, room: unit.room, ownerName: unit.ownerName },
  createdAt: '2030-01-01T00:00:00.000Z',
  cancelledAt: status === 'cancelled' ? '2030-01-02T00:00:00.000Z' : null,
});
const queryOf = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: `${url.pathname}${url.search}`, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/appointment-slots' && input.method === 'GET'
          ? { status: 200, body: page([slot('s1', 0)]) }
          : url.pathname === '/projects/p1/bookings' && input.method === 'GET'
            ? { status: 200, body: page([]) }
            : url.pathname === '/projects/p1/units'
              ? { status: 200, body: page(UNITS) }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { AppointmentsPage } = await import('./appointments-page');
const { CheckInPage } = await import('../field/check-in-page');
const { slotHours, slotInstants, todayWindow } = await import('./slot-time');

const openAppointments = () =>
  renderProjectPage(AppointmentsPage, '/projects/:projectId/appointments', '/projects/p1/appointments');
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));

async function bookUnit(user: ReturnType<typeof userEvent.setup>, option: string) {
  await user.click(await screen.findByTestId('slot-book', {}, { timeout: 10_000 }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(within(dialog).getByTestId('book-unit')).getByRole('combobox'));
  await user.click(await screen.findByText(option, {}, { timeout: 5_000 }));
  await user.click(within(dialog).getByTestId('book-ok'));
  return dialog;
}

beforeEach(() => {
  me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('slot times', () => {
  it("reads a day and wall times in the project's zone, whatever the browser's", () => {
    expect(slotInstants('2030-03-01', '09:00', '10:30', 'Asia/Shanghai')).toEqual({
      startsAt: '2030-03-01T01:00:00.000Z',
      endsAt: '2030-03-01T02:30:00.000Z',
    });
    expect(todayWindow(new Date('2030-03-01T17:00:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2030-03-02',
      from: '2030-03-01T16:00:00.000Z',
      to: '2030-03-02T16:00:00.000Z',
    });
  });
});

describe('<CreateSlotForm> a lead opens a time slot', () => {
  it("sends the slot's instants and seats, and refuses an end before the start without asking", async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/appointment-slots'
        ? { status: 201, body: slot('s2', 0, 30) }
        : undefined;
    const user = userEvent.setup();
    openAppointments();
    const date = await screen.findByTestId('slot-date', {}, { timeout: 10_000 });
    await user.clear(date);
    await user.type(date, '2030-03-01');
    await user.clear(screen.getByTestId('slot-start'));
    await user.type(screen.getByTestId('slot-start'), '14:00');
    await user.clear(screen.getByTestId('slot-end'));
    await user.type(screen.getByTestId('slot-end'), '13:00');
    await user.click(screen.getByTestId('slot-submit'));
    expect(await screen.findByText('结束时间须晚于开始时间')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/appointment-slots')).toEqual([]);

    await user.clear(screen.getByTestId('slot-end'));
    await user.type(screen.getByTestId('slot-end'), '15:30');
    await user.clear(screen.getByTestId('slot-capacity'));
    await user.type(screen.getByTestId('slot-capacity'), '30');
    await user.click(screen.getByTestId('slot-submit'));
    expect(
      await screen.findByText('已开放 2030-03-01 14:00–15:30 的时段，共 30 个名额', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(JSON.parse(sent('POST', '/projects/p1/appointment-slots')[0].body)).toEqual({
      kind: 'handover',
      capacity: 30,
      startsAt: '2030-03-01T06:00:00.000Z',
      endsAt: '2030-03-01T07:30:00.000Z',
    });
  });
});

describe('<AppointmentSlots> bookings', () => {
  it("books a unit into a slot, opens the slot's bookings from the API and cancels it", async () => {
    let cancelled = false;
    let bookedYet = false;
    answerFor = (method, path) => {
      const booking = {
        id: 'b1',
        slotId: 's1',
        unitId: 'u-101',
        kind: 'handover',
        startsAt: slot('s1', 1).startsAt,
        endsAt: slot('s1', 1).endsAt,
        createdAt: '2030-01-01T00:00:00.000Z',
      };
      if (method === 'POST' && path === '/projects/p1/appointment-slots/s1/bookings') {
        bookedYet = true;
        return { status: 201, body: { ...booking, status: 'booked', cancelledAt: null } };
      }
      if (method === 'POST' && path === '/projects/p1/bookings/b1/cancel') {
        cancelled = true;
        return { status: 200, body: { ...booking, status: 'cancelled', cancelledAt: '2030-01-02T00:00:00.000Z' } };
      }
      if (method === 'GET' && path === '/projects/p1/bookings')
        return { status: 200, body: page(bookedYet && !cancelled ? [listed('b1', UNITS[0])] : []) };
      return undefined;
    };
    const user = userEvent.setup();
    openAppointments();
    await bookUnit(user, '1#-1-101 · 张三');
    // the slot just booked opens its list, read from the API
    const made = await screen.findByTestId('booking-row', {}, { timeout: 10_000 });
    expect(made).toHaveTextContent('1#-1-101');
    expect(made).toHaveTextContent('张三');
    expect(made).toHaveTextContent('有效');
    expect(JSON.parse(sent('POST', '/projects/p1/appointment-slots/s1/bookings')[0].body)).toEqual({ unitId: 'u-101' });
    expect(queryOf(sent('GET', '/projects/p1/bookings').at(-1)!.path)).toMatchObject({
      slotId: 's1',
      status: 'booked',
    });

    await user.click(within(made).getByTestId('booking-cancel'));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('已取消 1#-1-101 的预约，名额已释放', {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('booking-row')).toBeNull(), { timeout: 10_000 });
    expect(screen.getByText('该时段还没有有效预约')).toBeInTheDocument();
    expect(sent('POST', '/projects/p1/bookings/b1/cancel')).toHaveLength(1);
  });

  it("after a reload, opens a slot's earlier bookings, shows the cancelled ones and words a refused cancel in Chinese", async () => {
    answerFor = (method, path) => {
      if (method === 'GET' && path === '/projects/p1/appointment-slots')
        return { status: 200, body: page([slot('s1', 2, 5)]) };
      if (method === 'GET' && path === '/projects/p1/bookings') {
        const status = queryOf(received.at(-1)!.path).status;
        return {
          status: 200,
          body: page(
            status === 'cancelled'
              ? [listed('b9', UNITS[1], 'cancelled')]
              : [listed('b1', UNITS[0]), listed('b2', UNITS[1])],
          ),
        };
      }
      if (method === 'POST' && path === '/projects/p1/bookings/b2/cancel')
        return {
          status: 409,
          body: { statusCode: 409, code: 'BOOKING_ALREADY_CANCELLED', message: 'This booking is already cancelled.' },
        };
      return undefined;
    };
    const user = userEvent.setup();
    openAppointments();
    expect(sent('GET', '/projects/p1/bookings')).toEqual([]);
    const toggle = await screen.findByTestId('slot-bookings-toggle', {}, { timeout: 10_000 });
    expect(toggle).toHaveTextContent('查看名单（2）');
    await user.click(toggle);
    await waitFor(() => expect(screen.getAllByTestId('booking-row')).toHaveLength(2), { timeout: 10_000 });
    const rows = screen.getAllByTestId('booking-row');
    expect(rows[0]).toHaveTextContent('1#-1-101');
    expect(rows[1]).toHaveTextContent('1#-1-102李四');

    await user.click(within(rows[1]).getByTestId('booking-cancel'));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('该预约已取消，无需重复取消。', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('This booking is already cancelled.')).toBeNull();

    await user.click(within(screen.getByTestId('slot-bookings-status')).getByText('已取消'));
    await waitFor(() => expect(screen.getAllByTestId('booking-row')).toHaveLength(1), { timeout: 10_000 });
    expect(screen.getByTestId('booking-row')).toHaveAttribute('data-status', 'cancelled');
    expect(screen.getByTestId('booking-row').querySelector('[data-testid="booking-cancel"]')).toBeNull();
    expect(queryOf(sent('GET', '/projects/p1/bookings').at(-1)!.path)).toMatchObject({
      slotId: 's1',
      status: 'cancelled',
    });
  });

  it('words a full slot in Chinese from SLOT_FULL, in the dialog', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/appointment-slots/s1/bookings'
        ? {
            status: 409,
            body: {
              statusCode: 409,
              code: 'SLOT_FULL',
              params: { capacity: 1 },
              message: 'This time slot is full (capacity 1).',
            },
          }
        : undefined;
    const user = userEvent.setup();
    openAppointments();
    const dialog = await bookUnit(user, '1#-1-102 · 李四');
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('该时段已约满（共 1 个名额），请选择其他时段。');
    expect(alert).not.toHaveTextContent('capacity 1');
    expect(screen.queryByTestId('booking-row')).toBeNull();
  });

  it('lets neither an engineering head open slots nor book', async () => {
    me = { id: 'u2', name: '王工程', role: 'department_head', department: 'engineering' };
    openAppointments();
    expect(await screen.findByTestId('slot-row', {}, { timeout: 10_000 })).toHaveTextContent('1');
    expect(screen.queryByTestId('create-slot-form')).toBeNull();
    expect(screen.queryByTestId('slot-book')).toBeNull();
  });
});

describe("<CheckInPage> today's appointments", () => {
  it("asks for today's slots in the project's day and shows the seats booked", async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/appointment-slots'
        ? { status: 200, body: page([slot('s1', 1, 2)]) }
        : undefined;
    renderProjectPage(CheckInPage, '/projects/:projectId/check-in', '/projects/p1/check-in');
    const today = await screen.findByTestId('today-slot', {}, { timeout: 10_000 });
    expect(today).toHaveTextContent('已约 1 / 2 户');
    expect(today).toHaveTextContent('剩余 1');
    const { from, to } = todayWindow(new Date(), 'Asia/Shanghai');
    const [asked] = sent('GET', '/projects/p1/appointment-slots');
    const query = new URL(asked.path, 'http://x').searchParams;
    expect(query.get('from')).toBe(from);
    expect(query.get('to')).toBe(to);
  });

  it("lists today's booked households, searches them on the server and opens the unit picked", async () => {
    answerFor = (method, path) => {
      if (method === 'GET' && path === '/projects/p1/bookings') {
        const q = queryOf(received.at(-1)!.path).q;
        return {
          status: 200,
          body: page(q ? [listed('b2', UNITS[1])] : [listed('b1', UNITS[0]), listed('b2', UNITS[1])]),
        };
      }
      if (method === 'GET' && path.startsWith('/projects/p1/units/')) return { status: 500, body: { statusCode: 500 } };
      return undefined;
    };
    const user = userEvent.setup();
    const { router } = renderProjectPage(CheckInPage, '/projects/:projectId/check-in', '/projects/p1/check-in');
    await waitFor(() => expect(screen.getAllByTestId('today-booking')).toHaveLength(2), { timeout: 10_000 });
    const first = screen.getAllByTestId('today-booking')[0];
    expect(first).toHaveTextContent('1#-1-101');
    expect(first).toHaveTextContent('张三');
    expect(first).toHaveTextContent(slotHours(slot('s1', 1), 'Asia/Shanghai'));
    const { date } = todayWindow(new Date(), 'Asia/Shanghai');
    expect(queryOf(sent('GET', '/projects/p1/bookings')[0].path)).toMatchObject({ date, status: 'booked' });

    const search = within(screen.getByTestId('today-bookings-search')).getByRole('searchbox');
    await user.type(search, ' 1-1-102 {Enter}');
    await waitFor(() => expect(screen.getAllByTestId('today-booking')).toHaveLength(1), { timeout: 10_000 });
    expect(queryOf(sent('GET', '/projects/p1/bookings').at(-1)!.path)).toMatchObject({ date, q: '1-1-102' });

    await user.click(screen.getByTestId('today-booking'));
    await waitFor(() => expect(router.state.location.search).toBe('?unit=u-102'));
    expect(screen.queryByTestId('today-bookings')).toBeNull();
  });
});
