/**
 * `npm run bench:owners`: the owner app under a handover day's crowd (issue 17). Starts the product as `npm start`
 * would (throwaway data folder, free ports: scripts/lib/product-stack) with owner sign-in's per-address ceilings
 * raised (OWNER_CODE_REQUESTS_PER_ADDRESS_HOUR, OWNER_SIGN_IN_TRIES_PER_ADDRESS_HOUR: every simulated owner comes
 * from this one machine; the per-number limits stay as they are), imports OWNERS (3,000) units of one project through
 * the API, each with its own phone number, then, CONCURRENCY (100) owners at a time:
 * 1. sign-in: each owner asks for a code (POST /owner/sign-in/code), reads it from the local outbox's table (the
 *    text message the real endpoint wrote; nothing is minted around the endpoints) and signs in (POST /owner/sign-in);
 * 2. reading: each owner opens 我的房屋 (GET /owner/me/units), then their unit's notice (GET …/notice) and issue list
 *    (GET …/defects) when the API serves those routes (read from /docs-json; the ones it does not are printed as
 *    missing and skipped).
 * Prints, per phase, requests/s (answers over the phase's wall time) and, per endpoint, the count, p50/p99 (ms), the
 * number of 5xx answers and of other non-2xx answers. Exits 1 when any answer was a 5xx.
 *
 * Env: OWNERS (3000), CONCURRENCY (100), LOG_LEVEL (warn).
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile, pool } from './stats';
import {
  apiClient,
  createProjectWithUnits,
  createTeam,
  phoneOf,
  startProductStack,
  type Api,
  type Json,
  type ProductStack,
} from './support/owners-stack';

const OWNERS = Number(process.env.OWNERS ?? 3000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 100);
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';

let base = '';
let api: Api;
const note = (line: string) => process.stderr.write(`${line}\n`);

/** The latencies and answers of one endpoint. */
class Endpoint {
  readonly millis: number[] = [];
  serverErrors = 0;
  otherRefusals = 0;
  readonly statuses = new Map<number, number>();
  constructor(readonly label: string) {}

