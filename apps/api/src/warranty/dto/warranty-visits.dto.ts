import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  WARRANTY_CALL_BACK_CLOSE_REASONS,
  WARRANTY_VISIT_CONFIRMATIONS,
  WARRANTY_VISIT_STATUSES,
  type WarrantyVisitConfirmation,
} from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { IsInstantInWindow } from '../../common/date-validators';

const INSTANT = { strict: true, strictSeparator: true };
const NOTE = 2000;
/** Some text besides spaces (the service stores it trimmed). */
const PRESENT = /\S/;

/** A key entrustment letter goes with a visit only when the owner leaves a key. */
@ValidatorConstraint({ name: 'keyLeftByOwner' })
class KeyLeftByOwner implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return value === undefined || (args.object as { ownerLeavesKey?: unknown }).ownerLeavesKey === true;
  }

  defaultMessage(): string {
    return 'keyEntrustmentId goes only with ownerLeavesKey: true';
  }
}

/** 预约上门: the appointment window with the owner, who comes, and whether the owner leaves a key. */
export class ScheduleWarrantyVisitDto {
  @ApiProperty({ example: '2027-03-02T14:00:00+08:00', description: 'the window opens (must lie ahead)' })
  @IsISO8601(INSTANT, { message: 'startsAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  startsAt!: string;

  @ApiProperty({ example: '2027-03-02T16:00:00+08:00', description: 'the window closes (after startsAt, ≤ 12 h)' })
  @IsISO8601(INSTANT, { message: 'endsAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  endsAt!: string;

  @ApiProperty({ maxLength: 100, example: '王师傅', description: 'the technician who comes (维修人员)' })
  @IsString()
  @Matches(PRESENT, { message: 'technician must not be blank' })
  @MaxLength(100)
  technician!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the contractor company they come for, one of the project’s' })
  @IsOptional()
  @IsUUID()
  contractorCompanyId?: string;

  @ApiProperty({ description: 'the owner will not be home and leaves a key with the property company' })
  @IsBoolean()
  ownerLeavesKey!: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "the key entrustment letter (钥匙委托书) of the unit's key in the key ledger; only with ownerLeavesKey",
  })
  @IsOptional()
  @IsUUID()
  @Validate(KeyLeftByOwner)
  keyEntrustmentId?: string;

  @ApiPropertyOptional({ maxLength: NOTE }) @IsOptional() @IsString() @MaxLength(NOTE) note?: string;
}

export class WarrantyVisitDoneDto {
  @ApiPropertyOptional({ maxLength: NOTE, description: 'what was repaired' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE)
  note?: string;
}

export class CancelWarrantyVisitDto {
  @ApiPropertyOptional({ maxLength: NOTE, description: 'why it is cancelled (the owner told)' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE)
  reason?: string;
}

/** 业主确认, recorded by customer service on the owner's behalf: confirmed with a rating, or not fixed with a note. */
export class WarrantyVisitConfirmationDto {
  @ApiProperty({ enum: WARRANTY_VISIT_CONFIRMATIONS })
  @IsIn(WARRANTY_VISIT_CONFIRMATIONS as unknown as string[])
  outcome!: WarrantyVisitConfirmation;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: "confirmed: the owner's rating of the repair" })
  @ValidateIf((dto: WarrantyVisitConfirmationDto) => dto.outcome === 'confirmed' || dto.rating !== undefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;

  @ApiPropertyOptional({ maxLength: NOTE, description: 'not fixed: what is still wrong (required)' })
  @ValidateIf((dto: WarrantyVisitConfirmationDto) => dto.outcome === 'not_fixed' || dto.note !== undefined)
  @IsString()
  @Matches(PRESENT, { message: 'note must not be blank' })
  @MaxLength(NOTE)
  note?: string;
}

export class CloseCallBackDto {
  @ApiProperty({ maxLength: NOTE, description: 'what came of the call (回访结果)' })
  @IsString()
  @Matches(PRESENT, { message: 'note must not be blank' })
  @MaxLength(NOTE)
  note!: string;
}

export class ListCallBacksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status: 'open' | 'closed' = 'open';
}

export class KeyEntrustmentRefDto {
  @ApiProperty({ description: 'the entrustment movement of the key ledger' }) id!: string;
  @ApiProperty({ example: 'WT-2027-0031' }) letterNo!: string;
  @ApiProperty({ example: '1-1-101-户门' }) keyLabel!: string;
  @ApiProperty({ type: String, nullable: true, description: 'when the key went back to the owner' })
  returnedAt!: string | null;
}

export class WarrantyVisitDto {
  @ApiProperty() id!: string;
  @ApiProperty() ticketId!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() technician!: string;
  @ApiProperty({ type: String, nullable: true }) contractorCompanyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) contractorCompanyName!: string | null;
  @ApiProperty() ownerLeavesKey!: boolean;
  @ApiProperty({ type: KeyEntrustmentRefDto, nullable: true }) keyEntrustment!: KeyEntrustmentRefDto | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: WARRANTY_VISIT_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) doneAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) doneNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ nullable: true, enum: WARRANTY_VISIT_CONFIRMATIONS }) confirmation!: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmationNote!: string | null;
  @ApiProperty({ type: Number, nullable: true }) rating!: number | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the open call-back task of this visit, if any' })
  openCallBackId!: string | null;
  @ApiProperty() createdAt!: string;
}

/** 业主希望上门时间: a window the owner proposed in the owner app (报修), for customer service to book the visit in. */
export class WarrantyOwnerProposedWindowDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2027-03-02T01:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-02T04:00:00.000Z' }) endsAt!: string;
  @ApiProperty({ description: 'when the owner proposed it' }) proposedAt!: string;
}

export class WarrantyVisitListDto {
  @ApiProperty({ type: [WarrantyVisitDto] }) items!: WarrantyVisitDto[];
  @ApiProperty({
    type: [WarrantyOwnerProposedWindowDto],
    description: 'the windows the owner proposed, the earliest first, past ones included (the console marks them)',
  })
  ownerProposedWindows!: WarrantyOwnerProposedWindowDto[];
}

/** 回访任务: a done visit the owner had not confirmed 24 hours later; customer service calls the owner back. */
export class WarrantyCallBackDto {
  @ApiProperty() id!: string;
  @ApiProperty() ticketId!: string;
  @ApiProperty() visitId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: '1-1-101' }) unitAddress!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty() component!: string;
  @ApiProperty() description!: string;
  @ApiProperty() technician!: string;
  @ApiProperty() doneAt!: string;
  @ApiProperty({ description: 'done + 24 h' }) dueAt!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ nullable: true, enum: WARRANTY_CALL_BACK_CLOSE_REASONS }) closeReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeNote!: string | null;
}

export class WarrantyCallBackPageDto {
  @ApiProperty({ type: [WarrantyCallBackDto] }) items!: WarrantyCallBackDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
