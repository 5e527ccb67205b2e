import { HandoverSummariesRepository, HandoverSummaryEntity, SummaryCompiler } from '@handover/database';
import { insertProject } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('HandoverSummariesRepository (交付总结的状态)', () => {
  const db = useRepositoryDatabase();
  let summaries: HandoverSummariesRepository;
  beforeAll(() => {
    summaries = new HandoverSummariesRepository(db.dataSource);
  });

  it('reads the stored status of the project’s summary, null before one is compiled', async () => {
    const project = await insertProject(db.dataSource);
    expect(await summaries.storedStatus(project.id)).toBeNull();
    await new SummaryCompiler(db.dataSource).compile(project.id);
    expect(await summaries.storedStatus(project.id)).toBe('draft');
    await db.dataSource.manager.update(
      HandoverSummaryEntity,
      { projectId: project.id },
      { status: 'submitted', submittedAt: new Date() },
    );
    expect(await summaries.storedStatus(project.id)).toBe('submitted');
  });
});
