import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  PROJECT_REPORTING_WORKFLOW,
  projectReportingStatusQuery,
  projectReportingWorkflowId,
  type BriefingDeliveryResult,
  type ProjectReportingActivities,
} from '@handover/contracts';
import {
  addDays,
  instantToCalendarDate,
  zonedTimeToInstant,
  type BriefingCalendar,
  type CalendarDate,
} from '@handover/domain';
import { pushToGroupRobot } from '../../apps/worker/src/activities/group-robot-client';
import { resultWhenClosed } from './support/gates';
import { createTimeSkippingEnv, workflowBundle } from './support/workflow-test-env';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;

/** In-memory stand-ins for the reporting activities; times are the test server's (skipped) clock. */
class FakeReportingActivities {
  calendar: BriefingCalendar;
  readonly briefings: { date: CalendarDate; at: number }[] = [];
  readonly deliveries: { date: CalendarDate; at: number; attempt: number }[] = [];
  readonly summaries: number[] = [];
  /** when set, deliveries push this Markdown to the robot through the real delivery function */
  robotUrl: string | null = null;

  constructor(
    private readonly now: () => Promise<number>,
    calendar: Partial<BriefingCalendar>,
  ) {
    this.calendar = {
      firstHandoverDate: '2026-01-01',
      centralizedDays: 3,
      timeZone: TZ,
      status: 'active',
      unitsRemaining: 10,
      briefingTime: '20:00',
      ...calendar,
    };
  }

  bind(): ProjectReportingActivities {
    return {
      reportingCalendar: async () => ({ ...this.calendar }),
      generateDailyBriefing: async (_projectId, date) => {
        this.briefings.push({ date, at: await this.now() });
      },
      deliverBriefing: async (_projectId, date): Promise<BriefingDeliveryResult> => {
        this.deliveries.push({ date, at: await this.now(), attempt: Context.current().info.attempt });
        if (this.robotUrl)
          await pushToGroupRobot('wecom', this.robotUrl, `集中交付快报 ${date}`, `### 集中交付快报 ${date}`, {
            allowPrivateTargets: true,
          });
        return { delivered: this.robotUrl ? 1 : 0, alreadyDelivered: 0, webhooks: this.robotUrl ? 1 : 0 };
      },
      compileHandoverSummary: async () => {
        this.summaries.push(await this.now());
      },
    };
  }
}

