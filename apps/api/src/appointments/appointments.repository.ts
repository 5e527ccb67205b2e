import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppointmentBookingEntity, AppointmentSlotEntity, type AppointmentKind } from '@handover/database';
import type { ListAppointmentSlotsQueryDto } from './dto/appointment.dto';

export interface NewAppointmentSlot {
  projectId: string;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
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
}
