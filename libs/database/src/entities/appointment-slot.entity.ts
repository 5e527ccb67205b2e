import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 预约时段: an owner open day (业主开放日) or handover time slot of a project, with a number of seats. */
export type AppointmentKind = 'open_day' | 'handover';

export const APPOINTMENT_KINDS: readonly AppointmentKind[] = ['open_day', 'handover'];

/** A time slot owners book so visits and handovers are spread out without peaks; never more bookings than seats. */
@Entity('appointment_slots')
@Check('appointment_slots_kind_known', `kind IN ('open_day', 'handover')`)
@Check('appointment_slots_capacity_positive', `capacity > 0`)
@Check('appointment_slots_booked_not_negative', `booked >= 0`)
@Check('appointment_slots_booked_within_capacity', `booked <= capacity`)
@Check('appointment_slots_ends_after_start', `ends_at > starts_at`)
@Unique('appointment_slots_id_kind', ['id', 'kind'])
@Index('appointment_slots_project_kind_start_idx', ['projectId', 'kind', 'startsAt'])
export class AppointmentSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  kind!: AppointmentKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** seats */
  @Column({ type: 'int' })
  capacity!: number;

  /** seats taken by active bookings; changed only by a conditional UPDATE in the booking's transaction */
  @Column({ type: 'int', default: 0 })
  booked!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
