import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { analyzeSurvey } from '@handover/domain';
import { AuditService, type OwnerAuditActor } from '../audit/audit.service';
import { callerParams } from '../auth/access-refusal';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  SurveyAnalysisDto,
  type AddSurveyDimensionsDto,
  type CreateSurveyResponseDto,
  type SurveyDimensionListDto,
  type SurveyResponseDto,
} from './dto/survey.dto';
import { surveyTotals } from '@handover/database';
import { SurveysRepository } from './surveys.repository';

/** A survey asks about this many dimensions (调查维度) at most. */
const MAX_DIMENSIONS = 20;

/** 满意度调查 of a project: dimensions, one response per unit (户), and the experience-gap analysis (seed 003). */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The project lead, the customer service head (客服) assigned to the project, and HQ run the survey. */
  private async requireSurveyor(
    user: AuthenticatedUser,
    projectId: string,
    action: 'create' | 'update',
  ): Promise<void> {
    await this.access.requireAllowed(user, projectId, 'survey', action, () => ({
      code: 'SURVEY_FORBIDDEN',
      params: callerParams(user),
    }));
  }

  async listDimensions(user: AuthenticatedUser, projectId: string): Promise<SurveyDimensionListDto> {
    await this.access.requireVisible(user, projectId);
    return { items: await this.surveys.dimensions(projectId), responses: await this.surveys.responseCount(projectId) };
  }

  async addDimensions(
    user: AuthenticatedUser,
    projectId: string,
    body: AddSurveyDimensionsDto,
  ): Promise<SurveyDimensionListDto> {
    await this.requireSurveyor(user, projectId, 'update');
    const names = [...new Set(body.names.map((name) => name.trim()))];
    if (names.some((name) => name.length === 0))
      throw new ApiError(HttpStatus.BAD_REQUEST, 'SURVEY_DIMENSION_NAME_BLANK');
    return this.dataSource.transaction(async (manager) => {
      await this.surveys.lockProjectSurvey(projectId, manager);
      const responses = await this.surveys.responseCount(projectId, manager);
      if (responses > 0) {
        throw new ApiError(HttpStatus.CONFLICT, 'SURVEY_DIMENSIONS_FIXED', { responses });
      }
      const added = await this.surveys.addDimensions(projectId, names, manager);
      const items = await this.surveys.dimensions(projectId, manager);
      if (items.length > MAX_DIMENSIONS)
        throw new ApiError(HttpStatus.BAD_REQUEST, 'SURVEY_TOO_MANY_DIMENSIONS', { max: MAX_DIMENSIONS });
      await this.audit.record(
        {
          actor: user,
          action: 'survey.dimensions.add',
          entityType: 'survey',
          entityId: projectId,
          projectId,
          after: { added, names: items.map((item) => item.name) },
        },
        manager,
      );
      return { items, responses };
    });
  }

  async createResponse(
    user: AuthenticatedUser,
    projectId: string,
    body: CreateSurveyResponseDto,
  ): Promise<SurveyResponseDto> {
    await this.requireSurveyor(user, projectId, 'create');
    return this.recordResponse(projectId, body.unitId, body, { recordedBy: user.id, actor: user });
  }

  /**
   * One household's response, desk-entered (recordedBy the staff user) or answered by the owner in the phone app
   * (recordedBy null, the owner's audit actor): the same checks, the same rows, counted alike in the analysis. Survey
   * writes of a project are serialised, so of concurrent responses for one unit exactly one is recorded.
   */
  async recordResponse(
    projectId: string,
    unitId: string,
    body: Pick<CreateSurveyResponseDto, 'answers' | 'comment'>,
    by: { recordedBy: string | null; actor: AuthenticatedUser | OwnerAuditActor },
  ): Promise<SurveyResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.surveys.lockProjectSurvey(projectId, manager);
      if (!(await this.surveys.unitBelongsTo(projectId, unitId, manager))) {
        throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_NOT_IN_PROJECT', { unitId });
      }
      const dimensions = await this.surveys.dimensions(projectId, manager);
      if (dimensions.length === 0) throw new ApiError(HttpStatus.CONFLICT, 'SURVEY_NO_DIMENSIONS');
      const known = new Set(dimensions.map((dimension) => dimension.id));
      const given = body.answers.map((answer) => answer.dimensionId);
      const duplicates = [...new Set(given.filter((id, index) => given.indexOf(id) !== index))];
      const unknown = given.filter((id) => !known.has(id));
      const missing = dimensions.filter((dimension) => !given.includes(dimension.id));
      if (duplicates.length + unknown.length + missing.length > 0) {
        throw new ApiError(HttpStatus.BAD_REQUEST, 'SURVEY_ANSWERS_INVALID', {
          ...(duplicates.length > 0 ? { duplicates: duplicates.join(', ') } : {}),
          ...(unknown.length > 0 ? { unknown: unknown.join(', ') } : {}),
          ...(missing.length > 0 ? { missing: missing.map((dimension) => dimension.name).join(', ') } : {}),
        });
      }
      if (await this.surveys.hasResponse(projectId, unitId, manager)) {
        throw new ApiError(HttpStatus.CONFLICT, 'SURVEY_ALREADY_ANSWERED', { unitId: unitId });
      }
      const created = await this.surveys.insertResponse(
        projectId,
        unitId,
        body.comment?.trim() || null,
        by.recordedBy,
        body.answers,
        manager,
      );
      // Scores only: the free-text comment may carry an owner's personal data and stays out of the audit log.
      await this.audit.record(
        {
          actor: by.actor,
          action: 'survey.response.create',
          entityType: 'survey_response',
          entityId: created.id,
          projectId,
          after: {
            unitId: unitId,
            answers: body.answers.map(({ dimensionId, importance, expectation, experience }) => ({
              dimensionId,
              importance,
              expectation,
              experience,
            })),
          },
        },
        manager,
      );
      return {
        id: created.id,
        projectId,
        unitId: unitId,
        answers: body.answers.map(({ dimensionId, importance, expectation, experience }) => ({
          dimensionId,
          importance,
          expectation,
          experience,
        })),
        createdAt: new Date(created.createdAt).toISOString(),
      };
    });
  }

  async analysis(user: AuthenticatedUser, projectId: string): Promise<SurveyAnalysisDto> {
    await this.access.requireVisible(user, projectId);
    const totals = await surveyTotals(this.dataSource, projectId);
    return SurveyAnalysisDto.from(analyzeSurvey(totals), await this.surveys.responseCount(projectId));
  }
}
