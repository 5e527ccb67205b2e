import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const PAYMENT_KINDS = ['area_difference', 'property_fee', 'deed_tax', 'maintenance_fund'] as const;
/** 面积补差, 物业费预收, 契税 (代收), 公共维修基金 (代收) */
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** Money settled at handover, with its receipt. One row per unit and kind, so a retry never charges twice. */
@Entity('payments')
@Unique('payments_receipt_once', ['projectId', 'receiptNo'])
@Unique('payments_kind_once_per_unit', ['unitId', 'kind'])
@Check('payments_kind_known', `kind IN ('area_difference', 'property_fee', 'deed_tax', 'maintenance_fund')`)
@Check('payments_refund_only_area', `amount_fen >= 0 OR kind = 'area_difference'`)
@Index('payments_project_created_idx', ['projectId', 'createdAt'])
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  kind!: PaymentKind;

  /** integer fen; negative = refund to the owner; bigint, returned by pg as a string */
  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen!: string;

  /** receipt number, unique within the project */
  @Column({ name: 'receipt_no', type: 'text' })
  receiptNo!: string;

  /** an area difference at or beyond the contract threshold: the contract's special terms apply (for a person) */
  @Column({ name: 'special_handling', type: 'boolean', default: false })
  specialHandling!: boolean;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
