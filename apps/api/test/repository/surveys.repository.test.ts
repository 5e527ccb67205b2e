import { insertProject, insertUnit, insertUnits } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { SurveysRepository } from '../../src/surveys/surveys.repository';

describe('SurveysRepository (满意度调查)', () => {
  const db = useRepositoryDatabase();
  let surveys: SurveysRepository;
  beforeAll(() => {
    surveys = new SurveysRepository(db.dataSource);
  });

  it('adds the dimension names not present yet, after the existing ones, in the order given', async () => {
    const project = await insertProject(db.dataSource);
    const manager = db.dataSource.manager;
    expect(await surveys.addDimensions(project.id, ['交付流程', '房屋质量'], manager)).toBe(2);
    expect(await surveys.addDimensions(project.id, ['房屋质量', '服务态度', '维修响应'], manager)).toBe(2);
    expect(await surveys.addDimensions(project.id, ['房屋质量'], manager)).toBe(0);
    expect((await surveys.dimensions(project.id)).map((dimension) => [dimension.name, dimension.position])).toEqual([
      ['交付流程', 1],
      ['房屋质量', 2],
      ['服务态度', 3],
      ['维修响应', 4],
    ]);
    await expectViolation(surveys.addDimensions(project.id, ['  '], manager), 'survey_dimensions_name_present');
    expect(await surveys.dimensions((await insertProject(db.dataSource)).id)).toEqual([]);
  });

  it('stores one response per unit with its answers; scores between 1 and 10, dimensions of the same project only', async () => {
    const project = await insertProject(db.dataSource);
    const [unit, neighbour] = await insertUnits(db.dataSource, 2, { projectId: project.id });
    const manager = db.dataSource.manager;
    await surveys.addDimensions(project.id, ['交付流程', '房屋质量'], manager);
    const [process, quality] = await surveys.dimensions(project.id);
    const answers = [
      { dimensionId: process.id, importance: 9, expectation: 8, experience: 6 },
      { dimensionId: quality.id, importance: 10, expectation: 9, experience: 9 },
    ];
    const response = await db.dataSource.transaction((tx) =>
      surveys.insertResponse(project.id, unit.id, '很好', project.leadUserId, answers, tx),
    );
    expect(response).toEqual({ id: expect.any(String), createdAt: expect.any(Date) });
    expect(
      await db.dataSource.query(
        `SELECT dimension_id, importance, expectation, experience FROM survey_answers WHERE response_id = $1 ORDER BY importance`,
        [response.id],
      ),
    ).toEqual([
      { dimension_id: process.id, importance: 9, expectation: 8, experience: 6 },
      { dimension_id: quality.id, importance: 10, expectation: 9, experience: 9 },
    ]);
    expect(await surveys.responseCount(project.id)).toBe(1);
    expect(await surveys.hasResponse(project.id, unit.id, manager)).toBe(true);
    expect(await surveys.hasResponse(project.id, neighbour.id, manager)).toBe(false);
    expect(await surveys.unitBelongsTo(project.id, unit.id, manager)).toBe(true);
    expect(await surveys.unitBelongsTo((await insertProject(db.dataSource)).id, unit.id, manager)).toBe(false);

    await expectViolation(
      db.dataSource.transaction((tx) =>
        surveys.insertResponse(project.id, unit.id, null, project.leadUserId, answers, tx),
      ),
      'survey_responses_once_per_unit',
    );
    await expectViolation(
      db.dataSource.transaction((tx) =>
        surveys.insertResponse(
          project.id,
          neighbour.id,
          null,
          project.leadUserId,
          [{ ...answers[0], experience: 11 }],
          tx,
        ),
      ),
      'survey_answers_experience_range',
    );
    const other = await insertProject(db.dataSource);
    const stranger = await insertUnit(db.dataSource, { projectId: other.id });
    await expectViolation(
      db.dataSource.transaction((tx) =>
        surveys.insertResponse(other.id, stranger.id, null, other.leadUserId, answers, tx),
      ),
      'survey_answers_dimension',
    );
    expect(await surveys.responseCount(project.id)).toBe(1); // the refused ones left nothing behind
    expect(await surveys.responseCount(other.id)).toBe(0);
  });

  it('serialises survey changes of one project, not of others, until the transaction ends', async () => {
    const project = await insertProject(db.dataSource);
    const holder = await openTransaction(db.dataSource);
    try {
      await surveys.lockProjectSurvey(project.id, holder.manager);
      const tryLock = (projectId: string) =>
        rolledBack(db.dataSource, async (manager) => {
          const [row] = await manager.query(
            `SELECT pg_try_advisory_xact_lock(hashtext('survey'), hashtext($1)) AS got`,
            [projectId],
          );
          return row.got as boolean;
        });
      expect(await tryLock(project.id)).toBe(false);
      expect(await tryLock((await insertProject(db.dataSource)).id)).toBe(true);
    } finally {
      await holder.rollback();
    }
  });
});
