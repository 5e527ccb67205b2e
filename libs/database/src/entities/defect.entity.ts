import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  DEFECT_CLOSED,
  DEFECT_DISPUTE_REASONS,
  DEFECT_STATUSES,
  type DefectDisputeReason,
  type DefectStatus,
} from '@handover/domain';
import { sqlIn } from './sql-in';

/** owner_report: raised by the owner in the owner app before handover (报告新问题), for customer service to triage */
export const DEFECT_SOURCES = [
  'unit_inspection',
  'open_day',
  'handover_inspection',
  'after_handover',
  'owner_report',
] as const;
export type DefectSource = (typeof DEFECT_SOURCES)[number];
export const DEFECT_CATEGORIES = ['quality', 'non_quality'] as const;
export type DefectCategory = (typeof DEFECT_CATEGORIES)[number];
/** the lifecycle's statuses (libs/domain), which the migration's defects_status_known CHECK lists */
export { DEFECT_STATUSES, type DefectStatus };
export { DEFECT_DISPUTE_REASONS, type DefectDisputeReason };
/** A photo of the defect as found (before), or of the fix (after): marking a defect fixed needs an after photo. */
export const DEFECT_PHOTO_STAGES = ['before', 'after'] as const;
export type DefectPhotoStage = (typeof DEFECT_PHOTO_STAGES)[number];
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** 问题项: a defect or issue of a unit or a public area, from an inspection, the open day or after handover. */
@Entity('defects')
@Index('defects_project_status_idx', ['projectId', 'status'])
@Check('defects_status_known', sqlIn('status', DEFECT_STATUSES))
@Check('defects_unit_or_public_area', `(unit_id IS NULL) <> (public_area IS NULL)`)
@Check(
  'defects_cannot_fix_explained',
  `status <> 'cannot_fix' OR (explanation IS NOT NULL AND compensation_plan IS NOT NULL)`,
)
@Check(
  'defects_non_quality_replied_before_closing',
  `category <> 'non_quality' OR status NOT IN (${DEFECT_CLOSED.map((status) => `'${status}'`).join(', ')}) OR owner_reply IS NOT NULL`,
)
@Check('defects_dispute_reason_known', `dispute_reason IS NULL OR ${sqlIn('dispute_reason', DEFECT_DISPUTE_REASONS)}`)
@Check('defects_disputed_has_reason', `status <> 'disputed' OR dispute_reason IS NOT NULL`)
@Check('defects_reopen_count_not_negative', `reopen_count >= 0`)
@Index('defects_company_status_idx', ['contractorCompanyId', 'status'])
export class DefectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  /** 公共区域, when the defect is not in a unit */
  @Column({ name: 'public_area', type: 'text', nullable: true })
  publicArea!: string | null;

  @Column({ type: 'text' })
  source!: DefectSource;

  @Column({ type: 'text' })
  category!: DefectCategory;

  /** 专业: civil, plumbing, electrical, windows, … */
  @Column({ type: 'text' })
  trade!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'responsible_party', type: 'text', nullable: true })
  responsibleParty!: string | null;

  /** 简单问题: an in-unit item fixed on the spot; its SLA is the shortest */
  @Column({ type: 'boolean', default: false })
  simple!: boolean;

  /** the last assignment (派单), from which the company's time to fix counts */
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt!: Date | null;

  /** the last time it was marked fixed */
  @Column({ name: 'fixed_at', type: 'timestamptz', nullable: true })
  fixedAt!: Date | null;

  /** the contractor company (施工单位) it is assigned to; its users see and respond to it */
  @Column({ name: 'contractor_company_id', type: 'uuid', nullable: true })
  contractorCompanyId!: string | null;

  /** when the company acknowledged the work order (接单) */
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** the company's dispute: not its trade, not a defect, caused by the owner */
  @Column({ name: 'dispute_reason', type: 'text', nullable: true })
  disputeReason!: DefectDisputeReason | null;

  @Column({ name: 'dispute_note', type: 'text', nullable: true })
  disputeNote!: string | null;

  @Column({ name: 'disputed_at', type: 'timestamptz', nullable: true })
  disputedAt!: Date | null;

  /** how many times verification sent it back to the company */
  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount!: number;

  /** the last reopening: a fix needs an after photo taken since */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt!: Date | null;

  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: DefectStatus;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'compensation_plan', type: 'text', nullable: true })
  compensationPlan!: string | null;

  /** 答复业主: required before a non-quality item is closed */
  @Column({ name: 'owner_reply', type: 'text', nullable: true })
  ownerReply!: string | null;

  @Column({ name: 'owner_replied_at', type: 'timestamptz', nullable: true })
  ownerRepliedAt!: Date | null;

  /** committed completion date when the fix is deferred past the gate */
  @Column({ name: 'deferred_until', type: 'date', nullable: true })
  deferredUntil!: string | null;

  @Column({ name: 'deferral_reason', type: 'text', nullable: true })
  deferralReason!: string | null;

  /** null only for an owner's report (source owner_report) */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/** Metadata of a defect photo; the bytes live in the photo storage under `storageKey`. */
@Entity('defect_photos')
@Index('defect_photos_defect_idx', ['defectId', 'createdAt'])
@Check('defect_photos_size_limit', `size_bytes > 0 AND size_bytes <= 5242880`)
@Check('defect_photos_stage_known', sqlIn('stage', DEFECT_PHOTO_STAGES))
export class DefectPhotoEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'defect_id', type: 'uuid' })
  defectId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'storage_key', type: 'text', unique: true })
  storageKey!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: PhotoContentType;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  /** the staff user; null for a photo the owner took (ownerUploaded) */
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'owner_uploaded', type: 'boolean', default: false })
  ownerUploaded!: boolean;

  @Column({ type: 'text', default: 'before' })
  stage!: DefectPhotoStage;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
