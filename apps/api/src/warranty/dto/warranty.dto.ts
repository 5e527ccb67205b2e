import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  WARRANTY_COMPONENTS,
  WARRANTY_MAX_YEARS,
  WARRANTY_TICKET_SOURCES,
  WARRANTY_TICKET_STATUSES,
  type WarrantyComponent,
  type WarrantyTicketStatus,
} from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { IsInstantInWindow } from '../../common/date-validators';

const INSTANT = { strict: true, strictSeparator: true };
const COMPONENTS = WARRANTY_COMPONENTS as unknown as string[];

export class CreateWarrantyTicketDto {
  @ApiProperty({ format: 'uuid', description: 'the handed-over unit' }) @IsUUID() unitId!: string;
  @ApiProperty({ enum: WARRANTY_COMPONENTS, description: '部位: the component of the quality guarantee' })
  @IsIn(COMPONENTS)
  component!: WarrantyComponent;
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
  @ApiProperty({ example: '2027-03-01T10:30:00+08:00', description: 'when the owner called (报修时间)' })
  @IsISO8601(INSTANT, { message: 'reportedAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  reportedAt!: string;
}

export class BookVisitDto {
  @ApiProperty({ example: '2027-03-02T14:00:00+08:00', description: 'the appointed visit (预约上门时间)' })
  @IsISO8601(INSTANT, { message: 'visitAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  visitAt!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class RepairedDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'what was repaired' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ConfirmWarrantyDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: "the owner's rating of the repair" })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
}

export class ListWarrantyTicketsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WARRANTY_TICKET_STATUSES })
  @IsOptional()
  @IsIn(WARRANTY_TICKET_STATUSES as unknown as string[])
  status?: WarrantyTicketStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: WARRANTY_COMPONENTS }) @IsOptional() @IsIn(COMPONENTS) component?: WarrantyComponent;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: repaired over 24 h ago, not confirmed (回访)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  needsCallBack?: 'true' | 'false';
}

export class WarrantyTicketDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ example: '1-1-101' }) unitAddress!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ type: String, nullable: true }) defectId!: string | null;
  @ApiProperty({ enum: WARRANTY_TICKET_SOURCES }) source!: string;
  @ApiProperty({ enum: WARRANTY_COMPONENTS }) component!: string;
  @ApiProperty() description!: string;
  @ApiProperty() reportedAt!: string;
  @ApiProperty({ example: '2027-03-10' }) handedOverOn!: string;
  @ApiProperty() warrantyYears!: number;
  @ApiProperty({ example: '2029-03-10', description: 'the last day the period covers' }) coveredUntil!: string;
  @ApiProperty({ enum: WARRANTY_TICKET_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) visitAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) visitNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) repairedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) repairNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) rating!: number | null;
  @ApiProperty({ description: 'repaired over 24 h ago and not confirmed: call the owner back' })
  needsCallBack!: boolean;
  @ApiProperty() createdAt!: string;
}

export class WarrantyTicketPageDto {
  @ApiProperty({ type: [WarrantyTicketDto] }) items!: WarrantyTicketDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class WarrantyPeriodDto {
  @ApiProperty({ enum: WARRANTY_COMPONENTS }) @IsIn(COMPONENTS) component!: WarrantyComponent;
  @ApiProperty({ minimum: 1, maximum: WARRANTY_MAX_YEARS })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(WARRANTY_MAX_YEARS)
  years!: number;
}

export class WarrantyPeriodRowDto {
  @ApiProperty({ enum: WARRANTY_COMPONENTS }) component!: string;
  @ApiProperty({ description: 'the period in force: the statute or the longer period the project set' }) years!: number;
  @ApiProperty({ description: 'the statutory minimum' }) statutoryYears!: number;
}

export class WarrantyPeriodsDto {
  @ApiProperty({ type: [WarrantyPeriodRowDto] }) periods!: WarrantyPeriodRowDto[];
}

export class PutWarrantyPeriodsDto {
  @ApiProperty({ type: [WarrantyPeriodDto], description: 'the components to set; others keep theirs' })
  @IsArray()
  @ArrayMaxSize(WARRANTY_COMPONENTS.length)
  @ValidateNested({ each: true })
  @Type(() => WarrantyPeriodDto)
  periods!: WarrantyPeriodDto[];
}
