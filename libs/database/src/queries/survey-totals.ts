import type { Queryable } from './queryable';
import { analyzeSurvey, type SurveyAnalysis, type SurveyDimensionTotals } from '@handover/domain';

/**
 * Per-dimension integer totals of a project's survey, set-based (one GROUP BY), in display order; used by the survey
 * analysis endpoint and by the summary compilation (API and worker alike).
 */
export async function surveyTotals(db: Queryable, projectId: string): Promise<SurveyDimensionTotals[]> {
  const rows = (await db.query(
    `SELECT d.id AS "dimensionId", d.name, count(a.response_id)::int AS responses,
            coalesce(sum(a.importance), 0)::int AS "importanceSum",
            coalesce(sum(a.expectation), 0)::int AS "expectationSum",
            coalesce(sum(a.experience), 0)::int AS "experienceSum"
       FROM survey_dimensions d
       LEFT JOIN survey_answers a ON a.dimension_id = d.id AND a.project_id = d.project_id
      WHERE d.project_id = $1
      GROUP BY d.id, d.name, d.position
      ORDER BY d.position, d.name`,
    [projectId],
  )) as SurveyDimensionTotals[];
  return rows;
}

export async function surveyResponseCount(db: Queryable, projectId: string): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM survey_responses WHERE project_id = $1`, [
    projectId,
  ])) as { n: number }[];
  return row.n;
}

/** The analysis with the number of owners who answered; null when the project has no survey dimensions. */
export async function projectSurveyAnalysis(
  db: Queryable,
  projectId: string,
): Promise<(SurveyAnalysis & { responses: number }) | null> {
  const totals = await surveyTotals(db, projectId);
  if (totals.length === 0) return null;
  return { responses: await surveyResponseCount(db, projectId), ...analyzeSurvey(totals) };
}
