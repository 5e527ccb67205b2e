import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KEY_HOLDERS, KEY_KINDS, KEY_MOVEMENT_KINDS, type KeyEntity, type KeyMovementEntity } from '@handover/database';

export class KeyDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for public rooms' }) unitId!: string | null;
  @ApiProperty({ enum: KEY_KINDS }) kind!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: KEY_HOLDERS }) holder!: string;

  static from(key: Pick<KeyEntity, 'id' | 'projectId' | 'unitId' | 'kind' | 'label' | 'holder'>): KeyDto {
    return {
      id: key.id,
      projectId: key.projectId,
      unitId: key.unitId,
      kind: key.kind,
      label: key.label,
      holder: key.holder,
    };
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
