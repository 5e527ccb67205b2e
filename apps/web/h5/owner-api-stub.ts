import { afterAll, beforeAll, vi } from 'vitest';
import { renderErrorMessage, type ErrorCode, type ErrorParams } from '@handover/domain/errors/error-messages';
import type { Language } from '@handover/domain/errors/language';
import { ownerSession } from './owner-session';

/** One request the owner app sent to the stub of /owner/*. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** the JSON body, if any */
  json: unknown;
  /** a multipart body: each field's values, a file as `file:<name>` */
  form: Record<string, string[]> | null;
  /** the Accept-Language the app asked the server to answer in */
  language: string | null;
}

export interface StubAnswer {
  status: number;
  body?: unknown;
}

/** A fixed answer, or one made from the request (a refusal worded in the language it asked for). */
export type StubReply = StubAnswer | ((request: ReceivedRequest) => StubAnswer);

/**
 * A stand-in for the API under /owner/*, for the owner app's screen tests: it records every request and answers
 * `METHOD /path` from `answers` (404 otherwise). Install it before importing the app: the client takes fetch when it
 * is made.
 */
export class OwnerApiStub {
  readonly received: ReceivedRequest[] = [];
  answers: Record<string, StubReply> = {};

  install(): void {
    vi.stubGlobal('fetch', (input: Request) => this.answer(input));
  }

  reset(answers: Record<string, StubReply>): void {
    this.received.length = 0;
    this.answers = { ...answers };
  }

  /** Signed in as OWNER_UNIT's owner, in Chinese, at `path`: the unit is the owner's, the rest as `answers` say. */
  openAt(path: string, answers: Record<string, StubReply>): void {
    localStorage.clear();
    ownerSession.save('hov_owner_t1');
    this.reset({ [`GET /owner/me/units/${OWNER_UNIT.id}`]: ok(OWNER_UNIT), ...answers });
    window.history.replaceState(null, '', path);
  }

  /** The requests sent with this method to this path, in order. */
  sent(method: string, path: string): ReceivedRequest[] {
    return this.received.filter((request) => request.method === method && request.path === path);
  }

  /** The requests other than GETs: what the owner asked the server to change. */
  changes(): ReceivedRequest[] {
    return this.received.filter((request) => request.method !== 'GET');
  }

  private async answer(input: Request): Promise<Response> {
    const url = new URL(input.url);
    const type = input.headers.get('content-type') ?? '';
    let form: Record<string, string[]> | null = null;
    let json: unknown = undefined;
    if (type.startsWith('multipart/form-data')) {
      form = {};
      for (const [name, value] of (await input.formData()).entries())
        (form[name] ??= []).push(typeof value === 'string' ? value : `file:${value.name}`);
    } else {
      const text = await input.text();
      json = text ? JSON.parse(text) : undefined;
    }
    const request: ReceivedRequest = {
      method: input.method,
      path: url.pathname,
      json,
      form,
      language: input.headers.get('Accept-Language'),
    };
    this.received.push(request);
    const reply = this.answers[`${input.method} ${url.pathname}`] ?? {
      status: 404,
      body: { statusCode: 404, code: 'NOT_FOUND', message: `no ${url.pathname} in this test` },
    };
    const answer = typeof reply === 'function' ? reply(request) : reply;
    return new Response(JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }
}

/** A refusal as the API sends it: the stable code, its params, and the sentence in the language the request asked for. */
export const refused =
  (status: number, code: ErrorCode, params: ErrorParams = {}): StubReply =>
  (request) => {
    const language: Language = request.language === 'en' ? 'en' : 'zh-CN';
    return { status, body: { statusCode: status, code, params, message: renderErrorMessage(code, params, language) } };
  };

export const ok = (body: unknown): StubAnswer => ({ status: 200, body });

/** The unit every screen test opens, already known to be the owner's. */
export const OWNER_UNIT = {
  id: 'u1',
  projectId: 'p1',
  projectName: '滨江花园一期',
  building: '3',
  unit: '2',
  room: '1501',
  ownerName: '李业主',
  fitOut: 'fitted',
  handoverState: 'checked_in',
  contractedAreaCenti: 8950,
  surveyedAreaCenti: 8900,
  timeZone: 'Asia/Shanghai',
};

/** This file's tests run on a phone set to `zone`, not the project's: what they show must not follow the phone. */
export function phoneInTimeZone(zone: string): void {
  const own = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (own === undefined) delete process.env.TZ;
    else process.env.TZ = own;
  });
}
