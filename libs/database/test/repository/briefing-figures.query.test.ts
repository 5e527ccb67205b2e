import { findBriefing, generateBriefing, listBriefings, queryPortfolioFigures } from '@handover/database';
import { BRIEFING_FIGURE_KEYS, type BriefingFigures } from '@handover/domain';
import {
  insertComplaint,
  insertDefect,
  insertHandoverEvent,
  insertInspectionItem,
  insertPayment,
  insertProject,
  insertUnits,
  tag,
} from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

/**
 * The figures of a day (集中交付快报): each counted over the project's local day [midnight, midnight) in its own time
 * zone, the "open" ones at the end of that day. X is 2025-03-10: in Shanghai (+08) [03-09 16:00Z, 03-10 16:00Z), in
 * London (+00 until the end of March) [03-10 00:00Z, 03-11 00:00Z).
 */
const X = '2025-03-10';

describe('briefing figures and stored briefings (PORTFOLIO_FIGURES_SQL)', () => {
  const db = useRepositoryDatabase();
  const city = `快报城市公司-${tag()}`;
  let shanghai: string;
  let london: string;
  let completed: string;

  beforeAll(async () => {
    const d = db.dataSource;
    shanghai = (await insertProject(d, { cityCompany: city, name: 'A-上海', firstHandoverDate: '2025-03-09' })).id;
    london = (
      await insertProject(d, {
        cityCompany: city,
        name: 'B-伦敦',
        timeZone: 'Europe/London',
        firstHandoverDate: '2025-03-09',
      })
    ).id;
    completed = (await insertProject(d, { cityCompany: city, name: 'C-已完成', status: 'completed' })).id;

    const [u1, u2, u3, u4] = await insertUnits(d, 4, { projectId: shanghai });
    const event = (unitId: string, step: string, at: string, payload: Record<string, unknown> = {}) =>
      insertHandoverEvent(d, { projectId: shanghai, unitId, step, at, payload });
    await event(u1.id, 'handed_over', '2025-03-08T02:00:00Z'); // before the day: cumulative only
    await event(u2.id, 'handed_over', '2025-03-09T16:00:00Z'); // the day's first instant
    await event(u3.id, 'handed_over', '2025-03-10T16:00:00Z'); // the next day's first instant: not yet
    await event(u2.id, 'checked_in', '2025-03-09T17:00:00Z');
    await event(u2.id, 'checked_in', '2025-03-10T01:00:00Z'); // the same owner again
    await event(u3.id, 'checked_in', '2025-03-10T03:00:00Z');
    await event(u2.id, 'inspected', '2025-03-10T02:00:00Z');
    await event(u4.id, 'inspected', '2025-03-09T15:59:59Z'); // the evening before
    await event(u3.id, 'objected', '2025-03-10T04:00:00Z', { replyDueAt: '2025-03-10T10:00:00Z' }); // open, overdue by the day's end
    await event(u4.id, 'objected', '2025-03-09T01:00:00Z', { replyDueAt: '2025-03-12T00:00:00Z' });
    await event(u4.id, 'objection_resolved', '2025-03-10T05:00:00Z'); // resolved
    await event(u1.id, 'objected', '2025-03-10T06:00:00Z', { replyDueAt: '2025-03-11T00:00:00Z' }); // open, not overdue

    await insertInspectionItem(d, {
      projectId: shanghai,
      unitId: u2.id,
      simple: true,
      createdAt: '2025-03-10T02:30:00Z',
    });
    await insertInspectionItem(d, {
      projectId: shanghai,
      unitId: u2.id,
      simple: false,
      createdAt: '2025-03-10T02:31:00Z',
    });
    await insertInspectionItem(d, {
      projectId: shanghai,
      unitId: u3.id,
      simple: true,
      createdAt: '2025-03-08T00:00:00Z',
    });

    await insertDefect(d, { projectId: shanghai, createdAt: '2025-03-10T03:00:00Z' }); // raised today, open
    await insertDefect(d, {
      projectId: shanghai,
      status: 'verified',
      createdAt: '2025-03-01T00:00:00Z',
      closedAt: '2025-03-05T00:00:00Z',
    });
    await insertDefect(d, {
      projectId: shanghai,
      status: 'verified',
      createdAt: '2025-03-01T00:00:00Z',
      closedAt: '2025-03-11T00:00:00Z',
    }); // closed later: open then
    await insertDefect(d, { projectId: shanghai, createdAt: '2025-03-11T00:00:00Z' }); // not yet raised

    await insertComplaint(d, {
      projectId: shanghai,
      severity: 'major',
      receivedAt: '2025-03-10T01:00:00Z',
      replyDeadline: '2025-03-10T09:00:00Z',
    });
    await insertComplaint(d, {
      projectId: shanghai,
      receivedAt: '2025-03-05T00:00:00Z',
      repliedAt: '2025-03-06T00:00:00Z',
    });
    await insertComplaint(d, {
      projectId: shanghai,
      severity: 'group',
      receivedAt: '2025-03-05T00:00:00Z',
      replyDeadline: '2025-03-12T00:00:00Z',
      repliedAt: '2025-03-11T00:00:00Z',
    });
    await insertComplaint(d, { projectId: shanghai, receivedAt: '2025-03-11T00:00:00Z' });

    await insertPayment(d, {
      projectId: shanghai,
      unitId: u2.id,
      kind: 'property_fee',
      amountFen: 302_400,
      createdAt: '2025-03-10T02:00:00Z',
    });
    await insertPayment(d, {
      projectId: shanghai,
      unitId: u2.id,
      kind: 'area_difference',
      amountFen: -50_000,
      createdAt: '2025-03-10T02:00:00Z',
    });
    await insertPayment(d, {
      projectId: shanghai,
      unitId: u1.id,
      kind: 'property_fee',
      amountFen: 100,
      createdAt: '2025-03-08T02:00:00Z',
    });

    const [l1] = await insertUnits(d, 2, { projectId: london });
    await insertHandoverEvent(d, { projectId: london, unitId: l1.id, step: 'handed_over', at: '2025-03-10T23:30:00Z' }); // 03-11 07:30 in Shanghai
  });

  it('counts every figure of the day in the project’s time zone, the open ones at the day’s end', async () => {
    const [row] = await queryPortfolioFigures(db.dataSource, X, [shanghai]);
    expect(row).toEqual({
      projectId: shanghai,
      cityCompany: city,
      name: 'A-上海',
      batch: '一期',
      firstHandoverDate: '2025-03-09',
      centralizedDays: 3,
      phase: null,
      atRisk: false,
      figures: {
        totalUnits: 4,
        handedOverToday: 1,
        handedOverCumulative: 2,
        handoverRateBp: 5000,
        ownersReceivedToday: 2,
        inspectionsToday: 1,
        defectsRaisedToday: 3,
        defectsFixedOnSpotToday: 1,
        defectsOpen: 2,
        objectionsOpen: 2,
        objectionsOverdue: 1,
        complaintsOpen: 2,
        complaintsOverdue: 1,
        settledFen: 302_400,
        refundedFen: 50_000,
        incidentsToday: 1,
      } satisfies BriefingFigures,
    });
  });

  it('puts the same instant on each project’s own local day', async () => {
    const figures = async (projectId: string, date: string) =>
      (await queryPortfolioFigures(db.dataSource, date, [projectId]))[0].figures;
    expect((await figures(london, X)).handedOverToday).toBe(1);
    expect((await figures(london, '2025-03-11')).handedOverToday).toBe(0);
    expect(await figures(shanghai, '2025-03-11')).toMatchObject({
      handedOverToday: 1,
      handedOverCumulative: 3,
      handoverRateBp: 7500,
    });
  });

  it('answers every active project when no ids are given, ordered by city, D and name; the given ids whatever their status', async () => {
    const all = (await queryPortfolioFigures(db.dataSource, X, null)).filter((row) => row.cityCompany === city);
    expect(all.map((row) => row.projectId)).toEqual([shanghai, london]);
    expect((await queryPortfolioFigures(db.dataSource, X, [completed])).map((row) => row.projectId)).toEqual([
      completed,
    ]);
    expect(await queryPortfolioFigures(db.dataSource, X, [])).toEqual([]);
  });

  it('stores the briefing with the change against the previous day’s, and regenerates it in place from the records', async () => {
    const d = db.dataSource;
    const before = await generateBriefing(d, shanghai, '2025-03-09');
    expect(before).toMatchObject({ projectId: shanghai, date: '2025-03-09', change: null, generations: 1 });
    const today = (await generateBriefing(d, shanghai, X))!;
    const change = Object.fromEntries(
      BRIEFING_FIGURE_KEYS.map((key) => [key, today.figures[key] - before!.figures[key]]),
    );
    expect(today.change).toEqual(change);
    expect(today.change).toMatchObject({ handedOverCumulative: 1, settledFen: 302_400 });

    const [unit] = await insertUnits(d, 1, { projectId: shanghai });
    const again = (await generateBriefing(d, shanghai, X))!;
    expect(again).toMatchObject({ generations: 2, figures: { totalUnits: 5, handoverRateBp: 4000 } });
    expect(again.generatedAt.getTime()).toBeGreaterThanOrEqual(today.generatedAt.getTime());
    expect(await findBriefing(d, shanghai, X)).toEqual(again);
    expect((await listBriefings(d, shanghai, '2025-03-01', '2025-03-31')).map((briefing) => briefing.date)).toEqual([
      '2025-03-09',
      X,
    ]);
    expect(await generateBriefing(d, '00000000-0000-4000-8000-000000000000', X)).toBeNull();
    await d.query(`DELETE FROM units WHERE id = $1`, [unit.id]);
  });
});
