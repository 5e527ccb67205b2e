import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  EntrustKeyDto,
  LendKeyDto,
  ListKeysQueryDto,
  RegisterKeysDto,
  ReturnEntrustedKeyDto,
  ReturnKeyDto,
  TransferKeysDto,
} from './dto/key-commands.dto';
import {
  KeyDetailDto,
  KeyDto,
  KeyMovementResultDto,
  KeyPageDto,
  KeyTransferResultDto,
  OverdueLoansDto,
} from './dto/key-response.dto';
import { KeysService } from './keys.service';

/** The key ledger (钥匙台账). Writes: the project lead or the property department head; reads: anyone in scope. */
@ApiTags('keys')
@ApiBearerAuth()
@Controller('projects/:id/keys')
export class KeysController {
  constructor(private readonly keys: KeysService) {}

  /** Registers labelled keys of a unit (or of public rooms), held by the contractor unless stated. */
  @Post()
  @ApiCreatedResponse({ type: [KeyDto] })
  register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RegisterKeysDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.register(user, id, dto);
  }

  @Get()
  @ApiOkResponse({ type: KeyPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListKeysQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.list(user, id, query);
  }

  /** Loans not returned by the end of their local day (当天归还). */
  @Get('overdue-loans')
  @ApiOkResponse({ type: OverdueLoansDto })
  overdueLoans(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.keys.overdueLoans(user, id);
  }

  /** 钥匙移交: contractor → property company, in bulk at the property transfer; all or nothing. */
  @Post('transfer')
  @HttpCode(200)
  @ApiOkResponse({ type: KeyTransferResultDto })
  transfer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransferKeysDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.transferToProperty(user, id, dto);
  }

  @Get(':keyId')
  @ApiOkResponse({ type: KeyDetailDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('keyId', ParseUUIDPipe) keyId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.get(user, id, keyId);
  }

  /** Lends a key held by the property company; due back by the end of the local day. */
  @Post(':keyId/loans')
  @ApiCreatedResponse({ type: KeyMovementResultDto })
  lend(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('keyId', ParseUUIDPipe) keyId: string,
    @Body() dto: LendKeyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.lend(user, id, keyId, dto);
  }

  /** Closes the key's open loan. */
  @Post(':keyId/return')
  @HttpCode(200)
  @ApiOkResponse({ type: KeyMovementResultDto })
  returnLoan(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('keyId', ParseUUIDPipe) keyId: string,
    @Body() dto: ReturnKeyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.returnLoan(user, id, keyId, dto);
  }

  /** 钥匙委托书: the owner leaves the key with the property company for repairs. */
  @Post(':keyId/entrustments')
  @ApiCreatedResponse({ type: KeyMovementResultDto })
  entrust(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('keyId', ParseUUIDPipe) keyId: string,
    @Body() dto: EntrustKeyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.entrust(user, id, keyId, dto);
  }

  /** Gives the entrusted key back to the owner against its letter. */
  @Post(':keyId/entrustment-return')
  @HttpCode(200)
  @ApiOkResponse({ type: KeyMovementResultDto })
  returnEntrusted(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('keyId', ParseUUIDPipe) keyId: string,
    @Body() dto: ReturnEntrustedKeyDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.keys.returnEntrusted(user, id, keyId, dto);
  }
}
