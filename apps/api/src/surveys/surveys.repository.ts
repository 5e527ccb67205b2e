import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SurveyAnswerDto, SurveyDimensionDto } from './dto/survey.dto';

@Injectable()
export class SurveysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises survey changes of one project (dimension set vs. responses) until the transaction ends. */
  async lockProjectSurvey(projectId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('survey'), hashtext($1))`, [projectId]);
  }

  dimensions(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<SurveyDimensionDto[]> {
    return manager.query(
      `SELECT id, name, position FROM survey_dimensions WHERE project_id = $1 ORDER BY position, name`,
      [projectId],
    );
  }

  /** Adds the names not present yet, after the existing ones; returns how many were added. */
  async addDimensions(projectId: string, names: string[], manager: EntityManager): Promise<number> {
    const inserted = (await manager.query(
      `INSERT INTO survey_dimensions (project_id, name, position)
       SELECT $1, given.name,
              coalesce((SELECT max(position) FROM survey_dimensions WHERE project_id = $1), 0) + (row_number() OVER (ORDER BY given.ordinality))::int
         FROM unnest($2::text[]) WITH ORDINALITY AS given(name, ordinality)
        WHERE NOT EXISTS (SELECT 1 FROM survey_dimensions d WHERE d.project_id = $1 AND d.name = given.name)
       ON CONFLICT (project_id, name) DO NOTHING RETURNING id`,
      [projectId, names],
    )) as unknown[];
    return inserted.length;
  }

  async responseCount(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM survey_responses WHERE project_id = $1`, [
      projectId,
    ])) as { n: number }[];
    return row.n;
  }

  async unitBelongsTo(projectId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    return (
      ((await manager.query(`SELECT 1 FROM units WHERE id = $1 AND project_id = $2`, [unitId, projectId])) as unknown[])
        .length > 0
    );
  }

  async hasResponse(projectId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    return (
      (
        (await manager.query(`SELECT 1 FROM survey_responses WHERE project_id = $1 AND unit_id = $2`, [
          projectId,
          unitId,
        ])) as unknown[]
      ).length > 0
    );
  }

  /** The unit's response with its answers, or null when the household has not answered. */
  async responseOf(
    projectId: string,
    unitId: string,
  ): Promise<{ id: string; createdAt: Date; byOwner: boolean; answers: SurveyAnswerDto[] } | null> {
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.created_at AS "createdAt", r.answered_by_owner AS "byOwner",
              coalesce(json_agg(json_build_object('dimensionId', a.dimension_id, 'importance', a.importance,
                'expectation', a.expectation, 'experience', a.experience)) FILTER (WHERE a.response_id IS NOT NULL),
                '[]') AS answers
         FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
        WHERE r.project_id = $1 AND r.unit_id = $2
        GROUP BY r.id`,
      [projectId, unitId],
    )) as { id: string; createdAt: Date; byOwner: boolean; answers: SurveyAnswerDto[] }[];
    return rows[0] ?? null;
  }

  /** The response and all its answers in one multi-row INSERT each. */
  async insertResponse(
    projectId: string,
    unitId: string,
    comment: string | null,
    recordedBy: string | null,
    answers: SurveyAnswerDto[],
    manager: EntityManager,
  ): Promise<{ id: string; createdAt: Date }> {
    const [response] = (await manager.query(
      `INSERT INTO survey_responses (project_id, unit_id, comment, recorded_by, answered_by_owner)
       VALUES ($1, $2, $3, $4, $4::uuid IS NULL) RETURNING id, created_at AS "createdAt"`,
      [projectId, unitId, comment, recordedBy],
    )) as { id: string; createdAt: Date }[];
    await manager.query(
      `INSERT INTO survey_answers (response_id, project_id, dimension_id, importance, expectation, experience)
       SELECT $1, $2, a.dimension_id, a.importance, a.expectation, a.experience
         FROM unnest($3::uuid[], $4::smallint[], $5::smallint[], $6::smallint[]) AS a(dimension_id, importance, expectation, experience)`,
      [
        response.id,
        projectId,
        answers.map((answer) => answer.dimensionId),
        answers.map((answer) => answer.importance),
        answers.map((answer) => answer.expectation),
        answers.map((answer) => answer.experience),
      ],
    );
    return response;
  }
}
