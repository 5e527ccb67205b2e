import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { KEY_MOVEMENT_KINDS, type KeyMovementKind } from '@handover/domain';
import type { KeyHolder } from './key.entity';
import { sqlIn } from './sql-in';

/** 移交, 借用 (same-day return), 归还, 钥匙委托书 (owner leaves a key for repairs), 委托钥匙归还: from the custody rules */
export { KEY_MOVEMENT_KINDS, type KeyMovementKind };

/** One change of a key's holder: the holder history of the key ledger. */
@Entity('key_movements')
@Index('key_movements_key_idx', ['keyId', 'at'])
@Check('key_movements_holder_changes', `from_holder <> to_holder`)
@Check('key_movements_kind_known', sqlIn('kind', KEY_MOVEMENT_KINDS))
export class KeyMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'key_id', type: 'uuid' })
  keyId!: string;

  @Column({ name: 'from_holder', type: 'text' })
  fromHolder!: KeyHolder;

  @Column({ name: 'to_holder', type: 'text' })
  toHolder!: KeyHolder;

  @Column({ type: 'text' })
  kind!: KeyMovementKind;

  /** the user who recorded the movement */
  @Column({ type: 'uuid', nullable: true })
  by!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** loans: who borrowed the key (a contractor's person or team) */
  @Column({ type: 'text', nullable: true })
  borrower!: string | null;

  /** entrustments: the number of the key entrustment letter (钥匙委托书) */
  @Column({ name: 'letter_no', type: 'text', nullable: true })
  letterNo!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** loans: the end of the local day of the loan; the key must be back by then */
  @Column({ name: 'due_back_at', type: 'timestamptz', nullable: true })
  dueBackAt!: Date | null;

  /** loans and entrustments: when the key came back */
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;
}
