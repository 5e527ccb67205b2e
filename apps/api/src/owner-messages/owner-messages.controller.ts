import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ErrorResponseDto } from '../common/error-response.dto';
import type { OwnerSession } from '../owner-auth/owner-auth.repository';
import { CurrentOwner, OwnerRoute } from '../owner-auth/owner-session.guard';
import {
  HandoverNoticeSmsResultDto,
  OwnerMessagePreferencesDto,
  PutOwnerMessagePreferencesDto,
} from './dto/owner-messages.dto';
import { OwnerMessagesService } from './owner-messages.service';

/** 消息设置 of the signed-in number: which text messages it gets (per number, so for all of its units). */
@ApiTags('owner')
@Controller('owner/me/message-preferences')
export class OwnerMessagePreferencesController {
  constructor(private readonly messages: OwnerMessagesService) {}

  @Get()
  @OwnerRoute()
  @ApiOperation({ summary: '消息设置: the text messages the signed-in number gets (the sign-in code always)' })
  @ApiOkResponse({ type: OwnerMessagePreferencesDto })
  get(@CurrentOwner() session: OwnerSession): Promise<OwnerMessagePreferencesDto> {
    return this.messages.preferences(session);
  }

  @Put()
  @OwnerRoute()
  @ApiOperation({ summary: '消息设置: turn kinds of text messages on or off; a field left out keeps its setting' })
  @ApiOkResponse({ type: OwnerMessagePreferencesDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  put(
    @CurrentOwner() session: OwnerSession,
    @Body() dto: PutOwnerMessagePreferencesDto,
  ): Promise<OwnerMessagePreferencesDto> {
    return this.messages.putPreferences(session, dto);
  }
}

/** 短信发送交付通知: the project lead sends the handover notice by SMS to every household with a mobile number. */
@ApiTags('owner handover')
@ApiBearerAuth()
@Controller('projects/:id/handover-notice/sms')
export class HandoverNoticeSmsController {
  constructor(private readonly messages: OwnerMessagesService) {}

  @Post()
  @HttpCode(200)
  @Roles('project_lead')
  @ApiOperation({
    summary:
      '短信发送交付通知: queue the notice for every household with a mobile number (once per household and notice content); the project lead only',
  })
  @ApiOkResponse({ type: HandoverNoticeSmsResultDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'HANDOVER_NOTICE_NOT_SET, or the project is not in scope',
  })
  send(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HandoverNoticeSmsResultDto> {
    return this.messages.sendHandoverNotice(user, id);
  }
}
