import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { APPOINTMENT_KINDS, type AppointmentBookingEntity, type AppointmentSlotEntity } from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';
import { CALENDAR_DATE_SCHEMA, IsCalendarDate, IsInstantInWindow } from '../../common/date-validators';

/** An instant with its UTC offset, e.g. 2027-03-01T09:00:00+08:00 (a time without offset would be ambiguous). */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const instantMessage = (field: string) =>
  `${field} must be a date and time with its UTC offset, like 2027-03-01T09:00:00+08:00`;
const KIND_MESSAGE = `kind must be one of: ${APPOINTMENT_KINDS.join(', ')}`;

export class CreateAppointmentSlotDto {
  @ApiProperty({ enum: APPOINTMENT_KINDS, description: 'open_day: 业主开放日; handover: 交付' })
  @IsIn(APPOINTMENT_KINDS as string[], { message: KIND_MESSAGE })
  kind!: 'open_day' | 'handover';

  @ApiProperty({ example: '2027-03-01T09:00:00+08:00' })
  @IsISO8601({ strict: true }, { message: instantMessage('startsAt') })
  @IsInstantInWindow()
  @Matches(WITH_OFFSET, { message: instantMessage('startsAt') })
  startsAt!: string;

  @ApiProperty({ example: '2027-03-01T10:00:00+08:00', description: 'after startsAt' })
  @IsISO8601({ strict: true }, { message: instantMessage('endsAt') })
  @IsInstantInWindow()
  @Matches(WITH_OFFSET, { message: instantMessage('endsAt') })
  endsAt!: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 30, description: 'seats: how many units can book this slot' })
  @IsInt({ message: 'capacity must be a whole number of seats' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(10000, { message: 'capacity must be at most 10000' })
  capacity!: number;
}

export class ListAppointmentSlotsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_KINDS })
  @IsOptional()
  @IsIn(APPOINTMENT_KINDS as string[], { message: KIND_MESSAGE })
  kind?: string;

  @ApiPropertyOptional({ example: '2027-03-01T00:00:00+08:00', description: 'slots starting at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: instantMessage('from') })
  @IsInstantInWindow()
  @Matches(WITH_OFFSET, { message: instantMessage('from') })
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-02T00:00:00+08:00', description: 'slots starting before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: instantMessage('to') })
  @IsInstantInWindow()
  @Matches(WITH_OFFSET, { message: instantMessage('to') })
  to?: string;
}

export class BookAppointmentDto {
  @ApiProperty({ description: 'the unit (户) that takes a seat' })
  @IsUUID('all', { message: 'unitId must be the id of a unit of this project' })
  unitId!: string;
}

export class AppointmentSlotDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: string;
  @ApiProperty({ example: '2027-03-01T01:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-01T02:00:00.000Z' }) endsAt!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() booked!: number;
  @ApiProperty({ description: 'seats still free' }) remaining!: number;
  @ApiProperty() createdAt!: string;

  static from(slot: AppointmentSlotEntity): AppointmentSlotDto {
    return {
      id: slot.id,
      projectId: slot.projectId,
      kind: slot.kind,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: slot.capacity,
      booked: slot.booked,
      remaining: slot.capacity - slot.booked,
      createdAt: slot.createdAt.toISOString(),
    };
  }
}

export class AppointmentSlotPageDto {
  @ApiProperty({ type: [AppointmentSlotDto] }) items!: AppointmentSlotDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class AppointmentBookingDto {
  @ApiProperty() id!: string;
  @ApiProperty() slotId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: string;
  @ApiProperty({ enum: ['booked', 'cancelled'] }) status!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) cancelledAt!: string | null;

  static from(booking: AppointmentBookingEntity, slot: AppointmentSlotEntity): AppointmentBookingDto {
    return {
      id: booking.id,
      slotId: booking.slotId,
      unitId: booking.unitId,
      kind: booking.kind,
      status: booking.status,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      createdAt: booking.createdAt.toISOString(),
      cancelledAt: booking.cancelledAt ? booking.cancelledAt.toISOString() : null,
    };
  }
}

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Filters of the booking list (预约名单), e.g. today's booked households at the check-in desk. */
export class ListBookingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    ...CALENDAR_DATE_SCHEMA,
    example: '2027-03-01',
    description: "bookings whose slot starts on this calendar day in the project's time zone (YYYY-MM-DD)",
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ description: 'the bookings of one time slot' })
  @IsOptional()
  @IsUUID('all', { message: 'slotId must be the id of a time slot of this project' })
  slotId?: string;

  @ApiPropertyOptional({ description: 'the bookings of one unit (户)' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be the id of a unit of this project' })
  unitId?: string;

  @ApiPropertyOptional({ enum: APPOINTMENT_KINDS })
  @IsOptional()
  @IsIn(APPOINTMENT_KINDS as string[], { message: KIND_MESSAGE })
  kind?: string;

  @ApiPropertyOptional({ enum: BOOKING_STATUSES, default: 'booked' })
  @IsOptional()
  @IsIn(BOOKING_STATUSES as readonly string[], { message: `status must be one of: ${BOOKING_STATUSES.join(', ')}` })
  status: BookingStatus = 'booked';

  @ApiPropertyOptional({
    description: "part of the unit's address 楼栋-单元-房号, e.g. 3#-1-1201, 3-1-1201 or 1201",
    example: '3-1-1201',
    maxLength: 50,
  })
  @IsOptional()
  @IsString({ message: 'q must be text: part of the unit address' })
  @MaxLength(50, { message: 'q must be at most 50 characters' })
  q?: string;
}

/** The unit of a booking as the unit list shows it: its address and the owner's name, no phone. */
export class BookingUnitDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unitNo!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ description: '业主姓名' }) ownerName!: string;
}

export class BookingSlotDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: string;
  @ApiProperty({ example: '2027-03-01T01:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-01T02:00:00.000Z' }) endsAt!: string;
}

/** One booking in the list, with its slot and unit. */
export class BookingListItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: string;
  @ApiProperty({ type: BookingSlotDto }) slot!: BookingSlotDto;
  @ApiProperty({ type: BookingUnitDto }) unit!: BookingUnitDto;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) cancelledAt!: string | null;
}

export class BookingPageDto {
  @ApiProperty({ type: [BookingListItemDto] }) items!: BookingListItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
