import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SIGN_IN_CODE_TTL_SECONDS } from '@handover/domain';
import { ErrorResponseDto } from '../common/error-response.dto';
import {
  OwnerSessionDto,
  OwnerSignInDto,
  OwnerUnitDto,
  OwnerUnitListDto,
  RequestSignInCodeDto,
  SignInCodeRequestedDto,
} from './dto/owner-auth.dto';
import { OwnerAuthRepository, type OwnerSession, type OwnerUnitRow } from './owner-auth.repository';
import { OwnerAuthService } from './owner-auth.service';
import { CurrentOwner, OwnerRoute, OwnerSignInRoute } from './owner-session.guard';
import { CurrentOwnerUnit, OwnerUnitRoute } from './owner-unit.guard';

/**
 * 业主端: owners sign in with their phone number and a one-time code and see their own units. Owner sessions are
 * accepted here only; every record outside the owner's own answers 404.
 */
@ApiTags('owner')
@Controller('owner')
export class OwnerAuthController {
  constructor(
    private readonly service: OwnerAuthService,
    private readonly repository: OwnerAuthRepository,
  ) {}

  /** 获取验证码: 202 with the same body whether or not the number is in a unit list; a code goes only to one that is. */
  @Post('sign-in/code')
  @OwnerSignInRoute()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: SignInCodeRequestedDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'OWNER_SIGN_IN_TOO_MANY' })
  async requestCode(@Body() dto: RequestSignInCodeDto, @Ip() ip: string): Promise<SignInCodeRequestedDto> {
    await this.service.requestCode({ phone: dto.phone, ip });
    return { status: 'accepted', expiresInSeconds: SIGN_IN_CODE_TTL_SECONDS };
  }

  /** 验证码登录: an owner session token; a wrong, expired, used or dead code is one and the same 401. */
  @Post('sign-in')
  @OwnerSignInRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: OwnerSessionDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'OWNER_SIGN_IN_REFUSED' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'OWNER_SIGN_IN_TOO_MANY' })
  signIn(@Body() dto: OwnerSignInDto, @Ip() ip: string): Promise<OwnerSessionDto> {
    return this.service.signIn({ phone: dto.phone, ip }, dto.code);
  }

  @Post('sign-out')
  @OwnerRoute()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'OWNER_SESSION_REQUIRED' })
  async signOut(@CurrentOwner() session: OwnerSession): Promise<void> {
    await this.service.signOut(session);
  }

  /** 我的房屋: the units whose owner phone is the signed-in number, in every project. */
  @Get('me/units')
  @OwnerRoute()
  @ApiOkResponse({ type: OwnerUnitListDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'OWNER_SESSION_REQUIRED' })
  async units(@CurrentOwner() session: OwnerSession): Promise<OwnerUnitListDto> {
    return { items: (await this.repository.unitsOf(session.phone)).map(OwnerUnitDto.from) };
  }

  /** One of the owner's units; any other unit answers 404, as if it did not exist. */
  @Get('me/units/:unitId')
  @OwnerUnitRoute()
  @ApiOkResponse({ type: OwnerUnitDto })
  unit(@CurrentOwnerUnit() unit: OwnerUnitRow, @Param('unitId') _unitId: string): OwnerUnitDto {
    return OwnerUnitDto.from(unit);
  }
}