describe('projectReportingWorkflow: the evening briefing on durable timers (time-skipping)', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function setup(calendar: (today: CalendarDate) => Partial<BriefingCalendar>) {
    const today = instantToCalendarDate(await env.currentTimeMs(), TZ);
    const activities = new FakeReportingActivities(() => env.currentTimeMs(), calendar(today));
    const taskQueue = `reporting-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: activities.bind(),
    });
    const projectId = randomUUID();
    const start = () =>
      env.client.workflow.start(PROJECT_REPORTING_WORKFLOW, {
        taskQueue,
        workflowId: projectReportingWorkflowId(projectId),
        args: [projectId],
      });
    return { today, activities, worker, start };
  }

  async function sleepUntil(instant: number): Promise<void> {
    const now = await env.currentTimeMs();
    if (instant > now) await env.sleep(instant - now);
  }

  const at = (date: CalendarDate, time: string) => zonedTimeToInstant(date, time, TZ);

  it('briefs at 20:00 local on D … D+n−1, compiles the summary once at the end of the centralized period, then briefs daily while units remain', async () => {
    const { today, activities, worker, start } = await setup((day) => ({
      firstHandoverDate: addDays(day, 2),
      centralizedDays: 3,
      unitsRemaining: 12,
    }));
    const d = addDays(today, 2);
    await worker.runUntil(async () => {
      const handle = await start();
      expect(handle.workflowId).toMatch(/^reporting-/);

      await sleepUntil(at(d, '19:00'));
      expect(activities.briefings).toEqual([]);
      const waiting = await handle.query(projectReportingStatusQuery);
      expect(waiting).toMatchObject({
        nextBriefingDate: d,
        nextBriefingAt: new Date(at(d, '20:00')).toISOString(),
        summary: 'pending',
      });

      await sleepUntil(at(addDays(d, 2), '21:00'));
      expect(activities.briefings.map((b) => b.date)).toEqual([d, addDays(d, 1), addDays(d, 2)]);
      activities.briefings.forEach((briefing, index) => {
        const due = at(addDays(d, index), '20:00');
        expect(briefing.at).toBeGreaterThanOrEqual(due);
        expect(briefing.at).toBeLessThan(due + MINUTE);
      });
      expect(activities.deliveries.map((delivery) => delivery.date)).toEqual([d, addDays(d, 1), addDays(d, 2)]);
      expect(activities.summaries).toHaveLength(1);
      expect(activities.summaries[0]).toBeGreaterThanOrEqual(at(addDays(d, 2), '20:00'));
      expect(activities.summaries[0]).toBeLessThan(at(addDays(d, 2), '20:00') + MINUTE);

      // Scattered period (零星交付): units remain, so the briefings go on, and the summary is not asked for again.
      await sleepUntil(at(addDays(d, 4), '21:00'));
      expect(activities.briefings.map((b) => b.date)).toEqual([0, 1, 2, 3, 4].map((offset) => addDays(d, offset)));
      expect(activities.summaries).toHaveLength(1);
      expect((await handle.query(projectReportingStatusQuery)).summary).toBe('compiled');

      activities.calendar.unitsRemaining = 0;
      await sleepUntil(at(addDays(d, 5), '21:00'));
      expect(await resultWhenClosed(handle)).toBe(`reported through ${addDays(d, 4)}; summary compiled`);
      expect(activities.briefings).toHaveLength(5);
      expect(activities.summaries).toHaveLength(1);
    });
  });

  it('moves the briefings with a postponed D', async () => {
    const { today, activities, worker, start } = await setup((day) => ({
      firstHandoverDate: addDays(day, 2),
      centralizedDays: 1,
      unitsRemaining: 0,
    }));
    await worker.runUntil(async () => {
      const handle = await start();
      await sleepUntil(at(addDays(today, 1), '12:00'));
      activities.calendar.firstHandoverDate = addDays(today, 5);
      await sleepUntil(at(addDays(today, 6), '12:00'));
      expect(await resultWhenClosed(handle)).toBe(`reported through ${addDays(today, 5)}; summary compiled`);
      expect(activities.briefings.map((b) => b.date)).toEqual([addDays(today, 5)]);
      expect(activities.summaries).toHaveLength(1);
    });
  });

  it('retries the webhook push (Temporal activity retries) after the local robot fails twice, and pushes once it accepts', async () => {
    const received: { body: unknown; at: number }[] = [];
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ body: JSON.parse(body), at: Date.now() });
        response.setHeader('content-type', 'application/json');
        if (received.length === 1) {
          response.statusCode = 502;
          response.end('{"errcode":-1,"errmsg":"bad gateway"}');
        } else if (received.length === 2) {
          response.end('{"errcode":45009,"errmsg":"api freq out of limit"}');
        } else {
          response.end('{"errcode":0,"errmsg":"ok"}');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { today, activities, worker, start } = await setup((day) => ({
        firstHandoverDate: addDays(day, 1),
        centralizedDays: 1,
        unitsRemaining: 0,
      }));
      activities.robotUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=test`;
      const d = addDays(today, 1);
      await worker.runUntil(async () => {
        const handle = await start();
        await sleepUntil(at(addDays(d, 1), '21:00'));
        expect(await resultWhenClosed(handle)).toBe(`reported through ${d}; summary compiled`);
      });
      expect(activities.briefings.map((b) => b.date)).toEqual([d]);
      expect(activities.deliveries.map((delivery) => delivery.attempt)).toEqual([1, 2, 3]);
      // Temporal's backoff (30 s, then 60 s) between the attempts, on the skipped clock.
      expect(activities.deliveries[1].at - activities.deliveries[0].at).toBeGreaterThanOrEqual(30_000);
      expect(activities.deliveries[2].at - activities.deliveries[1].at).toBeGreaterThanOrEqual(60_000);
      expect(received).toHaveLength(3);
      expect(received[2].body).toEqual({ msgtype: 'markdown', markdown: { content: `### 集中交付快报 ${d}` } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('continues as new every 30 briefings without losing or repeating a day', async () => {
    const { today, activities, worker, start } = await setup((day) => ({
      firstHandoverDate: addDays(day, 1),
      centralizedDays: 2,
      unitsRemaining: 3,
    }));
    const d = addDays(today, 1);
    await worker.runUntil(async () => {
      const handle = await start();
      const firstRunId = (await handle.describe()).runId;
      await sleepUntil(at(addDays(d, 31), '21:00'));
      const status = await handle.query(projectReportingStatusQuery);
      expect(status).toMatchObject({ lastBriefingDate: addDays(d, 31), summary: 'compiled', briefingsThisRun: 2 });
      expect((await handle.describe()).runId).not.toBe(firstRunId);
      expect(activities.briefings.map((b) => b.date)).toEqual(
        [...Array(32).keys()].map((offset) => addDays(d, offset)),
      );
      expect(activities.summaries).toHaveLength(1);
      await handle.terminate('test over');
    });
  });
});
