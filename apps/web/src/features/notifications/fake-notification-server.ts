import type { NotificationItem } from './notification-queries';

/**
 * A stand-in for the API's notification centre in component tests: the caller's notifications in memory, answered
 * the way GET /notifications, POST /notifications/{id}/read and /read-all answer, every request recorded.
 */
export class FakeNotificationServer {
  readonly requests: string[] = [];
  items: NotificationItem[] = [];

  add(overrides: Partial<NotificationItem> & Pick<NotificationItem, 'id' | 'title'>): NotificationItem {
    const item: NotificationItem = {
      projectId: 'p1',
      topic: 'escalation',
      code: 'MAJOR_COMPLAINT',
      params: {},
      body: '业主在交付现场提出重大投诉，请集团关注。',
      link: '/projects/p1',
      createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      readAt: null,
      ...overrides,
    };
    this.items.unshift(item);
    return item;
  }

  get unread(): number {
    return this.items.filter((item) => item.readAt === null).length;
  }

  /** The answer to a notification-centre request, or undefined for any other path. */
  answer(method: string, url: URL): { status: number; body: unknown } | undefined {
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    if (method === 'GET' && url.pathname === '/notifications') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      const listed =
        url.searchParams.get('unread') === 'true' ? this.items.filter((i) => i.readAt === null) : this.items;
      return {
        status: 200,
        body: {
          items: listed.slice((page - 1) * pageSize, page * pageSize),
          page,
          pageSize,
          total: listed.length,
          unread: this.unread,
        },
      };
    }
    if (method === 'POST' && url.pathname === '/notifications/read-all') {
      const marked = this.unread;
      for (const item of this.items) item.readAt ??= new Date().toISOString();
      return { status: 201, body: { marked, unread: 0 } };
    }
    const read = /^\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (method === 'POST' && read) {
      const item = this.items.find((candidate) => candidate.id === read[1]);
      if (!item)
        return {
          status: 404,
          body: { statusCode: 404, code: 'NOTIFICATION_NOT_FOUND', params: { notificationId: read[1] } },
        };
      item.readAt ??= new Date().toISOString();
      return { status: 201, body: item };
    }
    return undefined;
  }
}

/** A Response with a JSON body, as the stubbed fetch returns it. */
export function jsonResponse(answer: { status: number; body: unknown }): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
}
