import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { APPOINTMENT_KINDS, type AppointmentSlotEntity } from '@handover/database';
import { AppointmentBookingDto } from '../../appointments/dto/appointment.dto';

const KIND_MESSAGE = `kind must be one of: ${APPOINTMENT_KINDS.join(', ')}`;

export class OwnerSlotsQueryDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_KINDS, description: 'open_day: 业主开放日; handover: 交付' })
  @IsOptional()
  @IsIn(APPOINTMENT_KINDS as string[], { message: KIND_MESSAGE })
  kind?: 'open_day' | 'handover';
}

export class OwnerBookSlotDto {
  @ApiProperty({ description: 'the time slot to book, of the unit’s project' })
  @IsUUID('all', { message: 'slotId must be the id of a time slot' })
  slotId!: string;
}

export class OwnerMoveBookingDto {
  @ApiProperty({ description: 'the time slot to move to: of the same kind, not ended, with a seat free' })
  @IsUUID('all', { message: 'slotId must be the id of a time slot' })
  slotId!: string;
}

/** A time slot as the owner sees it: when, and how many seats are left (not who took them). */
export class OwnerSlotDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: string;
  @ApiProperty({ example: '2027-03-01T01:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-01T02:00:00.000Z' }) endsAt!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty({ description: 'seats still free' }) remaining!: number;

  static from(slot: AppointmentSlotEntity): OwnerSlotDto {
    return {
      id: slot.id,
      kind: slot.kind,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: slot.capacity,
      remaining: slot.capacity - slot.booked,
    };
  }
}

export class OwnerSlotListDto {
  @ApiProperty({ example: 'Asia/Shanghai', description: "the project's time zone, to show the times in" })
  timeZone!: string;
  @ApiProperty({ type: [OwnerSlotDto], description: 'slots not ended yet, by start (at most 200)' })
  items!: OwnerSlotDto[];
}

export class OwnerBookingListDto {
  @ApiProperty({ type: [AppointmentBookingDto], description: "the unit's active bookings, by the slot's start" })
  items!: AppointmentBookingDto[];
}
