import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ComplaintsService } from './complaints.service';
import {
  AcceptComplaintDto,
  ComplaintDto,
  ComplaintPageDto,
  CreateComplaintDto,
  DetermineResponsibilityDto,
  FollowUpComplaintDto,
  InvestigateComplaintDto,
  ListComplaintsQueryDto,
  ReplyComplaintDto,
} from './dto/complaint.dto';

const WRITERS = ['project_lead', 'department_head'] as const;

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('projects/:id/complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  /** Records an objection or complaint; a major or group complaint escalates to HQ at once. */
  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: ComplaintDto })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.create(user, id, body);
  }

  @Get()
  @ApiOkResponse({ type: ComplaintPageDto })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListComplaintsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.list(user, id, query);
  }

  @Get(':complaintId')
  @ApiOkResponse({ type: ComplaintDto })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.get(user, id, complaintId);
  }

  /** Accepts it with a committed reply time; the reply deadline is tracked durably. */
  @Post(':complaintId/accept')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: AcceptComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.accept(user, id, complaintId, body);
  }

  /** Moves the committed reply time. */
  @Post(':complaintId/reply-deadline')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  changeReplyDeadline(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: AcceptComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.changeReplyDeadline(user, id, complaintId, body);
  }

  /** Records the facts found. */
  @Post(':complaintId/investigate')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  investigate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: InvestigateComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.investigate(user, id, complaintId, body);
  }

  /** Records who is responsible. */
  @Post(':complaintId/determine-responsibility')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  determineResponsibility(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: DetermineResponsibilityDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.determineResponsibility(user, id, complaintId, body);
  }

  /** The reply given to the owner; closes the reply deadline. */
  @Post(':complaintId/reply')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  reply(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: ReplyComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.reply(user, id, complaintId, body);
  }

  /** Names the follow-up owner (跟进人). */
  @Post(':complaintId/follow-up')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ComplaintDto })
  followUp(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('complaintId', ParseUUIDPipe) complaintId: string,
    @Body() body: FollowUpComplaintDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.complaints.followUp(user, id, complaintId, body);
  }
}
