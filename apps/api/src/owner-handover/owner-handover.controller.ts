import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { AppointmentBookingDto } from '../appointments/dto/appointment.dto';
import { ErrorResponseDto } from '../common/error-response.dto';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { CurrentOwner } from '../owner-auth/owner-session.guard';
import { CurrentOwnerUnit, OwnerUnitRoute } from '../owner-auth/owner-unit.guard';
import { HandoverNoticeSettingsDto, OwnerHandoverNoticeDto, PutHandoverNoticeDto } from './dto/handover-notice.dto';
import {
  OwnerBookingListDto,
  OwnerBookSlotDto,
  OwnerMoveBookingDto,
  OwnerSlotListDto,
  OwnerSlotsQueryDto,
} from './dto/owner-booking.dto';
import { HandoverNoticeService } from './handover-notice.service';
import { OwnerBookingService } from './owner-booking.service';

/** 交付通知书 settings in the console's 设置: read by everyone who sees the project, set by its lead. */
@ApiTags('owner handover')
@ApiBearerAuth()
@Controller('projects/:id/handover-notice')
export class HandoverNoticeSettingsController {
  constructor(private readonly notices: HandoverNoticeService) {}

  @Get()
  @ApiOperation({ summary: '交付通知书: the handover place and what owners bring' })
  @ApiOkResponse({ type: HandoverNoticeSettingsDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'HANDOVER_NOTICE_NOT_SET, or the project is not in scope',
  })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.notices.getSettings(user, id);
  }

  @Put()
  @Roles('project_lead')
  @ApiOperation({ summary: 'Set the handover place and what owners bring (交付地点, 携带材料); the project lead only' })
  @ApiOkResponse({ type: HandoverNoticeSettingsDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  put(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutHandoverNoticeDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.notices.putSettings(user, id, dto);
  }
}

/** 业主端 交付通知书 and 预约 of one of the owner's units; any other unit answers 404. */
@ApiTags('owner')
@Controller('owner/me/units/:unitId')
export class OwnerHandoverController {
  constructor(
    private readonly notices: HandoverNoticeService,
    private readonly bookings: OwnerBookingService,
  ) {}

  @Get('notice')
  @OwnerUnitRoute()
  @ApiOperation({ summary: '交付通知书: handover days, place, what to bring and the amounts of the unit' })
  @ApiOkResponse({ type: OwnerHandoverNoticeDto })
  notice(@Param('unitId') _unitId: string, @CurrentOwnerUnit() unit: OwnerUnitRow): Promise<OwnerHandoverNoticeDto> {
    return this.notices.ownerNotice(unit);
  }

  @Get('slots')
  @OwnerUnitRoute()
  @ApiOperation({ summary: "Open-day and handover slots of the unit's project not ended yet, with the seats left" })
  @ApiOkResponse({ type: OwnerSlotListDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  slots(
    @Param('unitId') _unitId: string,
    @Query() query: OwnerSlotsQueryDto,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<OwnerSlotListDto> {
    return this.bookings.slotsOf(unit, query.kind);
  }

  @Get('bookings')
  @OwnerUnitRoute()
  @ApiOperation({ summary: "The unit's active bookings" })
  @ApiOkResponse({ type: OwnerBookingListDto })
  list(@Param('unitId') _unitId: string, @CurrentOwnerUnit() unit: OwnerUnitRow): Promise<OwnerBookingListDto> {
    return this.bookings.bookingsOf(unit);
  }

  @Post('bookings')
  @OwnerUnitRoute()
  @ApiOperation({
    summary: 'Book a seat of a slot for the unit',
    description: 'At most one active booking per kind; never overbooked, even under concurrent requests.',
  })
  @ApiCreatedResponse({ type: AppointmentBookingDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      'SLOT_FULL, SLOT_ENDED, UNIT_ALREADY_BOOKED, APPOINTMENT_BOOKED_CONCURRENTLY, APPOINTMENT_UNIT_HANDED_OVER',
  })
  book(
    @Param('unitId') _unitId: string,
    @Body() dto: OwnerBookSlotDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<AppointmentBookingDto> {
    return this.bookings.book(session, unit, dto.slotId);
  }

  @Post('bookings/:bookingId/move')
  @HttpCode(200)
  @OwnerUnitRoute()
  @ApiOperation({
    summary:
      'Move a booking to another slot of the same kind (改约), atomically: the old seat is freed only if the new one is taken',
  })
  @ApiOkResponse({ type: AppointmentBookingDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'SLOT_FULL, SLOT_ENDED, BOOKING_ALREADY_CANCELLED, BOOKING_MOVE_SAME_SLOT, BOOKING_MOVE_OTHER_KIND',
  })
  move(
    @Param('unitId') _unitId: string,
    @Param('bookingId', ParseUUIDPipe) bookingId: string,
    @Body() dto: OwnerMoveBookingDto,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<AppointmentBookingDto> {
    return this.bookings.move(session, unit, bookingId, dto.slotId);
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  @OwnerUnitRoute()
  @ApiOperation({ summary: 'Cancel a booking of the unit and free its seat' })
  @ApiOkResponse({ type: AppointmentBookingDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'BOOKING_ALREADY_CANCELLED' })
  cancel(
    @Param('unitId') _unitId: string,
    @Param('bookingId', ParseUUIDPipe) bookingId: string,
    @CurrentOwner() session: OwnerSession,
    @CurrentOwnerUnit() unit: OwnerUnitRow,
  ): Promise<AppointmentBookingDto> {
    return this.bookings.cancel(session, unit, bookingId);
  }
}
