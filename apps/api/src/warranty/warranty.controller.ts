import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  BookVisitDto,
  ConfirmWarrantyDto,
  CreateWarrantyTicketDto,
  ListWarrantyTicketsQueryDto,
  PutWarrantyPeriodsDto,
  RepairedDto,
  WarrantyPeriodsDto,
  WarrantyTicketDto,
  WarrantyTicketPageDto,
} from './dto/warranty.dto';
import { WarrantyService } from './warranty.service';

/** The lead and the customer service, property and engineering heads write (checked per department in the service). */
const WRITERS = ['project_lead', 'department_head', 'admin'] as const;

@ApiTags('warranty')
@ApiBearerAuth()
@Controller('projects/:id')
export class WarrantyController {
  constructor(private readonly warranty: WarrantyService) {}

  @Get('warranty-tickets')
  @ApiOperation({ summary: '保修单 of the project; needsCallBack=true: repaired over 24 h ago, not confirmed' })
  @ApiOkResponse({ type: WarrantyTicketPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListWarrantyTicketsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.list(user, id, query);
  }

  @Post('warranty-tickets')
  @Roles(...WRITERS)
  @ApiOperation({ summary: "An owner's call (报修); refused with the day the period ended when out of warranty" })
  @ApiCreatedResponse({ type: WarrantyTicketDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateWarrantyTicketDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.create(user, id, body);
  }

  @Get('warranty-tickets/:ticketId')
  @ApiOkResponse({ type: WarrantyTicketDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.get(user, id, ticketId);
  }

  @Post('warranty-tickets/:ticketId/book-visit')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '预约上门: the visit appointment, with a note' })
  @ApiOkResponse({ type: WarrantyTicketDto })
  bookVisit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: BookVisitDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.bookVisit(user, id, ticketId, body);
  }

  @Post('warranty-tickets/:ticketId/repaired')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '维修完成: the owner is asked to confirm; 24 h without it needs a call-back' })
  @ApiOkResponse({ type: WarrantyTicketDto })
  repaired(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: RepairedDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.repaired(user, id, ticketId, body);
  }

  @Post('warranty-tickets/:ticketId/confirm')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: '业主确认 with a rating 1–5; the ticket closes' })
  @ApiOkResponse({ type: WarrantyTicketDto })
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('ticketId', ParseUUIDPipe) ticketId: string,
    @Body() body: ConfirmWarrantyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.confirm(user, id, ticketId, body);
  }

  @Get('warranty-periods')
  @ApiOperation({ summary: "保修期: the periods in force per component (the statute, or the project's longer ones)" })
  @ApiOkResponse({ type: WarrantyPeriodsDto })
  periods(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.warranty.periods(user, id);
  }

  @Put('warranty-periods')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Set longer periods per component; shorter than the statute is refused' })
  @ApiOkResponse({ type: WarrantyPeriodsDto })
  putPeriods(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PutWarrantyPeriodsDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.warranty.putPeriods(user, id, body);
  }
}