  /** Sends one request, records it, and answers the status and the JSON body (null unless 2xx). */
  async call(route: string, init: { method?: string; token?: string; body?: unknown }): Promise<Json> {
    const headers: Record<string, string> = { 'accept-language': 'zh-CN' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    let status = 0;
    let text = '';
    try {
      const response = await fetch(`${base}${route}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      status = response.status;
      text = await response.text();
    } finally {
      this.millis.push(performance.now() - started);
      this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
      if (status >= 500 || status === 0) this.serverErrors += 1;
      else if (status >= 300) this.otherRefusals += 1;
    }
    return status < 300 && text ? JSON.parse(text) : null;
  }

  line(): string {
    if (this.millis.length === 0) return `  ${this.label.padEnd(44)} n=0`;
    const statuses = [...this.statuses.entries()].map(([status, count]) => `${status}×${count}`).join(' ');
    return (
      `  ${this.label.padEnd(44)} n=${String(this.millis.length).padStart(5)} ` +
      `p50=${percentile(this.millis, 50).toFixed(1).padStart(7)} ms p99=${percentile(this.millis, 99).toFixed(1).padStart(7)} ms ` +
      `5xx=${this.serverErrors} other non-2xx=${this.otherRefusals} (${statuses})`
    );
  }
}

async function phase(label: string, endpoints: Endpoint[], work: () => Promise<void>): Promise<string[]> {
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const answers = endpoints.reduce((sum, endpoint) => sum + endpoint.millis.length, 0);
  return [
    `${label}: ${answers} requests in ${seconds.toFixed(1)} s = ${(answers / seconds).toFixed(0)} req/s at ${CONCURRENCY} concurrent owners`,
    ...endpoints.map((endpoint) => endpoint.line()),
  ];
}

async function run(stack: ProductStack): Promise<{ lines: string[]; serverErrors: number }> {
  const team = await createTeam(api, stack.adminToken, 'owners bench');
  await createProjectWithUnits(api, team, { label: 'owners-bench', count: OWNERS });
  note(`imported ${OWNERS} units with distinct owner phones`);

  const document = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, unknown> };
  const served = (route: string) => route in document.paths;
  const noticeRoute = '/owner/me/units/{unitId}/notice';
  const defectsRoute = '/owner/me/units/{unitId}/defects';
  const missing = [noticeRoute, defectsRoute].filter((route) => !served(route));

  const owners = Array.from({ length: OWNERS }, (_, i) => ({ phone: phoneOf(i), token: '', unitId: '' }));
  const askCode = new Endpoint('POST /owner/sign-in/code');
  const signIn = new Endpoint('POST /owner/sign-in');
  const units = new Endpoint('GET /owner/me/units');
  const notice = new Endpoint('GET /owner/me/units/:unitId/notice');
  const defects = new Endpoint('GET /owner/me/units/:unitId/defects');

  const outbox = new Client({ connectionString: stack.databaseUrl });
  await outbox.connect();
  const lines: string[] = [];
  try {
    lines.push(
      ...(await phase('sign-in (code asked, read from the outbox table, presented)', [askCode, signIn], () =>
        pool(owners, CONCURRENCY, async (owner) => {
          await askCode.call('/owner/sign-in/code', { method: 'POST', body: { phone: owner.phone } });
          const { rows } = await outbox.query<{ code: string }>(
            `SELECT params->>'code' AS code FROM sms_outbox WHERE "to" = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
            [owner.phone],
          );
          if (!rows[0]) return;
          const answer = await signIn.call('/owner/sign-in', {
            method: 'POST',
            body: { phone: owner.phone, code: rows[0].code },
          });
          owner.token = answer?.token ?? '';
        }),
      )),
    );
  } finally {
    await outbox.end();
  }
  const signedIn = owners.filter((owner) => owner.token);
  const reads = [units, ...(served(noticeRoute) ? [notice] : []), ...(served(defectsRoute) ? [defects] : [])];
  lines.push(
    ...(await phase(`reading (${signedIn.length} owners signed in)`, reads, () =>
      pool(signedIn, CONCURRENCY, async (owner) => {
        const mine = await units.call('/owner/me/units', { token: owner.token });
        const unitId = (mine as { items: { id: string }[] } | null)?.items[0]?.id;
        if (!unitId) throw new Error('GET /owner/me/units answered no unit for a signed-in owner');
        if (served(noticeRoute)) await notice.call(`/owner/me/units/${unitId}/notice`, { token: owner.token });
        if (served(defectsRoute)) await defects.call(`/owner/me/units/${unitId}/defects`, { token: owner.token });
      }),
    )),
  );
  lines.push(
    missing.length === 0
      ? 'every owner endpoint the bench drives is served'
      : `not served by this build (skipped): ${missing.join(', ')}`,
  );
  const all = [askCode, signIn, ...reads];
  return { lines, serverErrors: all.reduce((sum, endpoint) => sum + endpoint.serverErrors, 0) };
}

async function main(): Promise<void> {
  note('starting the product in a throwaway folder…');
  const stack = await startProductStack({
    label: 'owners',
    env: {
      LOG_LEVEL,
      OWNER_CODE_REQUESTS_PER_ADDRESS_HOUR: String(OWNERS * 2),
      OWNER_SIGN_IN_TRIES_PER_ADDRESS_HOUR: String(OWNERS * 2),
    },
  });
  base = stack.baseUrl;
  api = apiClient(base);
  let serverErrors = 0;
  try {
    const result = await run(stack);
    serverErrors = result.serverErrors;
    console.log(result.lines.join('\n'));
    console.log(`5xx answers in all: ${serverErrors}`);
  } finally {
    await stack.stop();
  }
  if (serverErrors > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
