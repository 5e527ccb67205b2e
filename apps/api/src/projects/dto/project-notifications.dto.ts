import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NOTIFICATION_TOPICS } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';

/** The outbox's kinds are the topics people choose their channels for. */
const KINDS = [...NOTIFICATION_TOPICS];

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: KINDS }) @IsOptional() @IsIn(KINDS) kind?: string;
}

/** What the timeline and the records sent for this project (the notification outbox): reminders, escalations, … */
export class NotificationEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty() key!: string;
  @ApiProperty({ nullable: true, type: String }) milestoneKey!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'reminders: whole days before the due date' }) daysBefore!:
    | number
    | null;
  @ApiProperty({ nullable: true, type: String, description: 'escalations: what was escalated' }) message!:
    | string
    | null;
  @ApiProperty({ type: [String], description: "'user:<id>' or 'role:<role>'" }) recipients!: string[];
  @ApiProperty({ description: 'ISO instant it was sent' }) sentAt!: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationEventDto] }) items!: NotificationEventDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
