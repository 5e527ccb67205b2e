import type { AddressInfo } from 'node:net';
import { addDays, BRIEFING_FIGURE_KEYS } from '@handover/domain';
import { seedDemo, type DemoResult } from '../src/cli/demo.cli';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';

/**
 * `npm run demo` against the real API and worker: whatever it seeds must read back through the endpoints the console
 * uses. It once wrote daily_briefings rows by hand in a shape of its own, and every briefing read answered 500.
 */
describe('npm run demo (seedDemo)', () => {
  let stack: E2eStack;
  let hq: TestUser;
  let demo: DemoResult;

  beforeAll(async () => {
    stack = await E2eStack.start();
    await stack.app.listen(0, '127.0.0.1');
    const { port } = stack.app.getHttpServer().address() as AddressInfo;
    const admin = await stack.user('admin');
    hq = await stack.user('hq');
    demo = await seedDemo({
      baseUrl: `http://127.0.0.1:${port}`,
      adminToken: admin.token,
      databaseUrl: process.env.E2E_DATABASE_URL,
      say: () => undefined,
    });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('generates the handover project’s past briefings, oldest first, up to yesterday', () => {
    expect(demo.briefingDates.length).toBeGreaterThanOrEqual(2);
    for (const [index, date] of demo.briefingDates.entries()) {
      if (index > 0) expect(date).toBe(addDays(demo.briefingDates[index - 1], 1));
    }
  });

  it('every demo project’s briefings answer 200 through the API, with the product’s figures', async () => {
    const from = addDays(demo.briefingDates[0], -7);
    const to = addDays(demo.briefingDates[demo.briefingDates.length - 1], 1);
    for (const project of Object.values(demo.projects)) {
      const list = await stack.http().get(`/projects/${project.id}/briefings`).query({ from, to }).set(bearer(hq));
      expect({ project: project.name, status: list.status }).toEqual({ project: project.name, status: 200 });
      if (project.id !== demo.projects.handover.id) expect(list.body.items).toEqual([]);
    }

    const list = await stack
      .http()
      .get(`/projects/${demo.projects.handover.id}/briefings`)
      .query({ from, to })
      .set(bearer(hq))
      .expect(200);
    const items = list.body.items as {
      date: string;
      figures: Record<string, unknown>;
      change: Record<string, unknown> | null;
    }[];
    expect(items.map((item) => item.date)).toEqual(demo.briefingDates);
    for (const item of items) expect(Object.keys(item.figures).sort()).toEqual([...BRIEFING_FIGURE_KEYS].sort());
    expect(items[0].change).toBeNull();
    for (const item of items.slice(1)) expect(item.change).not.toBeNull();

    // The demo's history: 70 owners over two days, the 15th of every 15 objecting (4) instead of taking the keys.
    const sum = (key: string) => items.reduce((total, item) => total + (item.figures[key] as number), 0);
    expect(sum('ownersReceivedToday')).toBe(70);
    expect(sum('handedOverToday')).toBe(66);
    const last = items[items.length - 1].figures;
    expect(last).toMatchObject({ totalUnits: 120, handedOverCumulative: 66, handoverRateBp: 5500, objectionsOpen: 4 });
  });

  it('each briefing reads by date (as the console’s briefing page does), with its Markdown', async () => {
    for (const date of demo.briefingDates) {
      const briefing = await stack
        .http()
        .get(`/projects/${demo.projects.handover.id}/briefings/${date}`)
        .set(bearer(hq));
      expect({ date, status: briefing.status }).toEqual({ date, status: 200 });
      expect(briefing.body).toMatchObject({ date, generations: 1, settled: { fen: expect.any(Number) } });
      expect(briefing.body.markdown).toContain('集中交付快报');
    }
  });

  it('leaves the briefings regenerable: the same records give the same figures', async () => {
    const date = demo.briefingDates[demo.briefingDates.length - 1];
    const before = await stack
      .http()
      .get(`/projects/${demo.projects.handover.id}/briefings/${date}`)
      .set(bearer(hq))
      .expect(200);
    const again = await stack
      .http()
      .post(`/projects/${demo.projects.handover.id}/briefings/${date}/regenerate`)
      .set(bearer(hq))
      .expect(200);
    expect(again.body.figures).toEqual(before.body.figures);
    expect(again.body.generations).toBe(2);
  });
});
