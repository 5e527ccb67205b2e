import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  CancelWarrantyVisitDto,
  CloseCallBackDto,
  ListCallBacksQueryDto,
  ScheduleWarrantyVisitDto,
  WarrantyCallBackDto,
  WarrantyCallBackPageDto,
  WarrantyVisitConfirmationDto,
  WarrantyVisitDoneDto,
  WarrantyVisitDto,
  WarrantyVisitListDto,
} from './dto/warranty-visits.dto';
import { WarrantyVisitsService } from './warranty-visits.service';

/** As for the tickets: the lead and the customer service, property and engineering heads write (checked in the service). */
const WRITERS = ['project_lead', 'department_head', 'admin'] as const;

@ApiTags('warranty')
@ApiBearerAuth()
@Controller('projects/:id')
export class WarrantyVisitsController {
  constructor(private readonly visits: WarrantyVisitsService) {}

  @Get('warranty-tickets/:ticketId/visits')
  @ApiOperation({
    summary:
      '上门维修: the visits of a warranty ticket, the latest appointment first, with the windows the owner proposed (业主希望上门时间)',
  })
  @ApiOkResponse({ type: WarrantyVisitListDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.list(user, id, ticketId);
  }

  @Post('warranty-tickets/:ticketId/visits')
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      '预约上门: an appointment with the owner (told in advance); refused in the past, for a closed ticket, while one is booked, or when the technician is booked then',
  })
  @ApiCreatedResponse({ type: WarrantyVisitDto })
  schedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: ScheduleWarrantyVisitDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.schedule(user, id, ticketId, body);
  }

  @Post('warranty-tickets/:ticketId/visits/:visitId/done')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '维修完成: the ticket is repaired; no confirmation within 24 h creates a call-back task' })
  @ApiOkResponse({ type: WarrantyVisitDto })
  done(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('visitId', ParseUUIDPipe) visitId: string,
    @Body() body: WarrantyVisitDoneDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.done(user, id, ticketId, visitId, body);
  }

  @Post('warranty-tickets/:ticketId/visits/:visitId/cancel')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '取消预约: a booked visit is cancelled and the owner told' })
  @ApiOkResponse({ type: WarrantyVisitDto })
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('visitId', ParseUUIDPipe) visitId: string,
    @Body() body: CancelWarrantyVisitDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.cancel(user, id, ticketId, visitId, body);
  }

  @Post('warranty-tickets/:ticketId/visits/:visitId/confirmation')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      "业主确认, recorded on the owner's behalf: confirmed with a rating closes the ticket, not fixed with a note reopens it",
  })
  @ApiOkResponse({ type: WarrantyVisitDto })
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Param('visitId', ParseUUIDPipe) visitId: string,
    @Body() body: WarrantyVisitConfirmationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.confirm(user, id, ticketId, visitId, body);
  }

  @Get('warranty-call-backs')
  @ApiOperation({ summary: '回访任务: visits not confirmed within 24 h (open: the longest due first)' })
  @ApiOkResponse({ type: WarrantyCallBackPageDto })
  listCallBacks(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListCallBacksQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.listCallBacks(user, id, query);
  }

  @Post('warranty-call-backs/:taskId/close')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '回访完成: customer service called the owner back, with what came of it' })
  @ApiOkResponse({ type: WarrantyCallBackDto })
  closeCallBack(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() body: CloseCallBackDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.visits.closeCallBack(user, id, taskId, body);
  }
}
