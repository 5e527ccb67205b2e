import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { APPOINTMENT_KINDS, type AppointmentBookingEntity, type AppointmentSlotEntity } from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';
import { IsInstantInWindow } from '../../common/date-validators';

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
