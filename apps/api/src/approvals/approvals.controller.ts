import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PageQueryDto } from '../common/page.dto';
import { ApprovalsService } from './approvals.service';
import { InboxPageDto } from './dto/inbox.dto';

@ApiTags('approvals')
@ApiBearerAuth()
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  /** Gates waiting for my signature across the projects I can see, earliest due first. */
  @Get('inbox')
  @ApiOkResponse({ type: InboxPageDto })
  inbox(@Query() query: PageQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.approvals.inbox(user, query);
  }
}
