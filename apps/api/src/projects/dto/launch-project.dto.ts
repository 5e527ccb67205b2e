import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEPARTMENTS, LOCAL_TIME_PATTERN } from '@handover/domain';
import { IsCalendarDate } from '../../common/date-validators';

const PARTIES = [...DEPARTMENTS, 'project_lead', 'hq'];

/** Per-project offsets in days relative to D (first centralized handover day); defaults from the guide. */
export class OffsetsDto {
  @ApiPropertyOptional({ example: -45 }) @IsOptional() @IsInt() @Min(-365) @Max(0) riskSelfCheckDue?: number;
  @ApiPropertyOptional({ example: -35 }) @IsOptional() @IsInt() @Min(-365) @Max(0) unitInspectionDue?: number;
  @ApiPropertyOptional({ example: -30 }) @IsOptional() @IsInt() @Min(-365) @Max(0) openDay?: number;
  @ApiPropertyOptional({ example: -21 }) @IsOptional() @IsInt() @Min(-365) @Max(0) rectificationDue?: number;
  @ApiPropertyOptional({ example: -20 }) @IsOptional() @IsInt() @Min(-365) @Max(0) propertyTransferDue?: number;
  @ApiPropertyOptional({ example: -2 }) @IsOptional() @IsInt() @Min(-30) @Max(0) rehearsalStart?: number;
  @ApiPropertyOptional({ example: -1 }) @IsOptional() @IsInt() @Min(-30) @Max(0) rehearsalEnd?: number;
  @ApiPropertyOptional({ example: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  scatteredHandoverDueAfterCentralized?: number;
  @ApiPropertyOptional({ example: 14 }) @IsOptional() @IsInt() @Min(1) @Max(120) summaryDueAfterCentralized?: number;
}

export class MilestonePartiesDto {
  @ApiProperty({ example: 'propertyTransfer' })
  @IsIn([
    'riskSelfCheck',
    'unitInspection',
    'openDay',
    'rectification',
    'propertyTransfer',
    'rehearsal',
    'handoverReadiness',
    'centralizedHandover',
    'scatteredHandover',
    'summaryAccepted',
  ])
  milestone!: string;

  @ApiProperty({ example: ['property', 'engineering'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @IsIn(PARTIES, { each: true, message: `each party must be one of: ${PARTIES.join(', ')}` })
  parties!: string[];
}

/** When the timeline reminds and escalates (提醒与升级); what is left out keeps the guideline's default. */
export class NotificationScheduleDto {
  @ApiPropertyOptional({ type: [Number], example: [3, 1], description: 'days before a due date; default 3 and 1' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(30, { each: true })
  reminderDaysBefore?: number[];

  @ApiPropertyOptional({ example: '09:00', description: "local 'HH:mm' of the reminders and the ladder's steps" })
  @IsOptional()
  @IsString()
  @Matches(LOCAL_TIME_PATTERN, { message: "reminderTime must be a local time 'HH:mm'" })
  reminderTime?: string;

  @ApiPropertyOptional({
    example: 2,
    minimum: 1,
    maximum: 30,
    description: 'days after a due date to the city company',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  cityAfterDays?: number;

  @ApiPropertyOptional({ example: 4, minimum: 2, maximum: 60, description: 'days after a due date to HQ' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(60)
  hqAfterDays?: number;
}

export class HqExceptionDto {
  @ApiProperty({ description: 'why HQ accepts a plan that breaks a waivable rule (e.g. the 20-day transfer rule)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class LaunchProjectDto {
  @ApiProperty({ example: '杭州城市公司' }) @IsString() @IsNotEmpty() @MaxLength(100) cityCompany!: string;
  @ApiProperty({ example: '滨江壹号' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ example: '一期 3#–5#' }) @IsString() @IsNotEmpty() @MaxLength(100) batch!: string;

  @ApiProperty({ example: '2027-03-01', description: 'D: first centralized handover day, in the project time zone' })
  @IsCalendarDate()
  firstHandoverDate!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 30 }) @IsInt() @Min(1) @Max(30) centralizedDays!: number;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;

  @ApiPropertyOptional({ type: OffsetsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OffsetsDto)
  offsets?: OffsetsDto;

  @ApiPropertyOptional({ type: [MilestonePartiesDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MilestonePartiesDto)
  milestoneParties?: MilestonePartiesDto[];

  @ApiPropertyOptional({
    description: 'the project lead; HQ and admins launch on behalf of a lead, a lead launches for themself',
  })
  @IsOptional()
  @IsUUID()
  leadUserId?: string;

  @ApiPropertyOptional({ type: [String], description: 'department heads who see this project and sign its gates' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  departmentHeadIds?: string[];

  @ApiPropertyOptional({ type: NotificationScheduleDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NotificationScheduleDto)
  notifications?: NotificationScheduleDto;

  @ApiPropertyOptional({ type: HqExceptionDto, description: 'HQ only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HqExceptionDto)
  hqException?: HqExceptionDto;
}
