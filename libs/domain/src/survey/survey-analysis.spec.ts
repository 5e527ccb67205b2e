import { rational, toDecimalString } from './rational';
import { analyzeSurvey, totalsOf, type SurveyAnswer } from './survey-analysis';

/**
 * Worked example, computed by hand. Four owners, four dimensions, scores 1–10 as (importance, expectation, experience):
 *
 *   交付流程  imp 8 9 7 8  = 32 → 8.00   exp 8 8 7 9 = 32 → 8.00   exper 7 8 6 7 = 28 → 7.00
 *             gap = (28 − 32) / 4 = −1            weighted = 8 × −1       = −8
 *   房屋质量  imp 10 9 10 9 = 38 → 9.50  exp 9 9 8 9 = 35 → 8.75   exper 7 6 7 7 = 27 → 6.75
 *             gap = (27 − 35) / 4 = −2            weighted = 9.5 × −2     = −19   ← key experience to fix
 *   服务态度  imp 6 7 6 7  = 26 → 6.50   exp 7 7 7 8 = 29 → 7.25   exper 9 8 8 9 = 34 → 8.50
 *             gap = (34 − 29) / 4 = 5/4 = 1.25    weighted = 6.5 × 1.25   = 8.125 → "8.13" (half away from zero)
 *   维修响应  imp 9 8 8 9  = 34 → 8.50   exp 8 8 8 8 = 32 → 8.00   exper 6 7 5 6 = 24 → 6.00
 *             gap = (24 − 32) / 4 = −2            weighted = 8.5 × −2     = −17
 *
 * Ranking by weighted gap: 房屋质量 (−19), 维修响应 (−17), 交付流程 (−8), 服务态度 (+8.13).
 */
const dimensions = [
  { id: 'process', name: '交付流程' },
  { id: 'quality', name: '房屋质量' },
  { id: 'service', name: '服务态度' },
  { id: 'repair', name: '维修响应' },
];
const scores: Record<string, [number[], number[], number[]]> = {
  process: [
    [8, 9, 7, 8],
    [8, 8, 7, 9],
    [7, 8, 6, 7],
  ],
  quality: [
    [10, 9, 10, 9],
    [9, 9, 8, 9],
    [7, 6, 7, 7],
  ],
  service: [
    [6, 7, 6, 7],
    [7, 7, 7, 8],
    [9, 8, 8, 9],
  ],
  repair: [
    [9, 8, 8, 9],
    [8, 8, 8, 8],
    [6, 7, 5, 6],
  ],
};
const answers: SurveyAnswer[] = Object.entries(scores).flatMap(([dimensionId, [importance, expectation, experience]]) =>
  [0, 1, 2, 3].map((owner) => ({
    dimensionId,
    importance: importance[owner],
    expectation: expectation[owner],
    experience: experience[owner],
  })),
);

