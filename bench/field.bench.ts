/**
 * Against a running stack (`npm start`): one CSV import of UNITS units (seconds), then each per-unit handover step
 * and defect intake driven by autocannon at CONNECTIONS concurrent requests, one request per unit.
 * Env: BASE_URL (http://localhost:3000), ADMIN_TOKEN (.data/admin-token), UNITS (3000), CONNECTIONS (100).
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { addDays, instantToCalendarDate } from '@handover/domain';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const unitCount = Number(process.env.UNITS ?? 3000);
const connections = Number(process.env.CONNECTIONS ?? 100);

async function api(method: string, path: string, token: string, body?: unknown, contentType = 'application/json') {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

function csv(count: number): string {
  const rows = ['building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut'];
  for (let i = 0; i < count; i += 1) {
    const building = `${1 + Math.floor(i / 300)}#`;
    const unit = `${1 + (Math.floor(i / 100) % 3)}`;
    const room = `${1 + Math.floor((i % 100) / 4)}0${1 + (i % 4)}`;
    const contracted = 8000 + (i % 4000);
    const surveyed = contracted + ((i % 7) - 3) * 37;
    rows.push(
      `${building},${unit},${room},业主${i},139${String(10000000 + i).slice(-8)},${(contracted / 100).toFixed(2)},${(surveyed / 100).toFixed(2)},25000.00,${i % 2 ? 'fitted' : 'shell'}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

/** One POST per unit at `connections` concurrency; every answer must be 2xx. */
async function drive(label: string, token: string, paths: string[], body: (i: number) => unknown) {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    amount: paths.length,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = next++;
          return { ...request, path: paths[i % paths.length], body: JSON.stringify(body(i)) };
        },
      },
    ],
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${label.padEnd(28)} ${result.requests.total} req  ${result.requests.average.toFixed(0).padStart(5)} req/s  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx/errors ${bad}`,
  );
  if (bad > 0) throw new Error(`${label}: ${bad} requests failed`);
}

async function main(): Promise<void> {
  const admin = process.env.ADMIN_TOKEN ?? fs.readFileSync('.data/admin-token', 'utf8').trim();
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', admin, { name, role, department });
  const lead = await user('bench lead', 'project_lead');
  const finance = await user('bench finance', 'department_head', 'finance');
  const property = await user('bench property', 'department_head', 'property');
  const engineering = await user('bench engineering', 'department_head', 'engineering');
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const project = await api('POST', '/projects', lead.token, {
    cityCompany: 'bench',
    name: `field-bench-${randomUUID().slice(0, 8)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 60),
    centralizedDays: 3,
    departmentHeadIds: [finance.id, property.id, engineering.id],
  });
  const p = `/projects/${project.id}`;
  await api('PUT', `${p}/fee-settings`, lead.token, {
    propertyFeePerSqmMonth: '3.50',
    prepaidMonths: 3,
    deedTaxRateBp: 300,
    maintenanceFundPerSqm: '45.00',
  });

  const body = csv(unitCount);
  const t0 = performance.now();
  const imported = await api('POST', `${p}/units/import`, lead.token, body, 'text/csv');
  console.log(
    `CSV import of ${imported.imported} units (${(body.length / 1024).toFixed(0)} KiB): ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );

  const unitIds: string[] = [];
  for (let page = 1; unitIds.length < unitCount; page += 1) {
    const list = await api('GET', `${p}/units?page=${page}&pageSize=200`, lead.token);
    unitIds.push(...list.items.map((u: { id: string }) => u.id));
    if (list.items.length === 0) break;
  }
  for (let i = 0; i < unitIds.length; i += 1) {
    await api('POST', `${p}/keys`, property.token, {
      unitId: unitIds[i],
      holder: 'property',
      keys: [{ kind: 'unit_door', label: `K-${i}` }],
    });
  }

  const step = (name: string) => unitIds.map((id) => `${p}/units/${id}/handover/${name}`);
  const team = { sales: '销售王', engineering: '工程李', property: '物业张' };
  await drive('check-in', lead.token, step('check-in'), () => ({}));
  await drive('settle-area', finance.token, step('settle-area'), () => ({}));
  await drive('pay-fees', finance.token, step('pay-fees'), () => ({}));
  await drive('inspect', lead.token, step('inspect'), (i) => ({
    team,
    defects: [{ description: `门吸松动 ${i}`, simple: true }],
  }));
  await drive('hand-over-keys', property.token, step('hand-over-keys'), () => ({}));
  await drive('hand-over-documents', lead.token, step('hand-over-documents'), () => ({
    qualityGuarantee: true,
    userManual: true,
    ownerHandbook: true,
  }));
  await drive('record-gift', lead.token, step('record-gift'), () => ({}));
  await drive('complete', lead.token, step('complete'), () => ({}));
  const defectsPath = `${p}/defects`;
  const probe = await fetch(`${base}${defectsPath}`, { headers: { authorization: `Bearer ${lead.token}` } });
  if (probe.status === 200) {
    await drive(
      'defect intake',
      engineering.token,
      unitIds.map(() => defectsPath),
      (i) => ({
        unitId: unitIds[i % unitIds.length],
        source: 'handover_inspection',
        category: 'quality',
        trade: '门窗',
        description: `入户门关闭不严 ${i}`,
        responsibleParty: '总包',
        deadline: addDays(today, 14),
      }),
    );
  } else {
    console.log(`defect intake: skipped (GET ${defectsPath} answered ${probe.status})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
