import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AppointmentsService } from './appointments.service';
import {
  AppointmentBookingDto,
  AppointmentSlotDto,
  AppointmentSlotPageDto,
  BookAppointmentDto,
  BookingPageDto,
  CreateAppointmentSlotDto,
  ListAppointmentSlotsQueryDto,
  ListBookingsQueryDto,
} from './dto/appointment.dto';

@ApiTags('appointments')
@ApiBearerAuth()
@Controller('projects/:id')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('appointment-slots')
  @Roles('project_lead')
  @ApiOperation({ summary: 'Open a time slot (业主开放日 or 交付) with a number of seats; the project lead only' })
  @ApiCreatedResponse({ type: AppointmentSlotDto })
  createSlot(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateAppointmentSlotDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.appointments.createSlot(user, id, dto);
  }

  @Get('appointment-slots')
  @ApiOperation({ summary: 'Time slots by start, with the seats remaining' })
  @ApiOkResponse({ type: AppointmentSlotPageDto })
  listSlots(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListAppointmentSlotsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.appointments.listSlots(user, id, query);
  }

  @Post('appointment-slots/:slotId/bookings')
  @Roles('project_lead', 'department_head')
  @ApiOperation({
    summary: 'Book a seat of a time slot for a unit; the project lead or the assigned customer-service head',
    description: 'A unit has at most one active booking per kind. Never overbooked, even under concurrent requests.',
  })
  @ApiCreatedResponse({ type: AppointmentBookingDto })
  @ApiConflictResponse({
    description: 'the slot is full or over, or the unit already has an active booking of this kind',
  })
  book(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('slotId', ParseUUIDPipe) slotId: string,
    @Body() dto: BookAppointmentDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.appointments.book(user, id, slotId, dto);
  }

  @Get('bookings')
  @ApiOperation({
    summary:
      "Bookings with their slot and unit (预约名单), filtered by the slot's local day, slot, unit, kind, status, address",
    description:
      "date is a calendar day in the project's time zone: the bookings whose slot starts that local day. status defaults to booked. Readable by everyone who sees the project.",
  })
  @ApiOkResponse({ type: BookingPageDto })
  @ApiNotFoundResponse({
    description: 'the project is not in scope, or slotId / unitId names none of its slots / units',
  })
  listBookings(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListBookingsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.appointments.listBookings(user, id, query);
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  @Roles('project_lead', 'department_head')
  @ApiOperation({
    summary: 'Cancel a booking and free its seat; the project lead or the assigned customer-service head',
  })
  @ApiOkResponse({ type: AppointmentBookingDto })
  @ApiConflictResponse({ description: 'the booking is already cancelled' })
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('bookingId', ParseUUIDPipe) bookingId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.appointments.cancel(user, id, bookingId);
  }
}
