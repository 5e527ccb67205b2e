import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  type ComplaintEntity,
  type ComplaintSeverity,
  type ComplaintStatus,
} from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';
import { IsInstantInWindow } from '../../common/date-validators';

const INSTANT = { strict: true, strictSeparator: true };

export class CreateComplaintDto {
  @ApiProperty({ description: 'what it is about, in a line' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject!: string;
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
  @ApiPropertyOptional({ description: 'the unit concerned, if any' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiProperty({ example: '2027-03-01T10:30:00+08:00' })
  @IsISO8601(INSTANT, { message: 'receivedAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  receivedAt!: string;
  @ApiProperty({ enum: COMPLAINT_SEVERITIES, description: 'major and group (群诉) complaints escalate to HQ at once' })
  @IsIn(COMPLAINT_SEVERITIES as unknown as string[])
  severity!: ComplaintSeverity;
}

export class AcceptComplaintDto {
  @ApiProperty({ example: '2027-03-03T18:00:00+08:00', description: 'the committed reply time (承诺答复时间)' })
  @IsISO8601(INSTANT, { message: 'replyDeadline must be an ISO 8601 instant' })
  @IsInstantInWindow()
  replyDeadline!: string;
}

export class InvestigateComplaintDto {
  @ApiProperty({ description: 'the facts found (调查事实)' }) @IsString() @IsNotEmpty() @MaxLength(4000) facts!: string;
}

export class DetermineResponsibilityDto {
  @ApiProperty({ description: 'who is responsible: developer, contractor, property company, owner, …' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  responsibleParty!: string;

  @ApiProperty({ description: 'the determination (责任认定)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  responsibility!: string;
}

export class ReplyComplaintDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(4000) content!: string;
  @ApiPropertyOptional({ description: 'when the reply was given; now when omitted' })
  @IsOptional()
  @IsISO8601(INSTANT, { message: 'repliedAt must be an ISO 8601 instant' })
  @IsInstantInWindow()
  repliedAt?: string;
}

export class FollowUpComplaintDto {
  @ApiProperty({ description: '跟进人' }) @IsString() @IsNotEmpty() @MaxLength(200) followUpOwner!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ListComplaintsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES as unknown as string[])
  status?: ComplaintStatus;
  @ApiPropertyOptional({ enum: COMPLAINT_SEVERITIES })
  @IsOptional()
  @IsIn(COMPLAINT_SEVERITIES as unknown as string[])
  severity?: ComplaintSeverity;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
}

export class ComplaintDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty() description!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ enum: COMPLAINT_SEVERITIES }) severity!: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) replyDeadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) facts!: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibleParty!: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibility!: string | null;
  @ApiProperty({ type: String, nullable: true }) replyContent!: string | null;
  @ApiProperty({ type: String, nullable: true }) repliedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) followUpOwner!: string | null;
  @ApiProperty({ type: String, nullable: true }) followUpNote!: string | null;
  @ApiProperty() createdAt!: string;

  static from(entity: ComplaintEntity): ComplaintDto {
    const iso = (value: Date | null) => value?.toISOString() ?? null;
    return {
      id: entity.id,
      projectId: entity.projectId,
      unitId: entity.unitId,
      subject: entity.subject,
      description: entity.description,
      receivedAt: entity.receivedAt.toISOString(),
      severity: entity.severity,
      status: entity.status,
      replyDeadline: iso(entity.replyDeadline),
      acceptedAt: iso(entity.acceptedAt),
      facts: entity.facts,
      responsibleParty: entity.responsibleParty,
      responsibility: entity.responsibility,
      replyContent: entity.replyContent,
      repliedAt: iso(entity.repliedAt),
      followUpOwner: entity.followUpOwner,
      followUpNote: entity.followUpNote,
      createdAt: entity.createdAt.toISOString(),
    };
  }
}

export class ComplaintPageDto {
  @ApiProperty({ type: [ComplaintDto] }) items!: ComplaintDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
