import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { HandoverSummaryDto, SummaryNarrativeDto } from './dto/summary.dto';
import { SummariesService } from './summaries.service';

@ApiTags('summary')
@ApiBearerAuth()
@Controller('projects/:id/summary')
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get()
  @ApiOperation({ summary: 'The handover summary (交付总结): computed sections, narrative, status' })
  @ApiOkResponse({ type: HandoverSummaryDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<HandoverSummaryDto> {
    return this.summaries.get(user, id);
  }

  @Post('compile')
  @HttpCode(200)
  @Roles('project_lead', 'hq')
  @ApiOperation({ summary: 'Compile (or recompile) the computed sections from the records; the narrative is kept' })
  @ApiOkResponse({ type: HandoverSummaryDto })
  @ApiConflictResponse({ description: 'the summary is submitted or accepted; its figures are frozen' })
  compile(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<HandoverSummaryDto> {
    return this.summaries.compile(user, id);
  }

  @Put('narrative')
  @Roles('project_lead')
  @ApiOperation({ summary: 'Replace the narrative: lessons learned, focus points, recommendations' })
  @ApiOkResponse({ type: HandoverSummaryDto })
  @ApiConflictResponse({ description: 'submitted and under HQ review, or accepted' })
  updateNarrative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SummaryNarrativeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HandoverSummaryDto> {
    return this.summaries.updateNarrative(user, id, body);
  }

  @Post('submit')
  @HttpCode(200)
  @Roles('project_lead')
  @ApiOperation({ summary: 'Submit the summary to HQ; HQ accepts it by approving the summaryAccepted milestone' })
  @ApiOkResponse({ type: HandoverSummaryDto })
  @ApiConflictResponse({ description: 'not a draft, or a narrative section is empty' })
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<HandoverSummaryDto> {
    return this.summaries.submit(user, id);
  }
}
