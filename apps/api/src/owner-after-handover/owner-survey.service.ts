import { Injectable } from '@nestjs/common';
import { SURVEY_SCORE_MAX, SURVEY_SCORE_MIN } from '@handover/domain';
import { ownerAuditActor } from '../audit/audit.service';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { SurveysRepository } from '../surveys/surveys.repository';
import { SurveysService } from '../surveys/surveys.service';
import type { OwnerSurveyAnswerBodyDto, OwnerSurveyDto, OwnerSurveyResponseDto } from './dto/owner-survey.dto';

/**
 * 满意度调查 in the owner app: the project's dimensions and the household's one response, recorded through the same
 * path as a desk-entered one (SurveysService.recordResponse), so it counts in the gap analysis alike.
 */
@Injectable()
export class OwnerSurveyService {
  constructor(
    private readonly surveys: SurveysService,
    private readonly repository: SurveysRepository,
  ) {}

  async get(unit: OwnerUnitRow): Promise<OwnerSurveyDto> {
    const [dimensions, response] = await Promise.all([
      this.repository.dimensions(unit.projectId),
      this.repository.responseOf(unit.projectId, unit.id),
    ]);
    return {
      scale: { min: SURVEY_SCORE_MIN, max: SURVEY_SCORE_MAX },
      dimensions,
      response: response
        ? {
            id: response.id,
            byOwner: response.byOwner,
            answers: response.answers,
            createdAt: new Date(response.createdAt).toISOString(),
          }
        : null,
    };
  }

  async answer(
    session: OwnerSession,
    unit: OwnerUnitRow,
    body: OwnerSurveyAnswerBodyDto,
  ): Promise<OwnerSurveyResponseDto> {
    const created = await this.surveys.recordResponse(unit.projectId, unit.id, body, {
      recordedBy: null,
      actor: ownerAuditActor(session),
    });
    return { id: created.id, byOwner: true, answers: created.answers, createdAt: created.createdAt };
  }
}
