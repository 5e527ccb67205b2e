import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded step (or refusal, objection, resolution) of a unit's handover: the unit's history. */
@Entity('unit_handover_events')
@Index('unit_handover_events_unit_idx', ['unitId', 'id'])
export class UnitHandoverEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  /** a step of libs/domain unit-handover, or 'refused', 'objected', 'objection_resolved' */
  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'uuid', nullable: true })
  actor!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** what was recorded with the step; never the owner's name or phone */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  payload!: Record<string, unknown>;
}
