/**
 * `npm run bench:memory`: does the product hold on to memory under load? Starts the product as `npm start` does
 * (bench/support/owners-stack: throwaway folder, free ports) with the heap probe preloaded into the API, sets up one
 * project of UNITS units, then sends REQUESTS requests (100,000 by default) at CONNECTIONS at a time, cycling through
 * a handover day's mix: the project detail, the unit grid, the defect list page, a unit's record, and a defect
 * recorded (one write in five). At each CHECKPOINT share of the requests it prints the API's and the worker's RSS and
 * the API's heap after a full collection; memory is stable when the last checkpoints stay level while the request
 * count goes on growing. Exits 1 on any non-2xx answer.
 *
 * Env: REQUESTS (100000), CONNECTIONS (100), UNITS (600), CHECKPOINTS (5), LOG_LEVEL (info, as `npm start`).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { apiClient, createProjectWithUnits, createTeam, startProductStack } from './support/owners-stack';
import { HEAP_PROBE, HeapProbe, memoryOf, servicePid } from './support/process-memory';

const REQUESTS = Number(process.env.REQUESTS ?? 100_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const UNITS = Number(process.env.UNITS ?? 600);
const CHECKPOINTS = Number(process.env.CHECKPOINTS ?? 5);
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'info';
const PROBE_DIR = mkdtempSync(join(os.tmpdir(), 'memory-bench-heap-'));

const note = (line: string) => process.stderr.write(`${line}\n`);
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

interface Checkpoint {
  requests: number;
  seconds: number;
  apiRssKb: number;
  apiHeapAfterGcKb: number;
  workerRssKb: number;
}

async function main(): Promise<void> {
  note('starting the product in a throwaway folder…');
  const stack = await startProductStack({
    label: 'memory',
    env: { LOG_LEVEL, HEAP_PROBE_DIR: PROBE_DIR, API_NODE_OPTIONS: `-r ${HEAP_PROBE}` },
  });
  const failures: string[] = [];
  try {
    const base = stack.baseUrl.replace('localhost', '127.0.0.1');
    const api = apiClient(base);
    const team = await createTeam(api, stack.adminToken, 'memory');
    const project = await createProjectWithUnits(api, team, { label: 'memory-bench', count: UNITS });
    const p = `/projects/${project.id}`;
    const { units } = (await api('GET', `${p}/units/grid`, team.lead.token)) as { units: { id: string }[] };
    const deadline = addDays(instantToCalendarDate(Date.now(), 'Asia/Shanghai'), 14);
    const apiPid = servicePid(stack.dataDir, 'apps/api/src/main.js');
    const workerPid = servicePid(stack.dataDir, 'apps/worker/src/main.js');
    const probe = new HeapProbe(PROBE_DIR);
    let n = 0;
    const authorization = `Bearer ${team.lead.token}`;
    // each request its own headers: autocannon would otherwise carry a POST's content-length over to the next GET
    const get = (path: string) => ({ method: 'GET' as const, path, headers: { authorization } });
    const request = () => {
      const i = n++;
      const unitId = units[i % units.length]!.id;
      switch (i % 5) {
        case 0:
          return get(p);
        case 1:
          return get(`${p}/units/grid`);
        case 2:
          return get(`${p}/defects?page=1&pageSize=20`);
        case 3:
          return get(`${p}/units/${unitId}`);
        default:
          return {
            method: 'POST' as const,
            path: `${p}/defects`,
            headers: { authorization, 'content-type': 'application/json' },
            body: JSON.stringify({
              unitId,
              source: 'handover_inspection',
              category: 'quality',
              trade: '门窗',
              description: `入户门关闭不严 ${i}`,
              responsibleParty: '总包',
              deadline,
            }),
          };
      }
    };
    const checkpoint = async (requests: number, seconds: number): Promise<Checkpoint> => {
      const heap = await probe.afterGc();
      return {
        requests,
        seconds,
        apiRssKb: memoryOf(apiPid).rssKb,
        apiHeapAfterGcKb: heap.heapUsedKb,
        workerRssKb: memoryOf(workerPid).rssKb,
      };
    };
    const checkpoints: Checkpoint[] = [await checkpoint(0, 0)];
    const started = Date.now();
    const share = Math.ceil(REQUESTS / CHECKPOINTS);
    for (let sent = 0; sent < REQUESTS; ) {
      const amount = Math.min(share, REQUESTS - sent);
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        amount,
        requests: [{ setupRequest: (base) => ({ ...base, body: undefined, ...request() }) }],
      });
      sent += amount;
      if (result.non2xx + result.errors + result.timeouts > 0) {
        failures.push(`${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts by ${sent}`);
      }
      const point = await checkpoint(sent, (Date.now() - started) / 1000);
      checkpoints.push(point);
      note(
        `${sent} requests (${(result.requests.average || 0).toFixed(0)} req/s): API RSS ${mb(point.apiRssKb)}, ` +
          `heap after GC ${mb(point.apiHeapAfterGcKb)}; worker RSS ${mb(point.workerRssKb)}`,
      );
    }
    console.log(
      `\n${REQUESTS} requests at ${CONNECTIONS} connections over ${UNITS} units (project detail, unit grid, defect ` +
        `list, unit record, defect intake in turn); ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`,
    );
    console.log('requests   seconds   API RSS   API heap after GC   worker RSS');
    for (const c of checkpoints) {
      console.log(
        `${String(c.requests).padStart(8)}  ${c.seconds.toFixed(0).padStart(8)}  ${mb(c.apiRssKb).padStart(9)}  ` +
          `${mb(c.apiHeapAfterGcKb).padStart(18)}  ${mb(c.workerRssKb).padStart(11)}`,
      );
    }
    const second = checkpoints[1]!;
    const last = checkpoints[checkpoints.length - 1]!;
    console.log(
      `from the first checkpoint (${second.requests}) to the last (${last.requests}): API RSS ` +
        `${mb(last.apiRssKb - second.apiRssKb)}, API heap after GC ${mb(last.apiHeapAfterGcKb - second.apiHeapAfterGcKb)}, ` +
        `worker RSS ${mb(last.workerRssKb - second.workerRssKb)}`,
    );
  } finally {
    await stack.stop();
  }
  for (const failure of failures) console.log(`FAILED ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
