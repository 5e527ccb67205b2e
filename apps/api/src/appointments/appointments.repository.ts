import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppointmentBookingEntity, AppointmentSlotEntity, type AppointmentKind } from '@handover/database';
import { containsPattern } from '../common/like-pattern';
import type { ListAppointmentSlotsQueryDto, ListBookingsQueryDto } from './dto/appointment.dto';

export interface NewAppointmentSlot {
  projectId: string;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/** A booking of the list with its slot and unit, as read by {@link AppointmentsRepository.listBookings}. */
export interface BookingListRow {
  id: string;
  status: string;
  createdAt: Date;
  cancelledAt: Date | null;
  slotId: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  unitId: string;
  building: string;
  unitNo: string;
  room: string;
  ownerName: string;
}

/** UPDATE … RETURNING through EntityManager.query answers [rows, affected row count]. */
type UpdateResult = [unknown[], number];

@Injectable()
export class AppointmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertSlot(slot: NewAppointmentSlot, manager: EntityManager): Promise<AppointmentSlotEntity> {
    const result = await manager.insert(AppointmentSlotEntity, slot);
    return manager.findOneByOrFail(AppointmentSlotEntity, { id: result.identifiers[0].id as string });
  }

  findSlot(
    projectId: string,
    slotId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AppointmentSlotEntity | null> {
    return manager.findOneBy(AppointmentSlotEntity, { id: slotId, projectId });
  }

  listSlots(projectId: string, filter: ListAppointmentSlotsQueryDto): Promise<[AppointmentSlotEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AppointmentSlotEntity, 's')
      .where('s.project_id = :projectId', { projectId });
    if (filter.kind !== undefined) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.from !== undefined) query.andWhere('s.starts_at >= :from', { from: new Date(filter.from) });
    if (filter.to !== undefined) query.andWhere('s.starts_at < :to', { to: new Date(filter.to) });
    return query
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.kind', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /**
   * The project's slots that have not ended at `now`, by start (the owner app's choice of 开放日 and 交付 slots), at
   * most `limit`; through appointment_slots_project_kind_start_idx.
   */
  openSlots(projectId: string, now: Date, limit: number): Promise<AppointmentSlotEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(AppointmentSlotEntity, 's')
      .where('s.project_id = :projectId AND s.ends_at > :now', { projectId, now })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.kind', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** A unit's active bookings with their slots, by the slot's start. */
  async activeBookingsOfUnit(
    unitId: string,
  ): Promise<{ booking: AppointmentBookingEntity; slot: AppointmentSlotEntity }[]> {
    const bookings = await this.dataSource.manager.find(AppointmentBookingEntity, {
      where: { unitId, status: 'booked' },
    });
    if (bookings.length === 0) return [];
    const slots = await this.dataSource.manager.findBy(AppointmentSlotEntity, {
      id: In(bookings.map((b) => b.slotId)),
    });
    const byId = new Map(slots.map((slot) => [slot.id, slot]));
    return bookings
      .map((booking) => ({ booking, slot: byId.get(booking.slotId)! }))
      .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
  }

  /**
   * Takes one seat if one is free. The row lock of the UPDATE serialises concurrent bookings of the slot, and the
   * condition is evaluated again on the committed row, so a slot is never overbooked. False when the slot is full.
   */
  async takeSeat(slotId: string, manager: EntityManager): Promise<boolean> {
    const [, affected] = (await manager.query(
      `UPDATE appointment_slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING booked`,
      [slotId],
    )) as UpdateResult;
    return affected === 1;
  }

  async releaseSeat(slotId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE appointment_slots SET booked = booked - 1 WHERE id = $1 AND booked > 0`, [slotId]);
  }

  findActiveBooking(
    unitId: string,
    kind: AppointmentKind,
    manager: EntityManager,
  ): Promise<AppointmentBookingEntity | null> {
    return manager.findOneBy(AppointmentBookingEntity, { unitId, kind, status: 'booked' });
  }

  async insertBooking(
    slot: AppointmentSlotEntity,
    unitId: string,
    manager: EntityManager,
  ): Promise<AppointmentBookingEntity> {
    const result = await manager.insert(AppointmentBookingEntity, {
      slotId: slot.id,
      unitId,
      kind: slot.kind,
      status: 'booked',
    });
    return manager.findOneByOrFail(AppointmentBookingEntity, { id: result.identifiers[0].id as string });
  }

  /** A booking of one of the project's slots, with its slot; null when the project has no such booking. */
  async findBooking(
    projectId: string,
    bookingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ booking: AppointmentBookingEntity; slot: AppointmentSlotEntity } | null> {
    const booking = await manager.findOneBy(AppointmentBookingEntity, { id: bookingId });
    if (!booking) return null;
    const slot = await this.findSlot(projectId, booking.slotId, manager);
    return slot ? { booking, slot } : null;
  }

  /** Marks an active booking cancelled; false when it was not active (already cancelled, possibly concurrently). */
  async cancelBooking(bookingId: string, manager: EntityManager): Promise<boolean> {
    const [, affected] = (await manager.query(
      `UPDATE appointment_bookings SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'booked' RETURNING id`,
      [bookingId],
    )) as UpdateResult;
    return affected === 1;
  }

  /**
   * One page of the project's bookings with their slot and unit, and the number of matches, in one query: the filters
   * select the matches once (a CTE), the page is joined to their count so a page past the end still tells the total.
   * `date` is the calendar day in `timeZone`: the slots starting from its local midnight up to the next one. The slots
   * are reached through appointment_slots_project_kind_start_idx and their bookings through appointment_bookings_slot_idx.
   */
  async listBookings(
    projectId: string,
    timeZone: string,
    filter: ListBookingsQueryDto,
  ): Promise<[BookingListRow[], number]> {
    const params: unknown[] = [projectId, filter.status];
    const where = ['s.project_id = $1', 'b.status = $2'];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.date !== undefined) {
      const day = param(filter.date);
      const zone = param(timeZone);
      where.push(`s.starts_at >= (${day}::date)::timestamp AT TIME ZONE ${zone}`);
      where.push(`s.starts_at < (${day}::date + 1)::timestamp AT TIME ZONE ${zone}`);
    }
    if (filter.slotId !== undefined) where.push(`b.slot_id = ${param(filter.slotId)}`);
    if (filter.unitId !== undefined) where.push(`b.unit_id = ${param(filter.unitId)}`);
    if (filter.kind !== undefined) where.push(`b.kind = ${param(filter.kind)}`);
    const search = filter.q?.trim();
    if (search) {
      // 3#-1-1201 as stored, or 3-1-1201 as people type it without the 楼栋 sign
      const pattern = param(containsPattern(search));
      where.push(
        `(concat_ws('-', u.building, u.unit_no, u.room) ILIKE ${pattern}
          OR concat_ws('-', replace(u.building, '#', ''), u.unit_no, u.room) ILIKE ${pattern})`,
      );
    }
    const limit = param(filter.pageSize);
    const offset = param((filter.page - 1) * filter.pageSize);
    const rows = (await this.dataSource.query(
      `WITH matched AS (
         SELECT b.id, b.status, b.created_at AS "createdAt", b.cancelled_at AS "cancelledAt",
                s.id AS "slotId", s.kind, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
                u.id AS "unitId", u.building, u.unit_no AS "unitNo", u.room, u.owner_name AS "ownerName"
           FROM appointment_slots s
           JOIN appointment_bookings b ON b.slot_id = s.id
           JOIN units u ON u.id = b.unit_id
          WHERE ${where.join(' AND ')}
       ),
       page AS (
         SELECT * FROM matched
          ORDER BY "startsAt", building, "unitNo", room, id
          LIMIT ${limit} OFFSET ${offset}
       )
       SELECT counted.total, page.*
         FROM (SELECT count(*)::int AS total FROM matched) counted
         LEFT JOIN page ON true
        ORDER BY page."startsAt", page.building, page."unitNo", page.room, page.id`,
      params,
    )) as (BookingListRow & { total: number; id: string | null })[];
    const total = rows[0]?.total ?? 0;
    return [rows.filter((row) => row.id !== null), total];
  }
}
