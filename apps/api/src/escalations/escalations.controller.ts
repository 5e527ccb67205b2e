import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Language } from '@handover/domain';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { RequestLanguage } from '../common/request-language';
import { EscalationPageDto, ListEscalationsQueryDto } from './dto/escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  /** Escalations to HQ, newest first, within the caller's project scope, worded in the caller's language. */
  @Get()
  @ApiOkResponse({ type: EscalationPageDto })
  list(
    @Query() query: ListEscalationsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestLanguage() language: Language,
  ): Promise<EscalationPageDto> {
    return this.escalations.list(user, query, language);
  }
}
