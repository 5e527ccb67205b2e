import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { EscalationKind } from '@handover/database';
import {
  insertEscalation,
  insertHandoverEvent,
  insertMilestone,
  insertProject,
  insertUnits,
  type MilestoneFixture,
  type ProjectFixture,
} from '../../../test/factories';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';

interface BoardCard {
  id: string;
  atRisk: boolean;
  day: string;
  escalations: number;
  openEscalations: number;
  pendingPostponements: number;
  atRiskDecisionPending: boolean;
}

describe('HQ board, decisions and handover rate (项目看板)', () => {
  let stack: E2eStack;
  let hq: TestUser;
  let lead: TestUser;
  let db: DataSource;
  const run = randomUUID().slice(0, 8);
  const city = `看板城市公司-${run}`;
  const ids = { calm: '', escalated: '', atRisk: '', london: '', done: '' };

  const project = async (name: string, fields: Omit<ProjectFixture, 'name'> = {}): Promise<string> =>
    (
      await insertProject(db, {
        cityCompany: city,
        name: `${name}-${run}`,
        leadUserId: lead.id,
        currentPhase: 'openDay',
        ...fields,
      })
    ).id;

  /** An escalation as the timeline leaves it: resolved when its gate closed. */
  const escalate = (
    projectId: string,
    key: string,
    kind: EscalationKind,
    milestoneKey: string | null,
    raisedAt: string,
    resolvedAt: string | null = null,
  ) => insertEscalation(db, { projectId, key, kind, milestoneKey, raisedAt, resolvedAt });

  const milestone = (projectId: string, key: string, status: MilestoneFixture['status']) =>
    insertMilestone(db, { projectId, key, status });

  const units = async (projectId: string, count: number): Promise<string[]> =>
    (await insertUnits(db, count, { projectId })).map((unit) => unit.id);

  const handOver = (projectId: string, unitId: string, at: string) =>
    insertHandoverEvent(db, { projectId, unitId, step: 'handed_over', at });

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    hq = await stack.user('hq');
    lead = await stack.user('project_lead');
    ids.calm = await project('平稳', { firstHandoverDate: '2030-01-05' });
    ids.escalated = await project('升级', {
      firstHandoverDate: '2030-02-01',
      snapshot: {
        postponements: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000001',
            status: 'pending',
            requestedAt: '2029-11-02T02:00:00.000Z',
            newFirstHandoverDate: '2030-03-01',
            reason: '消防验收推迟',
          },
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000002',
            status: 'refused',
            requestedAt: '2029-10-02T02:00:00.000Z',
            newFirstHandoverDate: '2030-02-20',
            reason: '旧申请',
          },
        ],
        atRiskDecision: null,
      },
    });
    ids.atRisk = await project('风险', {
      firstHandoverDate: '2030-03-01',
      atRisk: true,
      snapshot: {
        postponements: [],
        atRiskDecision: {
          status: 'pending',
          openedAt: '2029-11-01T00:00:00.000Z',
          decidedBy: null,
          decidedAt: null,
          note: null,
        },
      },
    });
    ids.london = await project('伦敦', { timeZone: 'Europe/London' });
    ids.done = await project('已完成', { status: 'completed' });

    await milestone(ids.escalated, 'openDay', 'open');
    await milestone(ids.calm, 'riskSelfCheck', 'closed');
    await escalate(ids.escalated, `m-openDay-${run}`, 'milestone_overdue', 'openDay', '2029-11-03T00:00:00Z');
    await escalate(
      ids.calm,
      `m-riskSelfCheck-${run}`,
      'milestone_overdue',
      'riskSelfCheck',
      '2029-11-04T00:00:00Z',
      '2029-11-06T00:00:00Z',
    );
    await escalate(ids.atRisk, `at-risk-${run}`, 'handover_date_at_risk', 'propertyTransfer', '2029-11-05T00:00:00Z');

    const shanghaiUnits = await units(ids.calm, 3);
    const londonUnits = await units(ids.london, 2);
    await units(ids.done, 4);
    // 2025-03-10 23:30 UTC is 03-11 in Shanghai but still 03-10 in London: the same boundaries as the roll-up.
    await handOver(ids.calm, shanghaiUnits[0], '2025-03-10T02:00:00Z');
    await handOver(ids.calm, shanghaiUnits[1], '2025-03-10T23:30:00Z');
    await handOver(ids.london, londonUnits[0], '2025-03-10T23:30:00Z');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is for HQ and admin only', async () => {
    for (const path of ['/hq/board', '/hq/decisions']) {
      const refused = await stack.http().get(path).set(bearer(lead)).expect(403);
      expect(refused.body.message).toBe('This action needs one of the roles: hq, admin; you are project_lead.');
    }
    await stack
      .http()
      .get('/hq/handover-rate')
      .query({ from: '2025-03-09', to: '2025-03-11' })
      .set(bearer(lead))
      .expect(403);
  });

  it('lists every project in one response: at-risk first, then escalated, with open escalation counts and D-n', async () => {
    const { body } = await stack.http().get('/hq/board').set(bearer(hq)).expect(200);
    const mine: BoardCard[] = body.items.filter((card: BoardCard) => Object.values(ids).includes(card.id));
    expect(mine.map((card) => card.id)).toEqual([ids.atRisk, ids.escalated, ids.calm, ids.london, ids.done]);
    const byId = new Map(mine.map((card) => [card.id, card]));
    expect(byId.get(ids.atRisk)).toMatchObject({
      atRisk: true,
      escalations: 1,
      openEscalations: 1,
      atRiskDecisionPending: true,
      pendingPostponements: 0,
    });
    expect(byId.get(ids.escalated)).toMatchObject({
      atRisk: false,
      escalations: 1,
      openEscalations: 1,
      pendingPostponements: 1,
      atRiskDecisionPending: false,
    });
    expect(byId.get(ids.calm)).toMatchObject({ escalations: 1, openEscalations: 0, pendingPostponements: 0 });
    expect(byId.get(ids.calm)!.day).toMatch(/^D-\d+$/);
    expect(body.counts.total).toBe(body.items.length);
    const atRiskFirst = body.items.findIndex((card: BoardCard) => !card.atRisk);
    expect(body.items.slice(atRiskFirst).some((card: BoardCard) => card.atRisk)).toBe(false);
    expect(body.counts.atRisk).toBe(body.items.filter((card: BoardCard) => card.atRisk).length);
    expect(body.counts.escalated).toBe(body.items.filter((card: BoardCard) => card.openEscalations > 0).length);
  });

  it('lists the decisions HQ owes across projects: pending postponements and at-risk dates, not decided ones', async () => {
    const { body } = await stack.http().get('/hq/decisions').set(bearer(hq)).expect(200);
    const mine = body.items.filter((item: { projectId: string }) => Object.values(ids).includes(item.projectId));
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'at_risk',
        projectId: ids.atRisk,
        requestId: null,
        requestedAt: '2029-11-01T00:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'postponement',
        projectId: ids.escalated,
        requestId: 'a1b2c3d4-0000-4000-8000-000000000001',
        newFirstHandoverDate: '2030-03-01',
        reason: '消防验收推迟',
        firstHandoverDate: '2030-02-01',
        timeZone: 'Asia/Shanghai',
      }),
    ]);
  });

  it('gives the handover rate per day across active projects, each project on its own local day', async () => {
    const { body } = await stack
      .http()
      .get('/hq/handover-rate')
      .query({ from: '2025-03-09', to: '2025-03-11', cityCompany: city })
      .set(bearer(hq))
      .expect(200);
    expect(body.days).toEqual([
      {
        date: '2025-03-09',
        totalUnits: 5,
        handedOverCumulative: 0,
        handedOverToday: 0,
        handoverRateBp: 0,
        handoverRate: '0.0%',
      },
      // 03-10: Shanghai's 10:00 and London's 23:30; 03-11: Shanghai's 07:30. The completed project's units do not count.
      {
        date: '2025-03-10',
        totalUnits: 5,
        handedOverCumulative: 2,
        handedOverToday: 2,
        handoverRateBp: 4000,
        handoverRate: '40.0%',
      },
      {
        date: '2025-03-11',
        totalUnits: 5,
        handedOverCumulative: 3,
        handedOverToday: 1,
        handoverRateBp: 6000,
        handoverRate: '60.0%',
      },
    ]);
    const refused = await stack
      .http()
      .get('/hq/handover-rate')
      .query({ from: '2025-03-11', to: '2025-03-01' })
      .set(bearer(hq))
      .expect(400);
    expect(refused.body.message).toBe('from must not be after to.');
    const tooLong = await stack
      .http()
      .get('/hq/handover-rate')
      .query({ from: '2025-01-01', to: '2025-06-01' })
      .set(bearer(hq))
      .expect(400);
    expect(tooLong.body.message).toBe('Ask for at most 92 days at a time.');
  });

  it('pages escalations with the project time zone and whether each is still open, filtered by state', async () => {
    const { body } = await stack.http().get('/escalations').query({ projectId: ids.calm }).set(bearer(hq)).expect(200);
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    expect(body.items[0]).toMatchObject({
      projectId: ids.calm,
      batch: '一期',
      timeZone: 'Asia/Shanghai',
      kind: 'milestone_overdue',
      open: false,
      raisedAt: '2029-11-04T00:00:00.000Z',
    });
    const open = await stack
      .http()
      .get('/escalations')
      .query({ projectId: ids.escalated, state: 'open' })
      .set(bearer(hq))
      .expect(200);
    expect(open.body.items.map((item: { open: boolean }) => item.open)).toEqual([true]);
    const closed = await stack
      .http()
      .get('/escalations')
      .query({ projectId: ids.escalated, state: 'closed' })
      .set(bearer(hq))
      .expect(200);
    expect(closed.body.total).toBe(0);
  });
});
