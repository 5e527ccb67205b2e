import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AppointmentKind } from './appointment-slot.entity';

export type AppointmentBookingStatus = 'booked' | 'cancelled';

/**
 * One unit's seat in a time slot. `kind` repeats the slot's kind (kept equal by a foreign key on slot id + kind) so
 * that a unit has at most one active booking per kind: a partial unique index over active bookings.
 */
@Entity('appointment_bookings')
@Check('appointment_bookings_status_known', `status IN ('booked', 'cancelled')`)
@Check('appointment_bookings_cancelled_at_set', `(status = 'cancelled') = (cancelled_at IS NOT NULL)`)
@Index('appointment_bookings_one_active_per_unit_kind', ['unitId', 'kind'], {
  unique: true,
  where: `status = 'booked'`,
})
@Index('appointment_bookings_slot_idx', ['slotId'])
export class AppointmentBookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'slot_id', type: 'uuid' })
  slotId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  kind!: AppointmentKind;

  @Column({ type: 'text', default: 'booked' })
  status!: AppointmentBookingStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
