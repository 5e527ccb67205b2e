import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { DEPARTMENTS } from '@handover/domain';
import { IsCalendarDate } from '../../common/date-validators';

const PARTIES = [...DEPARTMENTS, 'project_lead', 'hq'];

export class ApproveMilestoneDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  @ApiPropertyOptional({ enum: PARTIES, description: 'which party you sign for, when you could sign for several' })
  @IsOptional()
  @IsIn(PARTIES)
  party?: string;
}

export class RejectMilestoneDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty({ message: 'a rejection needs a reason' })
  @MaxLength(2000)
  reason!: string;
  @ApiPropertyOptional({ enum: PARTIES }) @IsOptional() @IsIn(PARTIES) party?: string;
}

export class RequestPostponementDto {
  @ApiProperty({ example: '2027-03-15' })
  @IsCalendarDate()
  newFirstHandoverDate!: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class DecidePostponementDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class DecideAtRiskDto {
  @ApiProperty({ enum: ['postpone', 'proceed'] }) @IsIn(['postpone', 'proceed']) decision!: 'postpone' | 'proceed';

  @ApiPropertyOptional({ example: '2027-03-15', description: 'required when postponing' })
  @ValidateIf((dto: DecideAtRiskDto) => dto.decision === 'postpone' || dto.newFirstHandoverDate !== undefined)
  @IsCalendarDate()
  newFirstHandoverDate?: string;

  @ApiProperty({ description: 'the reason, or the recorded exception when proceeding' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;
}

export class ReschedulePreviewQueryDto {
  @ApiProperty({ example: '2027-03-15' })
  @IsCalendarDate()
  firstHandoverDate!: string;
}

export class AssignDepartmentHeadDto {
  @ApiProperty() @IsUUID() userId!: string;
}

export class SetCityResponsibleDto {
  @ApiProperty({ type: String, nullable: true, description: '城市公司负责人 (a user id); null clears it' })
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID('4', { message: 'userId must be a user id (UUID) or null' })
  userId!: string | null;
}

export class CityResponsibleDto {
  @ApiProperty({ type: String, nullable: true }) cityResponsibleUserId!: string | null;
}
