import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  CreateRiskItemDto,
  DecideRiskItemDto,
  ListRisksQueryDto,
  RiskItemDto,
  RiskItemPageDto,
  RiskRegisterDto,
} from './dto/risk.dto';
import { RisksService } from './risks.service';

@ApiTags('risks')
@ApiBearerAuth()
@Controller('projects/:id')
export class RisksController {
  constructor(private readonly risks: RisksService) {}

  /** Creates the self-check areas A–H of the project; repeating it changes nothing. */
  @Post('risk-register/init')
  @HttpCode(200)
  @Roles('project_lead')
  @ApiOkResponse({ type: RiskRegisterDto })
  init(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.risks.initRegister(user, id);
  }

  /** The areas A–H with their item counts and how many are undecided. */
  @Get('risk-register')
  @ApiOkResponse({ type: RiskRegisterDto })
  register(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.risks.register(user, id);
  }

  @Post('risks')
  @Roles('project_lead', 'department_head')
  @ApiCreatedResponse({ type: RiskItemDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateRiskItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.risks.create(user, id, dto);
  }

  /** The responsible department decides: rectify (plan, owner, deadline) or cannot rectify (统一说辞 + 补偿方案). */
  @Post('risks/:riskId/decision')
  @HttpCode(200)
  @Roles('department_head')
  @ApiOkResponse({ type: RiskItemDto })
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('riskId', ParseUUIDPipe) riskId: string,
    @Body() dto: DecideRiskItemDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.risks.decide(user, id, riskId, dto);
  }

  @Get('risks')
  @ApiOkResponse({ type: RiskItemPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListRisksQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.risks.list(user, id, query);
  }
}