describe('survey analysis (满意度 = 体验 − 期望, weighted by importance)', () => {
  const analysis = analyzeSurvey(totalsOf(dimensions, answers));

  it('computes the means, gaps and weighted gaps of the worked example', () => {
    expect(analysis.dimensions).toEqual([
      {
        dimensionId: 'process',
        name: '交付流程',
        responses: 4,
        meanImportance: '8.00',
        meanExpectation: '8.00',
        meanExperience: '7.00',
        gap: '-1.00',
        weightedGap: '-8.00',
        exact: { gap: '-1', weightedGap: '-8' },
        rank: 3,
      },
      {
        dimensionId: 'quality',
        name: '房屋质量',
        responses: 4,
        meanImportance: '9.50',
        meanExpectation: '8.75',
        meanExperience: '6.75',
        gap: '-2.00',
        weightedGap: '-19.00',
        exact: { gap: '-2', weightedGap: '-19' },
        rank: 1,
      },
      {
        dimensionId: 'service',
        name: '服务态度',
        responses: 4,
        meanImportance: '6.50',
        meanExpectation: '7.25',
        meanExperience: '8.50',
        gap: '1.25',
        weightedGap: '8.13',
        exact: { gap: '5/4', weightedGap: '65/8' },
        rank: 4,
      },
      {
        dimensionId: 'repair',
        name: '维修响应',
        responses: 4,
        meanImportance: '8.50',
        meanExpectation: '8.00',
        meanExperience: '6.00',
        gap: '-2.00',
        weightedGap: '-17.00',
        exact: { gap: '-2', weightedGap: '-17' },
        rank: 2,
      },
    ]);
  });

  it('names the dimension with the most negative weighted gap as the key experience to fix', () => {
    expect(analysis.keyExperience).toEqual({
      dimensionId: 'quality',
      name: '房屋质量',
      weightedGap: '-19.00',
      gap: '-2.00',
      meanImportance: '9.50',
    });
  });

  it('reproduces the seed: convenience, importance 9 × gap −2 = −18', () => {
    const seed = analyzeSurvey([
      {
        dimensionId: 'convenience',
        name: '便利性',
        responses: 1,
        importanceSum: 9,
        expectationSum: 7,
        experienceSum: 5,
      },
      { dimensionId: 'product', name: '产品', responses: 1, importanceSum: 6, expectationSum: 7, experienceSum: 6 },
      { dimensionId: 'price', name: '价格', responses: 1, importanceSum: 8, expectationSum: 7, experienceSum: 7 },
    ]);
    expect(seed.keyExperience).toMatchObject({ name: '便利性', gap: '-2.00', weightedGap: '-18.00' });
  });

  it('rounds half away from zero, also below zero, without floating-point surprises', () => {
    // importance 26/4 = 6.5, gap (29 − 34)/4 = −1.25, weighted −8.125 → "-8.13" (binary floating point gives -8.12 for some inputs)
    const [dimension] = analyzeSurvey([
      { dimensionId: 'd', name: 'd', responses: 4, importanceSum: 26, expectationSum: 34, experienceSum: 29 },
    ]).dimensions;
    expect(dimension).toMatchObject({
      gap: '-1.25',
      weightedGap: '-8.13',
      exact: { gap: '-5/4', weightedGap: '-65/8' },
    });
    expect(toDecimalString(rational(1, 3))).toBe('0.33');
    expect(toDecimalString(rational(2, 3))).toBe('0.67');
    expect(toDecimalString(rational(-1, 200))).toBe('-0.01');
    expect(toDecimalString(rational(-1, 300))).toBe('0.00');
    expect(toDecimalString(rational(1005, 1000))).toBe('1.01');
  });

  it('breaks exact ties by importance and has no key experience when every gap is met', () => {
    // both weighted gaps are exactly −6: 3 × −2 and 6 × −1; the more important dimension comes first
    const tie = analyzeSurvey([
      { dimensionId: 'a', name: 'a', responses: 3, importanceSum: 9, expectationSum: 24, experienceSum: 18 },
      { dimensionId: 'b', name: 'b', responses: 3, importanceSum: 18, expectationSum: 24, experienceSum: 21 },
    ]);
    expect(tie.keyExperience?.dimensionId).toBe('b');
    const met = analyzeSurvey([
      { dimensionId: 'a', name: 'a', responses: 2, importanceSum: 10, expectationSum: 10, experienceSum: 12 },
    ]);
    expect(met.keyExperience).toBeNull();
  });

  it('keeps unanswered dimensions without figures and refuses scores outside 1–10', () => {
    const empty = analyzeSurvey(totalsOf([{ id: 'x', name: 'x' }], []));
    expect(empty.dimensions[0]).toMatchObject({ responses: 0, meanImportance: null, weightedGap: null, rank: null });
    expect(empty.keyExperience).toBeNull();
    expect(() =>
      totalsOf([{ id: 'x', name: 'x' }], [{ dimensionId: 'x', importance: 11, expectation: 5, experience: 5 }]),
    ).toThrow(RangeError);
    expect(() =>
      totalsOf([{ id: 'x', name: 'x' }], [{ dimensionId: 'x', importance: 5, expectation: 2.5, experience: 5 }]),
    ).toThrow(RangeError);
  });
});
