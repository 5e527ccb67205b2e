import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  WARRANTY_COMPONENTS,
  WARRANTY_TICKET_SOURCES,
  WARRANTY_TICKET_STATUSES,
  type WarrantyComponent,
  type WarrantyTicketSource,
  type WarrantyTicketStatus,
} from '@handover/domain';
import { sqlIn } from './sql-in';

/** 保修单: a repair under the statutory warranty after the unit's handover. */
@Entity('warranty_tickets')
@Index('warranty_tickets_project_status_idx', ['projectId', 'status'])
@Index('warranty_tickets_project_unit_idx', ['projectId', 'unitId'])
@Unique('warranty_tickets_one_per_defect', ['defectId'])
@Check('warranty_tickets_source_known', sqlIn('source', WARRANTY_TICKET_SOURCES))
@Check('warranty_tickets_status_known', sqlIn('status', WARRANTY_TICKET_STATUSES))
@Check('warranty_tickets_component_known', sqlIn('component', WARRANTY_COMPONENTS))
@Check('warranty_tickets_rating_range', 'rating IS NULL OR rating BETWEEN 1 AND 5')
@Check('warranty_tickets_repaired_at', `status NOT IN ('repaired', 'closed') OR repaired_at IS NOT NULL`)
@Check('warranty_tickets_closed_confirmed', `status <> 'closed' OR (confirmed_at IS NOT NULL AND rating IS NOT NULL)`)
export class WarrantyTicketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  /** the defect open at handover it carries on, or null (an owner's call) */
  @Column({ name: 'defect_id', type: 'uuid', nullable: true })
  defectId!: string | null;

  @Column({ type: 'text' })
  source!: WarrantyTicketSource;

  @Column({ type: 'text' })
  component!: WarrantyComponent;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  /** the unit's handover day in the project's time zone, from which the period counts */
  @Column({ name: 'handed_over_on', type: 'date' })
  handedOverOn!: string;

  @Column({ name: 'warranty_years', type: 'int' })
  warrantyYears!: number;

  /** the last day the period covers */
  @Column({ name: 'covered_until', type: 'date' })
  coveredUntil!: string;

  @Column({ type: 'text', default: 'reported' })
  status!: WarrantyTicketStatus;

  @Column({ name: 'visit_at', type: 'timestamptz', nullable: true })
  visitAt!: Date | null;

  @Column({ name: 'visit_note', type: 'text', nullable: true })
  visitNote!: string | null;

  @Column({ name: 'repaired_at', type: 'timestamptz', nullable: true })
  repairedAt!: Date | null;

  @Column({ name: 'repair_note', type: 'text', nullable: true })
  repairNote!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** the owner's rating of the repair, 1–5 */
  @Column({ type: 'int', nullable: true })
  rating!: number | null;

  /** null for a request the owner raised in the owner app (warranty_tickets_creator) */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
