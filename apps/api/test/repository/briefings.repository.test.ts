import { DEFAULT_BRIEFING_TIME } from '@handover/contracts';
import { insertProject, insertUnit } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { BriefingsRepository } from '../../src/briefings/briefings.repository';

describe('BriefingsRepository (集中交付快报)', () => {
  const db = useRepositoryDatabase();
  let briefings: BriefingsRepository;
  beforeAll(() => {
    briefings = new BriefingsRepository(db.dataSource);
  });

  it('generates a date’s briefing once and regenerates it in place; finds and lists stored ones by date', async () => {
    const project = await insertProject(db.dataSource);
    await insertUnit(db.dataSource, { projectId: project.id });
    const first = await db.dataSource.transaction((manager) => briefings.generate(manager, project.id, '2030-01-10'));
    expect(first).toMatchObject({
      projectId: project.id,
      date: '2030-01-10',
      generations: 1,
      change: null,
      figures: { totalUnits: 1 },
    });
    const again = await db.dataSource.transaction((manager) => briefings.generate(manager, project.id, '2030-01-10'));
    expect(again).toMatchObject({ date: '2030-01-10', generations: 2 });
    await db.dataSource.transaction((manager) => briefings.generate(manager, project.id, '2030-01-12'));
    expect(await briefings.find(project.id, '2030-01-10')).toMatchObject({ generations: 2 });
    expect(await briefings.find(project.id, '2030-01-11')).toBeNull();
    expect((await briefings.list(project.id, '2030-01-09', '2030-01-12')).map((briefing) => briefing.date)).toEqual([
      '2030-01-10',
      '2030-01-12',
    ]);
    expect(await briefings.list(project.id, '2030-01-13', '2030-01-20')).toEqual([]);
    expect(
      await db.dataSource.transaction((manager) =>
        briefings.generate(manager, '00000000-0000-4000-8000-000000000000', '2030-01-10'),
      ),
    ).toBeNull();
  });

  it('serialises regenerations of one project and date, not of other dates', async () => {
    const project = await insertProject(db.dataSource);
    const holder = await openTransaction(db.dataSource);
    try {
      await briefings.lockDate(holder.manager, project.id, '2030-01-10');
      const tryLock = (date: string) =>
        rolledBack(db.dataSource, async (manager) => {
          const [row] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS got`, [
            `briefing:${project.id}:${date}`,
          ]);
          return row.got as boolean;
        });
      expect(await tryLock('2030-01-10')).toBe(false);
      expect(await tryLock('2030-01-11')).toBe(true);
    } finally {
      await holder.rollback();
    }
  });

  it('keeps the briefing time (20:00 until set, HH:MM only)', async () => {
    const project = await insertProject(db.dataSource);
    expect(await briefings.briefingTime(project.id)).toBe(DEFAULT_BRIEFING_TIME);
    await briefings.setBriefingTime(db.dataSource.manager, project.id, '19:30', project.leadUserId);
    await briefings.setBriefingTime(db.dataSource.manager, project.id, '21:05', project.leadUserId);
    expect(await briefings.briefingTime(project.id)).toBe('21:05');
    await expectViolation(
      briefings.setBriefingTime(db.dataSource.manager, project.id, '24:00', project.leadUserId),
      'project_briefing_settings_time_format',
    );
  });

  it('replaces the webhooks: those that stay keep their id and deliveries, new ones follow in the order given, the rest go', async () => {
    const project = await insertProject(db.dataSource);
    const replace = (webhooks: { kind: 'wecom' | 'dingtalk'; url: string }[]) =>
      db.dataSource.transaction((manager) =>
        briefings.replaceWebhooks(manager, project.id, webhooks, project.leadUserId),
      );
    await replace([
      { kind: 'wecom', url: 'https://qyapi.weixin.qq.com/a' },
      { kind: 'dingtalk', url: 'https://oapi.dingtalk.com/b' },
    ]);
    const before = await briefings.webhooks(project.id);
    expect(before.map((hook) => hook.url)).toEqual(['https://qyapi.weixin.qq.com/a', 'https://oapi.dingtalk.com/b']);
    const staying = before[1];
    await db.dataSource.query(
      `INSERT INTO briefing_deliveries (project_id, briefing_date, webhook_id) VALUES ($1, '2030-01-10', $2)`,
      [project.id, staying.id],
    );

    await replace([
      { kind: 'wecom', url: 'https://qyapi.weixin.qq.com/z' },
      { kind: 'dingtalk', url: 'https://oapi.dingtalk.com/b' },
      { kind: 'wecom', url: 'https://qyapi.weixin.qq.com/y' },
    ]);
    const after = await briefings.webhooks(project.id);
    expect(after.map((hook) => hook.url)).toEqual([
      'https://oapi.dingtalk.com/b',
      'https://qyapi.weixin.qq.com/z',
      'https://qyapi.weixin.qq.com/y',
    ]);
    expect(after[0].id).toBe(staying.id);
    expect(
      (
        await db.dataSource.query(`SELECT count(*)::int AS n FROM briefing_deliveries WHERE webhook_id = $1`, [
          staying.id,
        ])
      )[0].n,
    ).toBe(1);

    await replace([]);
    expect(await briefings.webhooks(project.id)).toEqual([]);
    await expectViolation(replace([{ kind: 'wecom', url: 'ftp://example.com/x' }]), 'briefing_webhooks_url_http');
  });
});
