import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type InspectionItemStatus = 'fixed_on_spot' | 'logged_for_repair';

/**
 * A defect found by the inspection team at handover (先验房后交付). Simple ones are fixed on the spot by the rapid
 * repair team (快速应急维修队); the others are logged for warranty repair.
 */
@Entity('handover_inspection_items')
@Index('handover_inspection_items_unit_idx', ['unitId'])
@Check('inspection_items_status_known', `status IN ('fixed_on_spot', 'logged_for_repair')`)
@Check('inspection_items_position_not_negative', `position >= 0`)
export class HandoverInspectionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean' })
  simple!: boolean;

  @Column({ type: 'text' })
  status!: InspectionItemStatus;

  /** the order the inspection team listed it in (0-based within one inspection) */
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
