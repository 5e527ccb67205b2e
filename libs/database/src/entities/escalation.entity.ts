import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EscalationMessageCode } from '@handover/domain';

export const ESCALATION_KINDS = [
  'milestone_overdue',
  'handover_date_at_risk',
  'defect_overdue',
  'complaint_overdue',
  'major_complaint',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** The field records an escalation can be about (问题项, 交付异议/投诉); gate and at-risk escalations have none. */
export const ESCALATION_RECORD_KINDS = ['defect', 'complaint'] as const;
export type EscalationRecordKind = (typeof ESCALATION_RECORD_KINDS)[number];

/** The record kind each escalation kind is about; kinds not listed are about a gate or the project's handover date. */
export const ESCALATION_RECORD_KIND_OF: Readonly<Partial<Record<EscalationKind, EscalationRecordKind>>> = Object.freeze(
  {
    defect_overdue: 'defect',
    complaint_overdue: 'complaint',
    major_complaint: 'complaint',
  },
);

/** The CHECK that ties the record to the kind: defect_overdue → a defect, the complaint kinds → a complaint, else none. */
const ESCALATION_RECORD_MATCHES_KIND_SQL = `record_kind IS NOT DISTINCT FROM (CASE kind WHEN 'defect_overdue' THEN 'defect'
  WHEN 'complaint_overdue' THEN 'complaint' WHEN 'major_complaint' THEN 'complaint' END) AND (record_id IS NULL) = (record_kind IS NULL)`;

/**
 * An escalation to HQ: an overdue gate, a handover date at risk, an overdue defect or complaint reply, a major complaint.
 * It is open while `resolvedAt` is null: until its gate closes, the project's handover date is no longer at risk, or
 * its record closes (an overdue defect that is reopened opens its escalation again).
 */
@Entity('escalations')
@Unique('escalations_once', ['projectId', 'key'])
@Check('escalations_record_kind_known', `record_kind IN ('defect', 'complaint')`)
@Check('escalations_record_matches_kind', ESCALATION_RECORD_MATCHES_KIND_SQL)
@Check('escalations_message_params_with_code', `(message_code IS NULL) = (message_params IS NULL)`)
@Check('escalations_resolved_after_raised', `resolved_at IS NULL OR resolved_at >= raised_at`)
@Index('escalations_open_by_project_idx', ['projectId', 'raisedAt'], { where: 'resolved_at IS NULL' })
@Index('escalations_record_idx', ['recordKind', 'recordId'], { where: 'record_id IS NOT NULL' })
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  kind!: EscalationKind;

  /** the gate, for milestone and at-risk escalations; null for record escalations */
  @Column({ name: 'milestone_key', type: 'text', nullable: true })
  milestoneKey!: string | null;

  /** the defect or complaint, for record escalations (always given for them, never for the others) */
  @Column({ name: 'record_kind', type: 'text', nullable: true })
  recordKind!: EscalationRecordKind | null;

  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId!: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** the sentence, in the project's language when the row has a code; English for rows written before the codes */
  @Column({ type: 'text' })
  message!: string;

  /** what it says as a code of libs/domain's escalation messages; null for rows written before the codes */
  @Column({ name: 'message_code', type: 'text', nullable: true })
  messageCode!: EscalationMessageCode | null;

  @Column({ name: 'message_params', type: 'jsonb', nullable: true })
  messageParams!: Record<string, unknown> | null;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  /** when it stopped needing HQ's attention; null while open */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
