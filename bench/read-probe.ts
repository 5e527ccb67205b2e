/**
 * `npx ts-node --transpile-only -r tsconfig-paths/register bench/read-probe.ts`: one read endpoint under load, alone —
 * the project detail (GET /projects/:id) by default — to measure a change to it without the whole bench:compare run.
 * Starts the product as bench:compare does, launches one project of UNITS units, then drives the route with
 * autocannon at CONNECTIONS for SECONDS, ROUNDS times, and prints requests/s, p50 and p99 of each round.
 *
 * Env: ROUTE (project detail | unit grid | …: the path after /projects/:id, '' for the detail), UNITS (600),
 * CONNECTIONS (100), SECONDS (6), ROUNDS (3).
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { addDays, instantToCalendarDate } from '@handover/domain';

interface ProductStack {
  baseUrl: string;
  adminToken: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startProductStack } = require('../scripts/lib/product-stack') as {
  startProductStack(options: { label: string; env?: Record<string, string> }): Promise<ProductStack>;
};

const ROUTE = process.env.ROUTE ?? '';
const UNITS = Number(process.env.UNITS ?? 600);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 6);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function main(): Promise<void> {
  const stack = await startProductStack({ label: 'read-probe', env: { LOG_LEVEL: 'info' } });
  const base = stack.baseUrl.replace('localhost', '127.0.0.1');
  const api = async (method: string, route: string, token: string, body?: unknown, type = 'application/json') => {
    const response = await fetch(`${base}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  try {
    const lead = await api('POST', '/users', stack.adminToken, { name: 'probe lead', role: 'project_lead' });
    const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
    const project = await api('POST', '/projects', lead.token, {
      cityCompany: 'bench',
      name: `read-probe-${randomUUID().slice(0, 8)}`,
      batch: '一期',
      firstHandoverDate: addDays(today, 60),
      centralizedDays: 3,
    });
    const rows = Array.from(
      { length: UNITS },
      (_, i) =>
        `${1 + Math.floor(i / 300)}#,${1 + Math.floor((i % 300) / 100)},${101 + (i % 100)},业主${i},139${String(i).padStart(8, '0')},90.00,90.50,20000.00,精装`,
    );
    await api(
      'POST',
      `/projects/${project.id}/units/import`,
      lead.token,
      ['楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯', ...rows].join('\n'),
      'text/csv',
    );
    const url = `${base}/projects/${project.id}${ROUTE}`;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { authorization: `Bearer ${lead.token}` },
      });
      console.log(
        `round ${round}: GET /projects/:id${ROUTE} ${(result['2xx'] / SECONDS).toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
          `p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors + result.timeouts} errors, ` +
          `load ${os.loadavg()[0].toFixed(2)}`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
