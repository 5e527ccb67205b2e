import { insertProject, insertUnit, insertUnits } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  query,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { AppointmentsRepository, type NewAppointmentSlot } from '../../src/appointments/appointments.repository';
import { ListAppointmentSlotsQueryDto } from '../../src/appointments/dto/appointment.dto';

describe('AppointmentsRepository (预约)', () => {
  const db = useRepositoryDatabase();
  let appointments: AppointmentsRepository;
  beforeAll(() => {
    appointments = new AppointmentsRepository(db.dataSource);
  });

  const slot = (projectId: string, fields: Partial<NewAppointmentSlot> = {}) =>
    appointments.insertSlot(
      {
        projectId,
        kind: 'open_day',
        startsAt: new Date('2030-01-05T01:00:00Z'),
        endsAt: new Date('2030-01-05T02:00:00Z'),
        capacity: 1,
        ...fields,
      },
      db.dataSource.manager,
    );

  it('stores slots with the schema’s checks: capacity at least 1, the end after the start, a known kind', async () => {
    const project = await insertProject(db.dataSource);
    expect(await slot(project.id, { capacity: 3 })).toMatchObject({
      projectId: project.id,
      capacity: 3,
      booked: 0,
      kind: 'open_day',
    });
    await expectViolation(slot(project.id, { capacity: 0 }), 'appointment_slots_capacity_positive');
    await expectViolation(
      slot(project.id, { endsAt: new Date('2030-01-05T01:00:00Z') }),
      'appointment_slots_ends_after_start',
    );
    await expectViolation(slot(project.id, { kind: 'viewing' as never }), 'appointment_slots_kind_known');
  });

  it('finds a slot in its project only and lists slots by start with kind and time filters', async () => {
    const project = await insertProject(db.dataSource);
    const late = await slot(project.id, {
      startsAt: new Date('2030-01-06T01:00:00Z'),
      endsAt: new Date('2030-01-06T02:00:00Z'),
    });
    const early = await slot(project.id, { kind: 'handover' });
    const other = await insertProject(db.dataSource);
    expect(await appointments.findSlot(project.id, early.id)).toMatchObject({ id: early.id });
    expect(await appointments.findSlot(other.id, early.id)).toBeNull();

    const ids = async (fields: Partial<ListAppointmentSlotsQueryDto>) => {
      const [rows, total] = await appointments.listSlots(project.id, query(ListAppointmentSlotsQueryDto, fields));
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids({})).toEqual({ ids: [early.id, late.id], total: 2 });
    expect(await ids({ kind: 'open_day' })).toEqual({ ids: [late.id], total: 1 });
    expect(await ids({ from: '2030-01-06T09:00:00+08:00' })).toEqual({ ids: [late.id], total: 1 });
    expect(await ids({ to: '2030-01-06T09:00:00+08:00' })).toEqual({ ids: [early.id], total: 1 });
    expect(await ids({ page: 2, pageSize: 1 })).toEqual({ ids: [late.id], total: 2 });
  });

  it('takes seats while one is free and gives them back, never below zero', async () => {
    const project = await insertProject(db.dataSource);
    const { id } = await slot(project.id, { capacity: 2 });
    const manager = db.dataSource.manager;
    expect([
      await appointments.takeSeat(id, manager),
      await appointments.takeSeat(id, manager),
      await appointments.takeSeat(id, manager),
    ]).toEqual([true, true, false]);
    expect((await appointments.findSlot(project.id, id))!.booked).toBe(2);
    await appointments.releaseSeat(id, manager);
    await appointments.releaseSeat(id, manager);
    await appointments.releaseSeat(id, manager);
    expect((await appointments.findSlot(project.id, id))!.booked).toBe(0);
  });

  it('never overbooks a slot: of concurrent bookings of its last seat exactly one takes it', async () => {
    const project = await insertProject(db.dataSource);
    const { id } = await slot(project.id, { capacity: 1 });
    const [first, ...others] = await Promise.all(Array.from({ length: 4 }, () => openTransaction(db.dataSource)));
    // Each booking commits as soon as its seat request is answered, as AppointmentsService's booking transaction does (a request
    // that re-checked the committed row holds that row until its transaction ends).
    const book = async (transaction: typeof first) => {
      try {
        return await appointments.takeSeat(id, transaction.manager);
      } finally {
        await transaction.commit();
      }
    };
    expect(await appointments.takeSeat(id, first.manager)).toBe(true);
    const waiting = others.map(book); // each waits on the first one's row lock
    await first.commit();
    expect(await Promise.all(waiting)).toEqual([false, false, false]);
    expect((await appointments.findSlot(project.id, id))!.booked).toBe(1);
    await expectViolation(
      db.dataSource.query(`UPDATE appointment_slots SET booked = 2 WHERE id = $1`, [id]),
      'appointment_slots_booked_within_capacity',
    );
  });

  it('books a unit once per kind while the booking is active; cancelled, it can book again', async () => {
    const project = await insertProject(db.dataSource);
    const [unit, neighbour] = await insertUnits(db.dataSource, 2, { projectId: project.id });
    const openDay = await slot(project.id, { capacity: 5 });
    const anotherOpenDay = await slot(project.id, {
      capacity: 5,
      startsAt: new Date('2030-01-05T03:00:00Z'),
      endsAt: new Date('2030-01-05T04:00:00Z'),
    });
    const handover = await slot(project.id, { kind: 'handover', capacity: 5 });
    const manager = db.dataSource.manager;

    const booking = await appointments.insertBooking(openDay, unit.id, manager);
    expect(booking).toMatchObject({
      slotId: openDay.id,
      unitId: unit.id,
      kind: 'open_day',
      status: 'booked',
      cancelledAt: null,
    });
    expect(await appointments.findActiveBooking(unit.id, 'open_day', manager)).toMatchObject({ id: booking.id });
    expect(await appointments.findActiveBooking(unit.id, 'handover', manager)).toBeNull();
    await expectViolation(
      appointments.insertBooking(anotherOpenDay, unit.id, manager),
      'appointment_bookings_one_active_per_unit_kind',
    );
    await expect(appointments.insertBooking(handover, unit.id, manager)).resolves.toMatchObject({ kind: 'handover' });
    await expect(appointments.insertBooking(openDay, neighbour.id, manager)).resolves.toMatchObject({
      unitId: neighbour.id,
    });

    expect(await appointments.cancelBooking(booking.id, manager)).toBe(true);
    expect(await appointments.cancelBooking(booking.id, manager)).toBe(false);
    expect(await appointments.findActiveBooking(unit.id, 'open_day', manager)).toBeNull();
    await expect(appointments.insertBooking(anotherOpenDay, unit.id, manager)).resolves.toMatchObject({
      status: 'booked',
    });
  });

  it('keeps a booking’s kind that of its slot (appointment_bookings_slot_fk) and its cancellation time with its status', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const openDay = await slot(project.id);
    await expectViolation(
      db.dataSource.query(`INSERT INTO appointment_bookings (slot_id, unit_id, kind) VALUES ($1, $2, 'handover')`, [
        openDay.id,
        unit.id,
      ]),
      'appointment_bookings_slot_fk',
    );
    await expectViolation(
      db.dataSource.query(
        `INSERT INTO appointment_bookings (slot_id, unit_id, kind, status) VALUES ($1, $2, 'open_day', 'cancelled')`,
        [openDay.id, unit.id],
      ),
      'appointment_bookings_cancelled_at_set',
    );
  });

  it('finds a booking with its slot only through the slot’s project', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const openDay = await slot(project.id);
    const booking = await appointments.insertBooking(openDay, unit.id, db.dataSource.manager);
    expect(await appointments.findBooking(project.id, booking.id)).toMatchObject({
      booking: { id: booking.id },
      slot: { id: openDay.id },
    });
    expect(await appointments.findBooking((await insertProject(db.dataSource)).id, booking.id)).toBeNull();
    expect(await appointments.findBooking(project.id, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
