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
import { KEY_HOLDERS, type KeyHolder } from '@handover/domain';
import { sqlIn } from './sql-in';

export const KEY_KINDS = ['entrance_door', 'unit_door', 'mailbox', 'equipment_room', 'management_room'] as const;
/** 入户大堂门, 户门, 信报箱, 设备房, 管理用房 */
export type KeyKind = (typeof KEY_KINDS)[number];

/** 总包 → 物业 → 业主: the custody rules' holders (libs/domain), which the schema's CHECK lists */
export { KEY_HOLDERS, type KeyHolder };

/** One labelled key of the key ledger (钥匙台账); `unitId` is null for public rooms. */
@Entity('keys')
@Unique('keys_label_once', ['projectId', 'label'])
@Check('keys_kind_known', `kind IN ('entrance_door', 'unit_door', 'mailbox', 'equipment_room', 'management_room')`)
@Check('keys_holder_known', sqlIn('holder', KEY_HOLDERS))
@Index('keys_unit_idx', ['unitId'])
@Index('keys_project_holder_idx', ['projectId', 'holder'])
export class KeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'text' })
  kind!: KeyKind;

  /** the label on the key tag, unique within the project */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', default: 'contractor' })
  holder!: KeyHolder;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
