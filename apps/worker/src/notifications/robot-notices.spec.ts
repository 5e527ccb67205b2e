import http from 'node:http';
import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource, EntityManager } from 'typeorm';
import type { Environment } from '@handover/config';
import type {
  BriefingDeliveriesRepository,
  EventToDispatch,
  NewNotification,
  NotificationDispatchRepository,
  NotificationsRepository,
  UserContactsRepository,
} from '@handover/database';
import type { ChannelSenders } from './channel-senders';
import { NotificationFanOut } from './notification-fan-out';
import { pushRobotNotice, robotNoticeMarkdown } from './robot-notices';

/** A group-robot receiver on 127.0.0.1: answers each push in turn with `answers` (status, robot errcode). */
async function robotReceiver(answers: { status: number; errcode: number }[]) {
  const received: { path: string; body: Record<string, unknown> }[] = [];
  const server = http.createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(text) as Record<string, unknown> });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errcode: answer.errcode, errmsg: answer.errcode === 0 ? 'ok' : 'no' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const POLICY = { allowPrivateTargets: true };
const NOTICE = {
  projectId: 'p1',
  title: '【高频问题预警】滨江壹号',
  body: '高频问题预警：3 栋 3 天内（2030-01-08 至 2030-01-10）登记了 5 个防水质量问题，请排查共性原因，防范群诉。',
  link: '/projects/p1/rectification',
};

describe('robot notices (快报机器人)', () => {
  it('words the push as Markdown with a link to the console page', () => {
    expect(robotNoticeMarkdown(NOTICE, 'https://handover.example/console')).toBe(
      `### 【高频问题预警】滨江壹号\n${NOTICE.body}\n\n[在控制台查看](https://handover.example/console/projects/p1/rectification)`,
    );
  });

  it('tells every robot once; one that fails is reported, the others are still told, nothing throws', async () => {
    const robot = await robotReceiver([
      { status: 200, errcode: 0 },
      { status: 200, errcode: 93000 },
      { status: 200, errcode: 0 },
    ]);
    try {
      const outcome = await pushRobotNotice(
        [
          { id: 'w1', kind: 'wecom', url: `${robot.base}/wecom?key=a` },
          { id: 'w2', kind: 'dingtalk', url: `${robot.base}/dingtalk?access_token=b` },
          { id: 'w3', kind: 'dingtalk', url: `${robot.base}/dingtalk?access_token=c` },
        ],
        NOTICE,
        'https://handover.example/console',
        POLICY,
      );
      expect(outcome.pushed).toBe(2);
      expect(outcome.failures).toEqual([{ webhookId: 'w2', reason: expect.stringContaining('errcode 93000') }]);
      expect(outcome.failures[0]!.reason).not.toContain('access_token');
      expect(robot.received.map((push) => push.path)).toEqual([
        '/wecom?key=a',
        '/dingtalk?access_token=b',
        '/dingtalk?access_token=c',
      ]);
      expect(robot.received[0]!.body).toEqual({
        msgtype: 'markdown',
        markdown: { content: robotNoticeMarkdown(NOTICE, 'https://handover.example/console') },
      });
      expect((robot.received[1]!.body.markdown as { title: string }).title).toBe('【高频问题预警】滨江壹号');
    } finally {
      await robot.close();
    }
  });
});

