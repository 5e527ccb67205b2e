import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotificationDeliveriesRepository, NotificationsRepository } from '@handover/database';
import { CurrentUser, Roles, OpenToContractors } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import {
  DeliveryPageDto,
  DeliveryResponseDto,
  ListDeliveriesQueryDto,
  NotificationCentreQueryDto,
  NotificationIdParams,
  NotificationCentrePageDto,
  NotificationCentreItemDto,
  NotificationCentreReadAllDto,
} from './dto/notifications.dto';

/** 通知中心: the caller's own notifications; every person has one, whatever the role. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly deliveries: NotificationDeliveriesRepository,
    private readonly audit: AuditService,
  ) {}

  @Get('notifications')
  @OpenToContractors()
  @ApiOkResponse({ type: NotificationCentrePageDto })
  async list(
    @Query() query: NotificationCentreQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NotificationCentrePageDto> {
    const page = await this.notifications.inbox(caller.id, {
      unreadOnly: query.unread === true,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: page.items.map(NotificationCentreItemDto.from),
      page: query.page,
      pageSize: query.pageSize,
      total: page.total,
      unread: page.unread,
    };
  }

  @Post('notifications/read-all')
  @OpenToContractors()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationCentreReadAllDto })
  async readAll(@CurrentUser() caller: AuthenticatedUser): Promise<NotificationCentreReadAllDto> {
    const marked = await this.notifications.markAllRead(caller.id);
    await this.audit.record({
      actor: caller,
      action: 'notification.read_all',
      entityType: 'user',
      entityId: caller.id,
      after: { marked },
    });
    return { marked, unread: await this.notifications.unreadCount(caller.id) };
  }

  @Post('notifications/:id/read')
  @OpenToContractors()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationCentreItemDto })
  async read(
    @Param() params: NotificationIdParams,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NotificationCentreItemDto> {
    const notification = await this.notifications.markRead(caller.id, params.id);
    if (!notification)
      throw new ApiError(HttpStatus.NOT_FOUND, 'NOTIFICATION_NOT_FOUND', { notificationId: params.id });
    await this.audit.record({
      actor: caller,
      action: 'notification.read',
      entityType: 'notification',
      entityId: notification.id,
      projectId: notification.projectId,
    });
    return NotificationCentreItemDto.from(notification);
  }

  /** For the admin: every send on the external channels, with attempts and the last error. */
  @Get('notification-deliveries')
  @Roles('admin')
  @ApiOkResponse({ type: DeliveryPageDto })
  async listDeliveries(@Query() query: ListDeliveriesQueryDto): Promise<DeliveryPageDto> {
    const { items, total } = await this.deliveries.list({
      channel: query.channel,
      status: query.status,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items: items.map(DeliveryResponseDto.from), page: query.page, pageSize: query.pageSize, total };
  }
}
