import { SummaryCompiler } from '@handover/database';
import { insertMilestone, insertProject } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { SummariesRepository } from '../../src/summaries/summaries.repository';

describe('SummariesRepository (交付总结)', () => {
  const db = useRepositoryDatabase();
  let summaries: SummariesRepository;
  let compiler: SummaryCompiler;
  beforeAll(() => {
    summaries = new SummariesRepository(db.dataSource);
    compiler = new SummaryCompiler(db.dataSource);
  });

  const narrative = {
    lessonsLearned: '开放日分时段预约有效',
    focusPoints: '外墙渗漏',
    recommendations: '复核门窗开启方向',
  };

  it('finds nothing before the summary is compiled, then the draft with its empty narrative', async () => {
    const project = await insertProject(db.dataSource);
    expect(await summaries.find(project.id)).toBeNull();
    await compiler.compile(project.id);
    expect(await summaries.find(project.id)).toMatchObject({
      summary: {
        projectId: project.id,
        status: 'draft',
        compileCount: 1,
        narrative: { lessonsLearned: '', focusPoints: '', recommendations: '' },
      },
      milestoneStatus: null,
      status: 'draft',
    });
  });

  it('edits the narrative (back to draft), submits, and reads it accepted once HQ closed the summaryAccepted gate', async () => {
    const project = await insertProject(db.dataSource);
    await compiler.compile(project.id);
    const manager = db.dataSource.manager;
    await summaries.updateNarrative(project.id, narrative, project.leadUserId, manager);
    await summaries.markSubmitted(project.id, project.leadUserId, manager);
    const submitted = (await summaries.find(project.id))!;
    expect(submitted).toMatchObject({
      status: 'submitted',
      summary: { narrative, narrativeUpdatedBy: project.leadUserId, submittedBy: project.leadUserId },
    });
    expect(submitted.summary.submittedAt).toBeInstanceOf(Date);

    const gate = await insertMilestone(db.dataSource, {
      projectId: project.id,
      key: 'summaryAccepted',
      parties: ['hq'],
    });
    expect((await summaries.find(project.id))!).toMatchObject({ milestoneStatus: 'open', status: 'submitted' });
    await db.dataSource.query(`UPDATE project_milestones SET status = 'closed' WHERE project_id = $1 AND key = $2`, [
      project.id,
      gate.key,
    ]);
    expect((await summaries.find(project.id))!).toMatchObject({
      milestoneStatus: 'closed',
      status: 'accepted',
      summary: { status: 'submitted' },
    });

    await summaries.updateNarrative(project.id, { ...narrative, focusPoints: '渗漏' }, project.leadUserId, manager);
    expect((await summaries.find(project.id))!.summary.status).toBe('draft');
  });

  it('locks the summary row when asked, and refuses a submitted summary without its time (handover_summaries_submitted_when)', async () => {
    const project = await insertProject(db.dataSource);
    await compiler.compile(project.id);
    const holder = await openTransaction(db.dataSource);
    try {
      expect((await summaries.find(project.id, holder.manager, true))!.summary.projectId).toBe(project.id);
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM handover_summaries WHERE project_id = $1 FOR UPDATE NOWAIT`, [project.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await holder.rollback();
    }
    await expectViolation(
      db.dataSource.query(`UPDATE handover_summaries SET status = 'submitted' WHERE project_id = $1`, [project.id]),
      'handover_summaries_submitted_when',
    );
  });
});
