import type { components } from '../../../api/schema';

type Analysis = components['schemas']['SurveyAnalysisDto'];

export interface GapBar {
  dimensionId: string;
  name: string;
  gap: number;
  weightedGap: number;
  key: boolean;
}

/** One bar pair per dimension that has answers, in the API's order; the key experience (关键体验) flagged. */
export function surveyChartData(analysis: Analysis): GapBar[] {
  return analysis.dimensions
    .filter((dimension) => dimension.gap !== null && dimension.weightedGap !== null)
    .map((dimension) => ({
      dimensionId: dimension.dimensionId,
      name: dimension.name,
      gap: Number(dimension.gap),
      weightedGap: Number(dimension.weightedGap),
      key: dimension.dimensionId === analysis.keyExperience?.dimensionId,
    }));
}
