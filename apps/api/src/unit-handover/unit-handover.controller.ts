import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { FeeSettingsDto, PutFeeSettingsDto } from './dto/fee-settings.dto';
import {
  HandOverDocumentsDto,
  InspectDto,
  RaiseObjectionDto,
  RecordGiftDto,
  RefuseHandoverDto,
  ResolveObjectionDto,
  StepNoteDto,
} from './dto/handover-commands.dto';
import { UnitDuesDto, UnitHandoverDetailDto, UnitHandoverStepResultDto } from './dto/handover-response.dto';
import { FeeSettingsService } from './fee-settings.service';
import { UnitHandoverService } from './unit-handover.service';

/** 物业费等: the fees collected at handover. Read: anyone in scope; write: the project lead or HQ. */
@ApiTags('unit handover')
@ApiBearerAuth()
@Controller('projects/:id/fee-settings')
export class FeeSettingsController {
  constructor(private readonly settings: FeeSettingsService) {}

  @Get()
  @ApiOkResponse({ type: FeeSettingsDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.settings.get(user, id);
  }

  @Put()
  @Roles('project_lead', 'hq')
  @ApiOkResponse({ type: FeeSettingsDto })
  put(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PutFeeSettingsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.settings.put(user, id, dto);
  }
}

const STEP_RESPONSES = [
  ApiOkResponse({ type: UnitHandoverStepResultDto }),
  ApiConflictResponse({ description: 'out of order (the message names the missing step), repeated, or closed' }),
];

function StepRoute(path: string): MethodDecorator {
  return (target, key, descriptor) => {
    for (const decorator of [Post(path), HttpCode(200), ...STEP_RESPONSES]) decorator(target, key, descriptor);
  };
}

/**
 * The per-unit handover on the handover day, one endpoint per step, in the order the guideline requires.
 * A step out of order or repeated is refused with 409. Money and keys steps: the lead or the finance / property head.
 */
@ApiTags('unit handover')
@ApiBearerAuth()
@Controller('projects/:id/units/:unitId/handover')
export class UnitHandoverController {
  constructor(private readonly handover: UnitHandoverService) {}

  @Get()
  @ApiOkResponse({ type: UnitHandoverDetailDto })
  detail(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.detail(user, id, unitId);
  }

  /** 面积补差 and fees as they stand, against what was paid: what the handover desk collects or refunds. */
  @Get('dues')
  @ApiOkResponse({ type: UnitDuesDto })
  dues(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.dues(user, id, unitId);
  }

  /** 签到 */
  @StepRoute('check-in')
  checkIn(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: StepNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.checkIn(user, id, unitId, dto);
  }

  /** 面积补差结清 (finance) */
  @StepRoute('settle-area')
  settleArea(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: StepNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.settleArea(user, id, unitId, dto);
  }

  /** 缴费 (finance) */
  @StepRoute('pay-fees')
  payFees(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: StepNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.payFees(user, id, unitId, dto);
  }

  /** 验房 */
  @StepRoute('inspect')
  inspect(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: InspectDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.inspect(user, id, unitId, dto);
  }

  /** 钥匙交接 (property) */
  @StepRoute('hand-over-keys')
  handOverKeys(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: StepNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.handOverKeys(user, id, unitId, dto);
  }

  /** 资料移交 */
  @StepRoute('hand-over-documents')
  handOverDocuments(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: HandOverDocumentsDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.handOverDocuments(user, id, unitId, dto);
  }

  /** 礼品登记 */
  @StepRoute('record-gift')
  recordGift(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: RecordGiftDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.recordGift(user, id, unitId, dto);
  }

  /** 交付完成 */
  @StepRoute('complete')
  complete(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: StepNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.complete(user, id, unitId, dto);
  }

  /** 拒收 */
  @StepRoute('refuse')
  refuse(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: RefuseHandoverDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.refuse(user, id, unitId, dto);
  }

  /** 交付异议 */
  @StepRoute('object')
  object(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: RaiseObjectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.object(user, id, unitId, dto);
  }

  @StepRoute('resolve-objection')
  resolveObjection(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: ResolveObjectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.handover.resolveObjection(user, id, unitId, dto);
  }
}
