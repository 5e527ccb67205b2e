import { RiskChecklistAreaEntity, RiskItemEntity, SummaryCompiler } from '@handover/database';
import {
  insertComplaint,
  insertDefect,
  insertHandoverEvent,
  insertInspectionItem,
  insertKey,
  insertMilestone,
  insertPayment,
  insertProject,
  insertUnit,
} from '../../../../test/factories';
import { until } from '../../../../test/harness/eventually';
import { openTransaction, useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('SummaryCompiler (交付总结: the computed sections)', () => {
  const db = useRepositoryDatabase();
  let compiler: SummaryCompiler;
  beforeAll(() => {
    compiler = new SummaryCompiler(db.dataSource);
  });

  it('creates the summary, recompiles a draft, leaves a submitted one frozen, and knows no unknown project', async () => {
    const project = await insertProject(db.dataSource);
    expect(await compiler.compile(project.id)).toEqual({ outcome: 'created', compileCount: 1 });
    expect(await compiler.compile(project.id)).toEqual({ outcome: 'recompiled', compileCount: 2 });
    await db.dataSource.query(
      `UPDATE handover_summaries SET status = 'submitted', submitted_at = now() WHERE project_id = $1`,
      [project.id],
    );
    expect(await compiler.compile(project.id)).toEqual({ outcome: 'frozen', status: 'submitted' });
    expect(await compiler.compile('00000000-0000-4000-8000-000000000000')).toEqual({ outcome: 'no_project' });
  });

  /** Compiles inside an open transaction (the lock held), starts a second compilation and waits until it waits on the lock. */
  async function secondCompilationWaiting(projectId: string) {
    const first = await openTransaction(db.dataSource);
    await compiler.compile(projectId, first.manager);
    let secondDone = false;
    const second = compiler.compile(projectId).finally(() => (secondDone = true));
    second.catch(() => undefined); // awaited by the test
    await until(
      async () => {
        const [{ n }] = await db.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = hashtext($1)::oid`,
          [projectId],
        );
        return n === 1;
      },
      { what: 'the second compilation waiting on the advisory lock', timeoutMs: 10_000, intervalMs: 20 },
    );
    return { first, second, secondDone: () => secondDone };
  }

  it('compiles one project at a time: a second compilation waits for the first one’s transaction', async () => {
    const project = await insertProject(db.dataSource);
    const { first, second, secondDone } = await secondCompilationWaiting(project.id);
    expect(secondDone()).toBe(false);
    await first.commit();
    await Promise.allSettled([second]);
  });

  // Regression: with the lock taken inside the REPEATABLE READ transaction, the lock statement fixed the snapshot
  // before the first compilation committed, and the waiting one failed with 40001 instead of recompiling.
  it('recompiles after the first compilation commits, instead of failing with a serialization error', async () => {
    const project = await insertProject(db.dataSource);
    const { first, second } = await secondCompilationWaiting(project.id);
    await first.commit();
    expect(await second).toEqual({ outcome: 'recompiled', compileCount: 2 });
  });

  // Regression (CI, summaries e2e): right after a launch the worker's read-model write locks the project row and
  // updates it; the compilation's insert, checking its foreign key to that row, waited and then failed with 40001.
  it('compiles again on a fresh snapshot when the project row changes under its foreign-key check', async () => {
    const project = await insertProject(db.dataSource);
    const readModelWrite = await openTransaction(db.dataSource);
    await readModelWrite.manager.query(`SELECT id FROM projects WHERE id = $1 FOR UPDATE`, [project.id]);
    await readModelWrite.manager.query(`UPDATE projects SET snapshot = '{}'::jsonb WHERE id = $1`, [project.id]);
    const compilation = compiler.compile(project.id);
    compilation.catch(() => undefined); // awaited below
    await until(
      async () => {
        const [{ n }] = await db.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO handover_summaries%'`,
        );
        return n === 1;
      },
      { what: 'the compilation waiting on the locked project row', timeoutMs: 10_000, intervalMs: 20 },
    );
    await readModelWrite.commit();
    expect(await compilation).toEqual({ outcome: 'created', compileCount: 1 });
  });

  it('computes every section from the records, set-based', async () => {
    const d = db.dataSource;
    const project = await insertProject(d, {
      firstHandoverDate: '2025-03-10',
      centralizedDays: 2,
      name: '总结项目',
      currentPhase: 'summary',
    });
    const p = project.id;
    const handedOver = await insertUnit(d, {
      projectId: p,
      building: '1#',
      fitOut: 'fitted',
      contractedAreaCenti: 8957,
      surveyedAreaCenti: 8912,
      handoverState: 'handed_over',
    });
    const objected = await insertUnit(d, {
      projectId: p,
      building: '1#',
      contractedAreaCenti: 10_000,
      surveyedAreaCenti: 10_100,
      handoverState: 'objected',
    });
    await insertUnit(d, { projectId: p, building: '2#', contractedAreaCenti: 12_000, surveyedAreaCenti: 12_000 });
    await insertHandoverEvent(d, {
      projectId: p,
      unitId: handedOver.id,
      step: 'checked_in',
      at: '2025-03-10T01:00:00Z',
    });
    await insertHandoverEvent(d, {
      projectId: p,
      unitId: handedOver.id,
      step: 'inspected',
      at: '2025-03-10T02:00:00Z',
    });
    await insertHandoverEvent(d, {
      projectId: p,
      unitId: handedOver.id,
      step: 'handed_over',
      at: '2025-03-10T15:59:59Z',
    }); // 23:59:59 local, day 1
    await insertHandoverEvent(d, { projectId: p, unitId: objected.id, step: 'checked_in', at: '2025-03-10T16:00:00Z' }); // 00:00 local, day 2
    await insertHandoverEvent(d, { projectId: p, unitId: objected.id, step: 'objected', at: '2025-03-10T17:00:00Z' });
    await insertInspectionItem(d, { projectId: p, unitId: handedOver.id, simple: true });
    await insertInspectionItem(d, { projectId: p, unitId: handedOver.id, simple: false });
    await insertPayment(d, { projectId: p, unitId: handedOver.id, kind: 'property_fee', amountFen: 302_400 });
    await insertPayment(d, { projectId: p, unitId: handedOver.id, kind: 'area_difference', amountFen: -9_000 });
    await insertPayment(d, { projectId: p, unitId: objected.id, kind: 'area_difference', amountFen: 20_000 });

    await insertMilestone(d, {
      projectId: p,
      key: 'riskSelfCheck',
      phase: 'riskSelfCheck',
      dueDate: '2025-01-10',
      status: 'closed',
      parties: ['design'],
      approvedParties: ['design'],
    });
    await insertMilestone(d, { projectId: p, key: 'openDay', dueDate: '2025-02-10' });
    await d.manager.insert(RiskChecklistAreaEntity, { projectId: p, area: 'A', title: 'A', checklist: 'A' });
    const risk = {
      projectId: p,
      area: 'A' as const,
      description: '户型',
      department: 'design' as const,
      createdBy: project.leadUserId,
    };
    await d.manager.insert(RiskItemEntity, [
      risk,
      { ...risk, decision: 'rectify', plan: '整改', owner: '王工', deadline: '2025-02-01', decidedAt: new Date() },
    ]);
    await insertDefect(d, {
      projectId: p,
      unitId: objected.id,
      source: 'unit_inspection',
      deferredUntil: '2025-06-30',
    });
    await insertDefect(d, { projectId: p, source: 'unit_inspection', status: 'verified' });
    await insertDefect(d, { projectId: p, source: 'open_day', status: 'assigned' });
    await insertDefect(d, {
      projectId: p,
      unitId: handedOver.id,
      source: 'handover_inspection',
      trade: '门窗',
      deadline: '2025-03-20',
    });
    await insertDefect(d, {
      projectId: p,
      source: 'after_handover',
      category: 'non_quality',
      status: 'cannot_fix',
      trade: '景观',
    });
    await insertKey(d, { projectId: p, unitId: handedOver.id, holder: 'owner' });
    await insertKey(d, { projectId: p, holder: 'property' });
    await insertKey(d, { projectId: p });
    await insertComplaint(d, {
      projectId: p,
      severity: 'major',
      receivedAt: '2025-03-10T00:00:00Z',
      replyDeadline: '2025-03-11T00:00:00Z',
      repliedAt: '2025-03-10T12:00:00Z',
    });
    await insertComplaint(d, {
      projectId: p,
      receivedAt: '2025-03-10T00:00:00Z',
      replyDeadline: '2025-03-11T00:00:00Z',
      repliedAt: '2025-03-12T00:00:00Z',
    });
    await insertComplaint(d, {
      projectId: p,
      severity: 'group',
      receivedAt: '2025-03-10T00:00:00Z',
      replyDeadline: '2025-03-11T00:00:00Z',
    });

    const sections = (await compiler.computeSections(d, p))!;
    expect(Object.keys(sections)).toEqual([
      'batchOverview',
      'preparation',
      'actualHandoverFigures',
      'ownerFeedback',
      'repairDataAndWarranty',
    ]);
    expect(sections.batchOverview).toEqual({
      cityCompany: '杭州城市公司',
      name: '总结项目',
      batch: '一期',
      firstHandoverDate: '2025-03-10',
      lastCentralizedDay: '2025-03-11',
      centralizedDays: 2,
      timeZone: 'Asia/Shanghai',
      status: 'active',
      currentPhase: 'summary',
      units: 3,
      buildings: 2,
      fittedUnits: 1,
      shellUnits: 2,
      contractedAreaCenti: '30957',
      surveyedAreaCenti: '31012',
    });
    expect(sections.preparation).toEqual({
      milestones: [
        {
          key: 'riskSelfCheck',
          phase: 'riskSelfCheck',
          dueDate: '2025-01-10',
          status: 'closed',
          parties: ['design'],
          approvedParties: ['design'],
        },
        {
          key: 'openDay',
          phase: 'openDay',
          dueDate: '2025-02-10',
          status: 'open',
          parties: ['engineering'],
          approvedParties: [],
        },
      ],
      riskSelfCheck: { total: 2, rectify: 1, cannotRectify: 0, undecided: 1 },
      preHandoverDefects: [
        { source: 'open_day', raised: 1, closed: 0, open: 1, deferred: 0 },
        { source: 'unit_inspection', raised: 2, closed: 1, open: 1, deferred: 1 },
      ],
      keyLedger: { total: 3, withContractor: 1, withProperty: 1, withOwners: 1 },
    });
    expect(sections.actualHandoverFigures).toEqual({
      totalUnits: 3,
      handedOver: 1,
      refused: 0,
      objected: 1,
      notStarted: 1,
      inProgress: 0,
      handoverRate: '33.33%',
      centralizedPeriod: {
        firstDay: '2025-03-10',
        lastDay: '2025-03-11',
        handedOver: 1,
        handoverRate: '33.33%',
        byDay: [
          { date: '2025-03-10', ownersReceived: 1, inspected: 1, handedOver: 1 },
          { date: '2025-03-11', ownersReceived: 1, inspected: 0, handedOver: 0 },
        ],
      },
      payments: [
        { kind: 'area_difference', payments: 2, collectedFen: '20000', refundedFen: '9000' },
        { kind: 'property_fee', payments: 1, collectedFen: '302400', refundedFen: '0' },
      ],
      handoverInspection: { items: 2, fixedOnSpot: 1, loggedForRepair: 1, unitsWithItems: 1 },
    });
    expect(sections.ownerFeedback).toEqual({
      complaints: {
        total: 3,
        normal: 1,
        major: 1,
        group: 1,
        replied: 2,
        repliedOnTime: 1,
        open: 1,
        openOverdue: 1,
        onTimeReplyRate: '50.00%',
      },
      objections: { unitsObjected: 1, unitsResolved: 0, unitsRefused: 0 },
      satisfactionSurvey: null,
    });
    expect(sections.repairDataAndWarranty).toEqual({
      handoverAndAfterDefects: {
        raised: 2,
        quality: 1,
        nonQuality: 1,
        open: 1,
        assigned: 0,
        fixed: 0,
        verified: 0,
        cannotFix: 1,
      },
      byTrade: [
        { trade: '景观', raised: 1, open: 0 },
        { trade: '门窗', raised: 1, open: 1 },
      ],
      warranty: {
        openQualityDefects: 3,
        deferredWithCommittedDate: 1,
        earliestCommittedDate: '2025-06-30',
        latestCommittedDate: '2025-06-30',
        pastDeadline: 1,
      },
      caseLibrary: { promoted: 0 },
    });
  });
});
