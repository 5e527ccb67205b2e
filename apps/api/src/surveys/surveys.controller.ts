import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  AddSurveyDimensionsDto,
  CreateSurveyResponseDto,
  SurveyAnalysisDto,
  SurveyDimensionListDto,
  SurveyResponseDto,
} from './dto/survey.dto';
import { SurveysService } from './surveys.service';

const SURVEYORS = ['project_lead', 'department_head', 'hq'] as const;

@ApiTags('survey')
@ApiBearerAuth()
@Controller('projects/:id/survey')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get('dimensions')
  @ApiOkResponse({ type: SurveyDimensionListDto })
  listDimensions(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SurveyDimensionListDto> {
    return this.surveys.listDimensions(user, id);
  }

  @Post('dimensions')
  @Roles(...SURVEYORS)
  @ApiOperation({ summary: 'Add survey dimensions (e.g. 交付流程, 房屋质量); fixed once the first response is in' })
  @ApiCreatedResponse({ type: SurveyDimensionListDto })
  @ApiConflictResponse({ description: 'responses already recorded' })
  addDimensions(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddSurveyDimensionsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SurveyDimensionListDto> {
    return this.surveys.addDimensions(user, id, body);
  }

  @Post('responses')
  @Roles(...SURVEYORS)
  @ApiOperation({
    summary: "Record one owner's answers (importance, expectation, experience, 1–10) for every dimension; one per unit",
  })
  @ApiCreatedResponse({ type: SurveyResponseDto })
  @ApiConflictResponse({ description: 'the unit has already answered' })
  createResponse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateSurveyResponseDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SurveyResponseDto> {
    return this.surveys.createResponse(user, id, body);
  }

  @Get('analysis')
  @ApiOperation({
    summary:
      'Experience-gap analysis: gap = experience − expectation, weighted by importance; the key experience to fix',
  })
  @ApiOkResponse({ type: SurveyAnalysisDto })
  analysis(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<SurveyAnalysisDto> {
    return this.surveys.analysis(user, id);
  }
}
