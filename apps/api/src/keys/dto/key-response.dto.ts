import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KEY_HOLDERS, KEY_KINDS, KEY_MOVEMENT_KINDS, type KeyEntity, type KeyMovementEntity } from '@handover/database';
import { custodyOf, KEY_CUSTODY_STATES, type KeyCustodyState } from '@handover/domain';

/** The key's open loan (借出, not yet returned). */
export class OpenKeyLoanDto {
  @ApiProperty({ description: 'the loan movement' }) id!: string;
  @ApiProperty() borrower!: string;
  @ApiProperty({ description: 'when it was lent' }) lentAt!: string;
  @ApiProperty({ description: 'end of the local day of the loan' }) dueBackAt!: string;
}

/** The key's open entrustment letter (钥匙委托书, the key not yet given back to the owner). */
export class OpenKeyEntrustmentDto {
  @ApiProperty({ description: 'the entrustment movement' }) id!: string;
  @ApiProperty() letterNo!: string;
  @ApiProperty({ description: 'when the owner left the key' }) entrustedAt!: string;
}

/** A key with the open records its custody depends on: what {@link KeyDto.from} reads. */
export type KeyWithOpenRecords = Pick<KeyEntity, 'id' | 'projectId' | 'unitId' | 'kind' | 'label' | 'holder'> & {
  loan: KeyMovementEntity | null;
  entrustment: KeyMovementEntity | null;
};

export class KeyDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for public rooms' }) unitId!: string | null;
  @ApiProperty({ enum: KEY_KINDS }) kind!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: KEY_HOLDERS, description: 'who physically holds it (a lent key is with the contractor)' })
  holder!: string;
  @ApiProperty({
    enum: KEY_CUSTODY_STATES,
    description:
      'where the key stands: its holder with its open loan and entrustment letter (with_property vs on_loan vs entrusted)',
  })
  custody!: KeyCustodyState;
  @ApiProperty({ type: OpenKeyLoanDto, nullable: true, description: 'the loan not yet returned, null when none' })
  loan!: OpenKeyLoanDto | null;
  @ApiProperty({
    type: OpenKeyEntrustmentDto,
    nullable: true,
    description: 'the entrustment letter not yet closed, null when none',
  })
  entrustment!: OpenKeyEntrustmentDto | null;

  static from(key: KeyWithOpenRecords): KeyDto {
    return {
      id: key.id,
      projectId: key.projectId,
      unitId: key.unitId,
      kind: key.kind,
      label: key.label,
      holder: key.holder,
      custody: custodyOf(key),
      loan: key.loan && {
        id: key.loan.id,
        borrower: key.loan.borrower ?? '',
        lentAt: key.loan.at.toISOString(),
        dueBackAt: key.loan.dueBackAt?.toISOString() ?? '',
      },
      entrustment: key.entrustment && {
        id: key.entrustment.id,
        letterNo: key.entrustment.letterNo ?? '',
        entrustedAt: key.entrustment.at.toISOString(),
      },
    };
  }

  /** A key just registered: no loan, no entrustment letter. */
  static registered(key: Pick<KeyEntity, 'id' | 'projectId' | 'unitId' | 'kind' | 'label' | 'holder'>): KeyDto {
    return KeyDto.from({ ...key, loan: null, entrustment: null });
  }
}

export class KeyMovementDto {
  @ApiProperty() id!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: KEY_MOVEMENT_KINDS }) kind!: string;
  @ApiProperty({ enum: KEY_HOLDERS }) fromHolder!: string;
  @ApiProperty({ enum: KEY_HOLDERS }) toHolder!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) by!: string | null;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) borrower!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) letterNo!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'loans: end of the local day of the loan' })
  dueBackAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) returnedAt!: string | null;

  static from(movement: KeyMovementEntity): KeyMovementDto {
    return {
      id: movement.id,
      keyId: movement.keyId,
      kind: movement.kind,
      fromHolder: movement.fromHolder,
      toHolder: movement.toHolder,
      by: movement.by,
      at: movement.at.toISOString(),
      borrower: movement.borrower,
      letterNo: movement.letterNo,
      note: movement.note,
      dueBackAt: movement.dueBackAt?.toISOString() ?? null,
      returnedAt: movement.returnedAt?.toISOString() ?? null,
    };
  }
}

export class KeyDetailDto extends KeyDto {
  @ApiProperty({ type: [KeyMovementDto], description: 'holder history, oldest first' }) movements!: KeyMovementDto[];
}

export class KeyPageDto {
  @ApiProperty({ type: [KeyDto] }) items!: KeyDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class KeyTransferResultDto {
  @ApiProperty({ type: [KeyDto] }) keys!: KeyDto[];
  @ApiProperty({ type: [KeyMovementDto] }) movements!: KeyMovementDto[];
}

/** A key and the movement just recorded for it (a loan, a return, an entrustment or its return). */
export class KeyMovementResultDto {
  @ApiProperty({ type: KeyDto }) key!: KeyDto;
  @ApiProperty({ type: KeyMovementDto }) movement!: KeyMovementDto;
  @ApiPropertyOptional({ description: 'loans: the local calendar day the key must be back on' })
  dueBackLocalDate?: string;
  @ApiPropertyOptional({ description: 'returns of a loan: whether it came back after the end of the day' })
  late?: boolean;
}

export class OverdueLoanDto {
  @ApiProperty() loanId!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty() label!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty() borrower!: string;
  @ApiProperty() lentAt!: string;
  @ApiProperty() dueBackAt!: string;
  @ApiProperty({ description: 'whole minutes past due' }) minutesOverdue!: number;
}

export class OverdueLoansDto {
  @ApiProperty({ type: [OverdueLoanDto] }) items!: OverdueLoanDto[];
}
