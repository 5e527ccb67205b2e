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

/** 户: one home of a handover project. Owner name and phone are personal data: never logged, masked in lists. */
@Entity('units')
@Unique('units_address_once', ['projectId', 'building', 'unitNo', 'room'])
@Check('units_fit_out_known', `fit_out IN ('fitted', 'shell')`)
@Index('units_project_state_idx', ['projectId', 'handoverState'])
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  /** 楼栋 */
  @Column({ type: 'text' })
  building!: string;

  /** 单元 */
  @Column({ name: 'unit_no', type: 'text' })
  unitNo!: string;

  /** 房号 */
  @Column({ type: 'text' })
  room!: string;

  @Column({ name: 'owner_name', type: 'text' })
  ownerName!: string;

  @Column({ name: 'owner_phone', type: 'text' })
  ownerPhone!: string;

  /** 合同面积, m² × 100 */
  @Column({ name: 'contracted_area_centi', type: 'int' })
  contractedAreaCenti!: number;

  /** 实测面积, m² × 100 */
  @Column({ name: 'surveyed_area_centi', type: 'int' })
  surveyedAreaCenti!: number;

  /** contract price per m², in fen; bigint in PostgreSQL, returned by pg as a string */
  @Column({ name: 'price_fen_per_sqm', type: 'bigint' })
  priceFenPerSqm!: string;

  /** 精装修 (fitted) or 毛坯 (shell) */
  @Column({ name: 'fit_out', type: 'text' })
  fitOut!: 'fitted' | 'shell';

  /** state of the per-unit handover flow (libs/domain unit-handover) */
  @Column({ name: 'handover_state', type: 'text', default: 'not_started' })
  handoverState!: string;

  /** while an objection is open: the state the flow resumes from */
  @Column({ name: 'handover_resume_from', type: 'text', nullable: true })
  handoverResumeFrom!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
