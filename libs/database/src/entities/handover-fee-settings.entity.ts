import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A project's handover fees (物业费预收, 契税, 公共维修基金) and its area-difference threshold, in fen and basis points. */
@Entity('project_fee_settings')
@Check('fee_settings_prepaid_months_range', `prepaid_months BETWEEN 1 AND 24`)
@Check('fee_settings_deed_tax_range', `deed_tax_rate_bp BETWEEN 0 AND 10000`)
@Check('fee_settings_refund_threshold_range', `refund_threshold_bp BETWEEN 1 AND 10000`)
export class ProjectFeeSettingsEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  /** 物业费单价, fen per m² per month; bigint, returned by pg as a string */
  @Column({ name: 'property_fee_fen_per_sqm_month', type: 'bigint' })
  propertyFeeFenPerSqmMonth!: string;

  /** months of property fee collected in advance (default 3) */
  @Column({ name: 'prepaid_months', type: 'int', default: 3 })
  prepaidMonths!: number;

  /** 契税 rate, basis points of the contract price */
  @Column({ name: 'deed_tax_rate_bp', type: 'int' })
  deedTaxRateBp!: number;

  /** 公共维修基金, fen per m² */
  @Column({ name: 'maintenance_fund_fen_per_sqm', type: 'bigint' })
  maintenanceFundFenPerSqm!: string;

  /** area difference threshold of the sales contract, basis points of the contracted area (default 300 = 3 %) */
  @Column({ name: 'refund_threshold_bp', type: 'int', default: 300 })
  refundThresholdBp!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
