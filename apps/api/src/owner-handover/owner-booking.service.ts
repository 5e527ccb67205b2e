import { Injectable } from '@nestjs/common';
import { ownerAuditActor } from '../audit/audit.service';
import { AppointmentBookingDto } from '../appointments/dto/appointment.dto';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import { AppointmentsService } from '../appointments/appointments.service';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { HandoverNoticeRepository } from './handover-notice.repository';
import { OwnerSlotDto, type OwnerBookingListDto, type OwnerSlotListDto } from './dto/owner-booking.dto';

const SLOT_LIMIT = 200;

/**
 * 预约 in the owner app: the unit's project's open-day and handover slots with their remaining seats, and the unit's
 * bookings — booked, moved and cancelled through the desk's AppointmentsService, so the same rules and the same seat
 * counting (one conditional UPDATE of the slot row) hold for owners and staff alike. The actor of every audit entry is
 * the owner's session.
 */
@Injectable()
export class OwnerBookingService {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly slots: AppointmentsRepository,
    private readonly notices: HandoverNoticeRepository,
  ) {}

  async slotsOf(unit: OwnerUnitRow, kind: 'open_day' | 'handover' | undefined): Promise<OwnerSlotListDto> {
    const [project, slots] = await Promise.all([
      this.notices.noticeProject(unit.projectId),
      this.slots.openSlots(unit.projectId, new Date(), SLOT_LIMIT),
    ]);
    return {
      timeZone: project?.timeZone ?? 'Asia/Shanghai',
      items: slots.filter((slot) => kind === undefined || slot.kind === kind).map(OwnerSlotDto.from),
    };
  }

  async bookingsOf(unit: OwnerUnitRow): Promise<OwnerBookingListDto> {
    const rows = await this.slots.activeBookingsOfUnit(unit.id);
    return { items: rows.map(({ booking, slot }) => AppointmentBookingDto.from(booking, slot)) };
  }

  book(session: OwnerSession, unit: OwnerUnitRow, slotId: string): Promise<AppointmentBookingDto> {
    return this.appointments.bookUnit(ownerAuditActor(session), unit.projectId, slotId, unit.id);
  }

  move(session: OwnerSession, unit: OwnerUnitRow, bookingId: string, slotId: string): Promise<AppointmentBookingDto> {
    return this.appointments.moveBooking(ownerAuditActor(session), unit.projectId, bookingId, unit.id, slotId);
  }

  cancel(session: OwnerSession, unit: OwnerUnitRow, bookingId: string): Promise<AppointmentBookingDto> {
    return this.appointments.cancelBooking(ownerAuditActor(session), unit.projectId, bookingId, unit.id);
  }
}
