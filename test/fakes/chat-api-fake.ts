import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received, its access token and JSON body. */
export interface ReceivedCall {
  path: string;
  token: string | null;
  body: Record<string, unknown> | null;
  accepted: boolean;
}

/** What the fake answers to a send, in order; after the script, every send is accepted. */
export type ScriptedAnswer =
  | { kind: 'http'; status: number }
  | { kind: 'errcode'; errcode: number; errmsg: string }
  | { kind: 'accept'; extra?: Record<string, unknown> };

/**
 * A local stand-in for the 企业微信 or 钉钉 API: issues numbered access tokens, records every send, and answers the
 * sends from a script (an HTTP 5xx, an errcode) before accepting. A token the script expired (42001) stays refused.
 */
export class ChatApiFake {
  readonly calls: ReceivedCall[] = [];
  private server!: Server;
  private tokenCount = 0;
  private readonly refusedTokens = new Set<string>();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly unknownUsers = new Set<string>();

  /** `recipientOf` reads the addressee from a send's body (touser, userid_list). */
  constructor(
    private readonly sendPaths: string[],
    private readonly recipientOf: (body: Record<string, unknown>) => string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next sends whose body contains `text` (a subject, an address) get these answers, one each. */
  answerNext(text: string, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(text, [...(this.scripts.get(text) ?? []), ...answers]);
  }

  /** Sends to this userid are answered as 企业微信 does for an unknown one: errcode 0 with `invaliduser`. */
  doesNotKnow(address: string): void {
    this.unknownUsers.add(address);
  }

  get tokensIssued(): number {
    return this.tokenCount;
  }

  /** The sends to `address`, and those of them the fake accepted. */
  sendsTo(address: string): { all: ReceivedCall[]; accepted: ReceivedCall[] } {
    const all = this.calls.filter((call) => call.body !== null && this.recipientOf(call.body) === address);
    return { all, accepted: all.filter((call) => call.accepted) };
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (url.pathname.endsWith('/gettoken')) {
      this.tokenCount += 1;
      return {
        status: 200,
        body: { errcode: 0, errmsg: 'ok', access_token: `token-${this.tokenCount}`, expires_in: 7200 },
      };
    }
    if (!this.sendPaths.includes(url.pathname)) return { status: 404, body: { errcode: 404, errmsg: 'no such path' } };
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const token = url.searchParams.get('access_token');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const call: ReceivedCall = { path: url.pathname, token, body, accepted: false };
    const address = this.recipientOf(body);
    this.calls.push(call);
    if (token === null || this.refusedTokens.has(token))
      return { status: 200, body: { errcode: 42001, errmsg: 'access_token expired' } };
    if (this.unknownUsers.has(address))
      return { status: 200, body: { errcode: 0, errmsg: 'ok', invaliduser: address } };
    const raw = JSON.stringify(body);
    const scripted = [...this.scripts.entries()].find(([text, answers]) => answers.length > 0 && raw.includes(text));
    const answer = scripted?.[1].shift() ?? { kind: 'accept' };
    switch (answer.kind) {
      case 'http':
        return { status: answer.status, body: { errmsg: 'upstream error' } };
      case 'errcode':
        if (answer.errcode === 42001 || answer.errcode === 40014) this.refusedTokens.add(token);
        return { status: 200, body: { errcode: answer.errcode, errmsg: answer.errmsg } };
      case 'accept':
        call.accepted = true;
        return { status: 200, body: { errcode: 0, errmsg: 'ok', ...answer.extra } };
    }
  }
}
