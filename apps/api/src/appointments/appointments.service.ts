import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { AppointmentKind, AppointmentSlotEntity } from '@handover/database';
import { unitAddressLabel } from '@handover/domain';
import { AuditService, type OwnerAuditActor } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { OwnerMessagesService } from '../owner-messages/owner-messages.service';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { UnitsRepository } from '../units/units.repository';
import { AppointmentsRepository } from './appointments.repository';
import {
  AppointmentBookingDto,
  AppointmentSlotDto,
  type BookAppointmentDto,
  type BookingListItemDto,
  type ListBookingsQueryDto,
  type CreateAppointmentSlotDto,
  type ListAppointmentSlotsQueryDto,
} from './dto/appointment.dto';

/** Who books: a person at the desk or console, or an owner in the owner app. */
export type BookingActor = AuthenticatedUser | OwnerAuditActor;

/**
 * 预约: time slots with a number of seats for the owner open day and the handover days, so visits are spread out
 * without peaks, and the units' bookings of them. Seats are counted in the slot row and taken with a conditional
 * UPDATE in the booking's transaction, so a slot is never overbooked, even under concurrent requests.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appointments: AppointmentsRepository,
    private readonly units: UnitsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly ownerMessages: OwnerMessagesService,
  ) {}

  async createSlot(
    user: AuthenticatedUser,
    projectId: string,
    dto: CreateAppointmentSlotDto,
  ): Promise<AppointmentSlotDto> {
    const project = await this.access.requireVisible(user, projectId);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt.getTime() <= startsAt.getTime()) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'SLOT_ENDS_BEFORE_START');
    }
    return this.dataSource.transaction(async (manager) => {
      const slot = await this.appointments.insertSlot(
        { projectId: project.id, kind: dto.kind, startsAt, endsAt, capacity: dto.capacity },
        manager,
      );
      const view = AppointmentSlotDto.from(slot);
      await this.audit.record(
        {
          actor: user,
          action: 'appointment_slot.create',
          entityType: 'appointment_slot',
          entityId: slot.id,
          projectId: project.id,
          after: { kind: view.kind, startsAt: view.startsAt, endsAt: view.endsAt, capacity: view.capacity },
        },
        manager,
      );
      return view;
    });
  }

  async listSlots(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListAppointmentSlotsQueryDto,
  ): Promise<Page<AppointmentSlotDto>> {
    const project = await this.access.requireVisible(user, projectId);
    const [slots, total] = await this.appointments.listSlots(project.id, filter);
    return { items: slots.map(AppointmentSlotDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  /**
   * 预约名单: the project's bookings with their slot and unit, filtered by the API (the local day of the slot's start,
   * slot, unit, kind, status, part of the address); readable by everyone who sees the project, as the slots are. A slot
   * or unit filter naming none of the project's answers 404, so a stale link is told apart from an empty list.
   */
  async listBookings(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListBookingsQueryDto,
  ): Promise<Page<BookingListItemDto>> {
    const project = await this.access.requireVisible(user, projectId);
    if (filter.slotId !== undefined && !(await this.appointments.findSlot(project.id, filter.slotId))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'SLOT_NOT_FOUND', { projectId: project.id, slotId: filter.slotId });
    }
    if (filter.unitId !== undefined && !(await this.units.findInProject(project.id, filter.unitId))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { projectId: project.id, unitId: filter.unitId });
    }
    const [rows, total] = await this.appointments.listBookings(project.id, project.timeZone, filter);
    const items = rows.map(
      (row): BookingListItemDto => ({
        id: row.id,
        status: row.status,
        slot: {
          id: row.slotId,
          kind: row.kind,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        },
        unit: { id: row.unitId, building: row.building, unitNo: row.unitNo, room: row.room, ownerName: row.ownerName },
        createdAt: row.createdAt.toISOString(),
        cancelledAt: row.cancelledAt ? row.cancelledAt.toISOString() : null,
      }),
    );
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  async book(
    user: AuthenticatedUser,
    projectId: string,
    slotId: string,
    dto: BookAppointmentDto,
  ): Promise<AppointmentBookingDto> {
    const project = await this.access.requireVisible(user, projectId);
    this.assertMayManageBookings(user);
    return this.bookUnit(user, project.id, slotId, dto.unitId);
  }

  /**
   * Books a seat of one of the project's slots for one of its units: the desk's rules (slot not over, a handover
   * slot not for a unit already handed over, one active booking per unit and kind, never overbooked) for every caller
   * — the desk above and the owner app (owner-handover), whose actor is the owner's session.
   */
  async bookUnit(
    actor: BookingActor,
    projectId: string,
    slotId: string,
    unitId: string,
  ): Promise<AppointmentBookingDto> {
    return concurrentBookingRefused(() =>
      this.dataSource.transaction(async (manager) => {
        const slot = await this.bookableSlot(projectId, slotId, manager);
        const unit = await this.units.findInProject(projectId, unitId, manager);
        if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { projectId, unitId });
        if (slot.kind === 'handover' && unit.handoverState === 'handed_over') {
          throw new ApiError(HttpStatus.CONFLICT, 'APPOINTMENT_UNIT_HANDED_OVER', { unit: unitAddressLabel(unit) });
        }
        if (await this.appointments.findActiveBooking(unit.id, slot.kind, manager)) {
          throw alreadyBooked(unitAddressLabel(unit), slot.kind);
        }
        if (!(await this.appointments.takeSeat(slot.id, manager))) {
          throw new ApiError(HttpStatus.CONFLICT, 'SLOT_FULL', { capacity: slot.capacity });
        }
        const booking = await this.appointments.insertBooking(slot, unit.id, manager);
        await this.ownerMessages.queueBookingReminder(manager, { ...slot, bookingId: booking.id, unitId: unit.id });
        await this.audit.record(
          {
            actor,
            action: 'appointment.book',
            entityType: 'appointment_booking',
            entityId: booking.id,
            projectId,
            after: { slotId: slot.id, unitId: unit.id, kind: slot.kind, status: booking.status },
          },
          manager,
        );
        return AppointmentBookingDto.from(booking, slot);
      }),
    );
  }

  /**
   * 改约: moves a unit's active booking to another slot of the same kind in one transaction — the new seat is taken
   * first (so a full slot leaves the booking as it was), then the old booking is cancelled and its seat freed, then the
   * new booking is written. Rolled back whole on any refusal.
   */
  async moveBooking(
    actor: BookingActor,
    projectId: string,
    bookingId: string,
    unitId: string,
    toSlotId: string,
  ): Promise<AppointmentBookingDto> {
    return concurrentBookingRefused(() =>
      this.dataSource.transaction(async (manager) => {
        const found = await this.appointments.findBooking(projectId, bookingId, manager);
        if (!found || found.booking.unitId !== unitId) {
          throw new ApiError(HttpStatus.NOT_FOUND, 'BOOKING_NOT_FOUND', { projectId, bookingId });
        }
        if (found.booking.status !== 'booked') throw new ApiError(HttpStatus.CONFLICT, 'BOOKING_ALREADY_CANCELLED');
        if (found.slot.id === toSlotId) throw new ApiError(HttpStatus.CONFLICT, 'BOOKING_MOVE_SAME_SLOT');
        const slot = await this.bookableSlot(projectId, toSlotId, manager);
        if (slot.kind !== found.booking.kind) {
          throw new ApiError(HttpStatus.CONFLICT, 'BOOKING_MOVE_OTHER_KIND', { kind: found.booking.kind });
        }
        if (!(await this.appointments.takeSeat(slot.id, manager))) {
          throw new ApiError(HttpStatus.CONFLICT, 'SLOT_FULL', { capacity: slot.capacity });
        }
        if (!(await this.appointments.cancelBooking(found.booking.id, manager))) {
          throw new ApiError(HttpStatus.CONFLICT, 'BOOKING_ALREADY_CANCELLED');
        }
        await this.appointments.releaseSeat(found.slot.id, manager);
        const booking = await this.appointments.insertBooking(slot, unitId, manager);
        // 预约提醒 moves with the booking: the old booking's is cancelled, the new one's queued for its day
        await this.ownerMessages.cancelBookingReminder(manager, found.booking.id);
        await this.ownerMessages.queueBookingReminder(manager, { ...slot, bookingId: booking.id, unitId });
        await this.audit.record(
          {
            actor,
            action: 'appointment.move',
            entityType: 'appointment_booking',
            entityId: booking.id,
            projectId,
            before: { bookingId: found.booking.id, slotId: found.slot.id, status: 'booked' },
            after: { slotId: slot.id, unitId, kind: slot.kind, status: booking.status },
          },
          manager,
        );
        return AppointmentBookingDto.from(booking, slot);
      }),
    );
  }

  /** Cancels an active booking and frees its seat, in one transaction. */
  async cancel(user: AuthenticatedUser, projectId: string, bookingId: string): Promise<AppointmentBookingDto> {
    const project = await this.access.requireVisible(user, projectId);
    this.assertMayManageBookings(user);
    return this.cancelBooking(user, project.id, bookingId);
  }

  /**
   * Cancels an active booking of the project and frees its seat, in one transaction; with `unitId`, only a booking of
   * that unit (any other is the same 404 as an absent one).
   */
  async cancelBooking(
    actor: BookingActor,
    projectId: string,
    bookingId: string,
    unitId?: string,
  ): Promise<AppointmentBookingDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.appointments.findBooking(projectId, bookingId, manager);
      if (!found || (unitId !== undefined && found.booking.unitId !== unitId)) {
        throw new ApiError(HttpStatus.NOT_FOUND, 'BOOKING_NOT_FOUND', { projectId, bookingId });
      }
      if (!(await this.appointments.cancelBooking(found.booking.id, manager))) {
        throw new ApiError(HttpStatus.CONFLICT, 'BOOKING_ALREADY_CANCELLED');
      }
      await this.appointments.releaseSeat(found.slot.id, manager);
      await this.ownerMessages.cancelBookingReminder(manager, found.booking.id);
      const cancelled = (await this.appointments.findBooking(projectId, bookingId, manager))!;
      await this.audit.record(
        {
          actor,
          action: 'appointment.cancel',
          entityType: 'appointment_booking',
          entityId: bookingId,
          projectId,
          before: { status: 'booked' },
          after: { slotId: found.slot.id, unitId: found.booking.unitId, kind: found.booking.kind, status: 'cancelled' },
        },
        manager,
      );
      return AppointmentBookingDto.from(cancelled.booking, cancelled.slot);
    });
  }

  /** One of the project's slots that has not ended yet. */
  private async bookableSlot(
    projectId: string,
    slotId: string,
    manager: EntityManager,
  ): Promise<AppointmentSlotEntity> {
    const slot = await this.appointments.findSlot(projectId, slotId, manager);
    if (!slot) throw new ApiError(HttpStatus.NOT_FOUND, 'SLOT_NOT_FOUND', { projectId, slotId });
    if (slot.endsAt.getTime() <= Date.now()) {
      throw new ApiError(HttpStatus.CONFLICT, 'SLOT_ENDED', { endsAt: slot.endsAt.toISOString() });
    }
    return slot;
  }

  /** The route admits project leads and department heads; of the heads, only customer service (客服) books. */
  private assertMayManageBookings(user: AuthenticatedUser): void {
    if (user.role === 'department_head' && user.department !== 'customer_service') {
      throw new ApiError(HttpStatus.FORBIDDEN, 'APPOINTMENTS_FORBIDDEN', { department: user.department ?? 'unknown' });
    }
  }
}

/** Two bookings of the same unit and kind raced past the check: the partial unique index refuses the second. */
async function concurrentBookingRefused<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof QueryFailedError &&
      (error as QueryFailedError & { constraint?: string }).constraint ===
        'appointment_bookings_one_active_per_unit_kind'
    ) {
      throw new ApiError(HttpStatus.CONFLICT, 'APPOINTMENT_BOOKED_CONCURRENTLY');
    }
    throw error;
  }
}

function alreadyBooked(unit: string, kind: AppointmentKind): ApiError {
  return new ApiError(HttpStatus.CONFLICT, 'UNIT_ALREADY_BOOKED', { unit, kind });
}
