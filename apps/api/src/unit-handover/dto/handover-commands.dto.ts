import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsInstantInWindow } from '../../common/date-validators';

/** Every step takes an optional note (never the owner's name or phone); the steps below add what they record. */
export class StepNoteDto {
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class InspectionTeamDto {
  @ApiProperty({ description: 'sales member of the inspection team (验房小组)', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sales!: string;
  @ApiProperty({ description: 'engineering member', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  engineering!: string;
  @ApiProperty({ description: 'property company member', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  property!: string;
}

export class InspectionDefectDto {
  @ApiProperty({ example: '主卧门吸缺失', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description!: string;

  @ApiProperty({
    description: 'true: fixed on the spot by the rapid repair team (快速应急维修队); false: logged for warranty repair',
  })
  @IsBoolean()
  simple!: boolean;
}

/** 验房 (先验房后交付): the team that inspected and the defects it found. */
export class InspectDto extends StepNoteDto {
  @ApiProperty({ type: InspectionTeamDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InspectionTeamDto)
  team!: InspectionTeamDto;

  @ApiPropertyOptional({ type: [InspectionDefectDto], default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InspectionDefectDto)
  defects?: InspectionDefectDto[];
}

/** 资料移交: the two statutory documents and the owner handbook, each confirmed. */
export class HandOverDocumentsDto extends StepNoteDto {
  @ApiProperty({ type: Boolean, description: '《住宅质量保证书》 handed over; must be true' })
  @Equals(true, {
    message: 'qualityGuarantee: the Residential Quality Guarantee (《住宅质量保证书》) must be handed over (true)',
  })
  qualityGuarantee!: boolean;

  @ApiProperty({ type: Boolean, description: '《住宅使用说明书》 handed over; must be true' })
  @Equals(true, { message: 'userManual: the Residential User Manual (《住宅使用说明书》) must be handed over (true)' })
  userManual!: boolean;

  @ApiProperty({ type: Boolean, description: '业主手册 handed over; must be true' })
  @Equals(true, { message: 'ownerHandbook: the owner handbook (业主手册) must be handed over (true)' })
  ownerHandbook!: boolean;
}

/** 礼品登记: the gift given (one per household), or none when the project has no gift. */
export class RecordGiftDto extends StepNoteDto {
  @ApiPropertyOptional({ example: '定制保温杯', maxLength: 200, description: 'leave out when there is no gift' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  gift?: string;
}

/** 拒收 */
export class RefuseHandoverDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'a refusal needs a reason' })
  @MaxLength(2000)
  reason!: string;
}

/** 交付异议: recorded and accepted, with the time a reply is promised by. */
export class RaiseObjectionDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'an objection needs a description' })
  @MaxLength(2000)
  description!: string;

  @ApiPropertyOptional({ example: '2027-03-17T18:00:00+08:00', description: 'committed reply time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'replyDueAt must be a date and time like 2027-03-17T18:00:00+08:00' })
  @IsInstantInWindow()
  replyDueAt?: string;
}

export class ResolveObjectionDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'the reply or solution agreed with the owner' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  resolution?: string;
}
