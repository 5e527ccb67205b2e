import { describe, expect, it } from 'vitest';
import { surveyChartData } from './survey-chart-data';

const dimension = (dimensionId: string, name: string, gap: string | null, weightedGap: string | null) => ({
  dimensionId,
  name,
  responses: gap === null ? 0 : 2,
  meanImportance: null,
  meanExpectation: null,
  meanExperience: null,
  gap,
  weightedGap,
  exact: null,
  rank: null,
});

describe('surveyChartData', () => {
  it('gives a gap and a weighted gap per answered dimension and flags the key experience', () => {
    const bars = surveyChartData({
      scale: { min: 1, max: 10 },
      responses: 2,
      dimensions: [
        dimension('d1', '交付流程', '-2.00', '-17.00'),
        dimension('d2', '房屋质量', '0.50', '4.25'),
        dimension('d3', '物业服务', null, null),
      ],
      keyExperience: {
        dimensionId: 'd1',
        name: '交付流程',
        weightedGap: '-17.00',
        gap: '-2.00',
        meanImportance: '8.50',
      },
    });
    expect(bars).toEqual([
      { dimensionId: 'd1', name: '交付流程', gap: -2, weightedGap: -17, key: true },
      { dimensionId: 'd2', name: '房屋质量', gap: 0.5, weightedGap: 4.25, key: false },
    ]);
  });

  it('flags nothing when no dimension falls short', () => {
    const bars = surveyChartData({
      scale: { min: 1, max: 10 },
      responses: 1,
      dimensions: [dimension('d1', '交付流程', '1.00', '8.00')],
      keyExperience: null,
    });
    expect(bars.map((bar) => bar.key)).toEqual([false]);
  });
});