describe('the fan-out: robot:briefing and the links', () => {
  const event = (recipients: string[]): EventToDispatch => ({
    id: '7',
    projectId: 'p1',
    projectName: '滨江壹号',
    timeZone: 'Asia/Shanghai',
    kind: 'escalation',
    key: 'frequent-problem:a1',
    recipients,
    payload: {
      kind: 'frequent_problem',
      alertId: 'a1',
      codedMessage: {
        code: 'FREQUENT_PROBLEM',
        params: {
          building: '3',
          category: 'quality',
          trade: '防水',
          count: 5,
          windowDays: 3,
          windowStart: '2030-01-08',
          windowEnd: '2030-01-10',
        },
      },
    },
    createdAt: new Date('2030-01-10T02:00:00Z'),
    escalation: null,
  });

  /** The fan-out over stubs: one event waiting, no contacts (the people's side is the e2e suites'), `webhooks`. */
  function fanOutOf(
    waiting: EventToDispatch,
    webhookUrls: string[],
    people: { id: string; role: string }[] = [{ id: 'u-eng', role: 'department_head' }],
  ) {
    const created: NewNotification[] = [];
    const calls: string[] = [];
    let pending: EventToDispatch | null = waiting;
    const manager = {} as EntityManager;
    const dataSource = {
      transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => {
        const result = await work(manager);
        calls.push('commit');
        return result;
      },
    } as unknown as DataSource;
    const dispatch = {
      lockNextUndispatched: async () => {
        const next = pending;
        pending = null;
        return next;
      },
      resolveRecipientsWithRoles: async () => people,
      markDispatched: async () => void calls.push('dispatched'),
    } as unknown as NotificationDispatchRepository;
    const contacts = {
      findMany: async (userIds: string[]) =>
        userIds.map((userId) => ({
          userId,
          language: 'en',
          timeZone: 'Asia/Shanghai',
          quietHours: { start: '00:00', end: '00:00' },
          preferences: { reminder: [], escalation: [], approval_waiting: [], decision_made: [], daily_briefing: [] },
          email: null,
          wecomUserId: null,
          dingtalkUserId: null,
          mobile: null,
        })),
    } as unknown as UserContactsRepository;
    const notifications = {
      create: async (notification: NewNotification) => void created.push(notification),
    } as unknown as NotificationsRepository;
    const senders = {
      configured: () => new Set(),
      consoleUrl: 'https://handover.example/console',
    } as unknown as ChannelSenders;
    const webhooks = {
      webhooksOf: async () => {
        calls.push('webhooks');
        return webhookUrls.map((url, i) => ({ id: `w${i}`, kind: 'wecom', url }));
      },
    } as unknown as BriefingDeliveriesRepository;
    const environment = { WEBHOOK_ALLOW_PRIVATE_TARGETS: true } as Environment;
    const fanOut = new NotificationFanOut(
      dataSource,
      dispatch,
      contacts,
      notifications,
      senders,
      webhooks,
      environment,
    );
    return { fanOut, created, calls };
  }

  it('stores the person’s notification titled as an alert with a link to the 整改看板, then tells the robots after the commit', async () => {
    const robot = await robotReceiver([{ status: 200, errcode: 0 }]);
    try {
      const { fanOut, created, calls } = fanOutOf(event(['user:u-eng', 'robot:briefing']), [`${robot.base}/wecom`]);
      expect(await fanOut.dispatchNext()).toBe(true);
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({
        userId: 'u-eng',
        topic: 'escalation',
        code: 'FREQUENT_PROBLEM',
        title: 'Frequent problem: 滨江壹号',
        link: '/projects/p1/rectification',
      });
      expect(created[0]!.body).toContain('5 防水 quality defects recorded in building 3 within 3 days');
      expect(calls).toEqual(['dispatched', 'commit', 'webhooks']);
      expect(robot.received).toHaveLength(1);
      // The group is told in zh-CN, whatever the people's languages.
      expect((robot.received[0]!.body.markdown as { content: string }).content).toBe(
        `### 【高频问题预警】滨江壹号\n高频问题预警：3 栋 3 天内（2030-01-08 至 2030-01-10）登记了 5 个防水质量问题，请排查共性原因，防范群诉。\n\n[在控制台查看](https://handover.example/console/projects/p1/rectification)`,
      );
      expect(await fanOut.dispatchNext()).toBe(false);
      expect(robot.received).toHaveLength(1);
    } finally {
      await robot.close();
    }
  });

  it('tells no robot of an event that does not name them, and survives a robot that is down', async () => {
    const silent = fanOutOf(event(['user:u-eng']), ['http://127.0.0.1:9/never']);
    expect(await silent.fanOut.dispatchNext()).toBe(true);
    expect(silent.calls).toEqual(['dispatched', 'commit']);

    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const down = fanOutOf(event(['user:u-eng', 'robot:briefing']), ['http://127.0.0.1:9/down']);
      expect(await down.fanOut.dispatchNext()).toBe(true);
      expect(down.calls).toEqual(['dispatched', 'commit', 'webhooks']);
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({ event: 'robot_notice_failed', projectId: 'p1', pushed: 0 }),
      );
    } finally {
      warn.mockRestore();
    }
  });

  it("links an overdue defect's escalation to the defect: a contractor to their own page, the others to the console's", async () => {
    const overdue: EventToDispatch = {
      ...event(['user:u-sub', 'user:u-eng']),
      key: 'deadline-defect-d1-2030-01-15T16:00:00.000Z:level-2',
      payload: {
        kind: 'defect_overdue',
        recordKind: 'defect',
        recordId: 'd1',
        level: 2,
        codedMessage: {
          code: 'DEFECT_OVERDUE',
          params: { trade: '水电', place: '大堂', deadline: '2030-01-15', status: 'assigned', level: 2 },
        },
      },
    };
    const { fanOut, created } = fanOutOf(
      overdue,
      [],
      [
        { id: 'u-eng', role: 'department_head' },
        { id: 'u-sub', role: 'contractor' },
      ],
    );
    expect(await fanOut.dispatchNext()).toBe(true);
    expect(Object.fromEntries(created.map((notification) => [notification.userId, notification.link]))).toEqual({
      'u-eng': '/projects/p1/defects/d1',
      'u-sub': '/contractor/projects/p1/defects/d1',
    });
  });
});
