import { projectSurveyAnalysis, surveyResponseCount, surveyTotals } from '@handover/database';
import { insertProject, insertSurveyDimension, insertSurveyResponse, insertUnits } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('survey totals (满意度调查: one GROUP BY per project)', () => {
  const db = useRepositoryDatabase();

  it('has no analysis for a project without dimensions', async () => {
    const project = await insertProject(db.dataSource);
    expect(await surveyTotals(db.dataSource, project.id)).toEqual([]);
    expect(await surveyResponseCount(db.dataSource, project.id)).toBe(0);
    expect(await projectSurveyAnalysis(db.dataSource, project.id)).toBeNull();
  });

  it('sums each dimension’s scores in display order, a dimension nobody answered with zeros, this project only', async () => {
    const project = await insertProject(db.dataSource);
    const quality = await insertSurveyDimension(db.dataSource, {
      projectId: project.id,
      name: '房屋质量',
      position: 2,
    });
    const process = await insertSurveyDimension(db.dataSource, {
      projectId: project.id,
      name: '交付流程',
      position: 1,
    });
    const unasked = await insertSurveyDimension(db.dataSource, {
      projectId: project.id,
      name: '维修响应',
      position: 3,
    });
    const [a, b] = await insertUnits(db.dataSource, 2, { projectId: project.id });
    await insertSurveyResponse(db.dataSource, {
      projectId: project.id,
      unitId: a.id,
      answers: [
        { dimensionId: process.id, importance: 8, expectation: 9, experience: 6 },
        { dimensionId: quality.id, importance: 10, expectation: 9, experience: 8 },
      ],
    });
    await insertSurveyResponse(db.dataSource, {
      projectId: project.id,
      unitId: b.id,
      answers: [{ dimensionId: process.id, importance: 6, expectation: 7, experience: 7 }],
    });
    const other = await insertProject(db.dataSource);
    const [stranger] = await insertUnits(db.dataSource, 1, { projectId: other.id });
    const theirs = await insertSurveyDimension(db.dataSource, { projectId: other.id, name: '交付流程' });
    await insertSurveyResponse(db.dataSource, {
      projectId: other.id,
      unitId: stranger.id,
      answers: [{ dimensionId: theirs.id, importance: 1, expectation: 1, experience: 1 }],
    });

    expect(await surveyTotals(db.dataSource, project.id)).toEqual([
      {
        dimensionId: process.id,
        name: '交付流程',
        responses: 2,
        importanceSum: 14,
        expectationSum: 16,
        experienceSum: 13,
      },
      {
        dimensionId: quality.id,
        name: '房屋质量',
        responses: 1,
        importanceSum: 10,
        expectationSum: 9,
        experienceSum: 8,
      },
      {
        dimensionId: unasked.id,
        name: '维修响应',
        responses: 0,
        importanceSum: 0,
        expectationSum: 0,
        experienceSum: 0,
      },
    ]);
    expect(await surveyResponseCount(db.dataSource, project.id)).toBe(2);
    const analysis = (await projectSurveyAnalysis(db.dataSource, project.id))!;
    expect(analysis.responses).toBe(2);
    expect(analysis.dimensions.map((dimension) => [dimension.name, dimension.responses, dimension.gap])).toEqual([
      ['交付流程', 2, '-1.50'],
      ['房屋质量', 1, '-1.00'],
      ['维修响应', 0, null],
    ]);
  });
});
