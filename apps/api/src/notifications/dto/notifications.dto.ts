import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { EXTERNAL_CHANNELS, NOTIFICATION_TOPICS, type ExternalChannel, type NotificationTopic } from '@handover/domain';
import {
  DELIVERY_STATUSES,
  type DeliveryListRow,
  type DeliveryStatus,
  type NotificationEntity,
} from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';

export class NotificationIdParams {
  @ApiProperty({ example: '42' })
  @Matches(/^[1-9]\d{0,17}$/, { message: 'id must be a notification number' })
  id!: string;
}

export class NotificationCentreQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationCentreItemDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) projectId!: string | null;
  @ApiProperty({ enum: NOTIFICATION_TOPICS }) topic!: NotificationTopic;
  @ApiProperty({ example: 'MILESTONE_OVERDUE' }) code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  params!: Record<string, string | number>;
  @ApiProperty({ description: "in the recipient's language" }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ example: '/projects/3f1c…', description: 'the console page it is about' }) link!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) readAt!: Date | null;

  static from(row: NotificationEntity): NotificationCentreItemDto {
    return {
      id: row.id,
      projectId: row.projectId,
      topic: row.topic,
      code: row.code,
      params: row.params,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt,
      readAt: row.readAt,
    };
  }
}

export class NotificationCentrePageDto {
  @ApiProperty({ type: [NotificationCentreItemDto] }) items!: NotificationCentreItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: "the caller's unread notifications, whatever the filter" }) unread!: number;
}

export class NotificationCentreReadAllDto {
  @ApiProperty({ description: 'how many were unread' }) marked!: number;
  @ApiProperty() unread!: number;
}

export class ListDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EXTERNAL_CHANNELS })
  @IsOptional()
  @IsIn(EXTERNAL_CHANNELS as unknown as string[])
  channel?: ExternalChannel;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES as unknown as string[])
  status?: DeliveryStatus;
}

export class DeliveryResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() notificationId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() userName!: string;
  @ApiProperty({ type: String, nullable: true }) projectId!: string | null;
  @ApiProperty({ enum: NOTIFICATION_TOPICS }) topic!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EXTERNAL_CHANNELS }) channel!: ExternalChannel;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: DeliveryStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ description: 'not sent before (the end of quiet hours)' }) notBefore!: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt!: Date | null;
  @ApiProperty() createdAt!: Date;

  static from(row: DeliveryListRow): DeliveryResponseDto {
    return { ...row };
  }
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryResponseDto] }) items!: DeliveryResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
