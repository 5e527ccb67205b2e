/**
 * A scripted handover day through the API of a running stack (`npm start`): 200 units imported, 50 owners taken
 * through the full per-unit flow, 5 objections raised; then the API's figures are checked against the database.
 * Env: BASE_URL (http://localhost:3000), ADMIN_TOKEN (.data/admin-token), DATABASE_URL (.data/runtime.json).
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { addDays, formatFen, instantToCalendarDate } from '@handover/domain';

const base = process.env.BASE_URL ?? 'http://localhost:3000';

/** Untyped JSON from the API under test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<Json> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function main(): Promise<void> {
  const admin = process.env.ADMIN_TOKEN ?? fs.readFileSync('.data/admin-token', 'utf8').trim();
  const databaseUrl =
    process.env.DATABASE_URL ?? JSON.parse(fs.readFileSync('.data/runtime.json', 'utf8')).DATABASE_URL;
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', admin, { name, role, department });
  const lead = await user('交付负责人', 'project_lead');
  const finance = await user('财务', 'department_head', 'finance');
  const property = await user('物业', 'department_head', 'property');
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const project = await api('POST', '/projects', lead.token, {
    cityCompany: '杭州城市公司',
    name: `滨江壹号-${randomUUID().slice(0, 6)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 45),
    centralizedDays: 3,
    departmentHeadIds: [finance.id, property.id],
  });
  const p = `/projects/${project.id}`;
  await api('PUT', `${p}/fee-settings`, lead.token, {
    propertyFeePerSqmMonth: '3.50',
    prepaidMonths: 3,
    deedTaxRateBp: 300,
    maintenanceFundPerSqm: '45.00',
  });
  const rows = ['楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,装修标准'];
  for (let i = 0; i < 200; i += 1) {
    const contracted = 8957 + (i % 5) * 1000;
    const surveyed = contracted + [55, -55, 0, 120, -300][i % 5];
    rows.push(
      `${1 + Math.floor(i / 100)}#,${1 + (Math.floor(i / 50) % 2)},${1 + Math.floor((i % 50) / 2)}0${1 + (i % 2)},业主${i},1391234${String(i).padStart(4, '0')},${(contracted / 100).toFixed(2)},${(surveyed / 100).toFixed(2)},25000.00,${i % 3 ? '精装' : '毛坯'}`,
    );
  }
  const imported = await api('POST', `${p}/units/import`, lead.token, rows.join('\n'), 'text/csv');
  console.log(`imported ${imported.imported} units`);
  const units: { id: string }[] = [];
  for (let page = 1; units.length < 200; page += 1)
    units.push(...(await api('GET', `${p}/units?page=${page}&pageSize=100`, lead.token)).items);

  const team = { sales: '销售王', engineering: '工程李', property: '物业张' };
  let settled = 0;
  for (const [i, unit] of units.slice(0, 55).entries()) {
    const u = `${p}/units/${unit.id}/handover`;
    await api('POST', `${p}/keys`, property.token, {
      unitId: unit.id,
      holder: 'property',
      keys: [
        { kind: 'unit_door', label: `入户门-${i}` },
        { kind: 'mailbox', label: `信箱-${i}` },
      ],
    });
    await api('POST', `${u}/check-in`, lead.token, {});
    if (i >= 50) {
      await api('POST', `${u}/object`, lead.token, {
        description: `第${i - 49}户: 实测面积与合同面积差异有异议`,
        replyDueAt: new Date(Date.now() + 2 * 864e5).toISOString(),
      });
      continue;
    }
    const settle = await api('POST', `${u}/settle-area`, finance.token, {});
    settled += 1;
    await api('POST', `${u}/pay-fees`, finance.token, {});
    await api('POST', `${u}/inspect`, lead.token, {
      team,
      defects: i % 4 === 0 ? [{ description: '门吸松动', simple: true }] : [],
    });
    await api('POST', `${u}/hand-over-keys`, property.token, {});
    await api('POST', `${u}/hand-over-documents`, lead.token, {
      qualityGuarantee: true,
      userManual: true,
      ownerHandbook: true,
    });
    await api('POST', `${u}/record-gift`, lead.token, {});
    const done = await api('POST', `${u}/complete`, lead.token, {});
    if (i < 3)
      console.log(
        `unit ${i}: ${JSON.stringify({ state: done.state, areaDifference: settle.areaDifference ?? settle.payments?.[0] }).slice(0, 300)}`,
      );
  }

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const states = await db.query(
    `SELECT handover_state, count(*)::int AS n FROM units WHERE project_id = $1 GROUP BY 1 ORDER BY 1`,
    [project.id],
  );
  const money = await db.query(
    `SELECT kind, count(*)::int AS n, sum(amount_fen)::bigint AS fen FROM payments WHERE project_id = $1 GROUP BY 1 ORDER BY 1`,
    [project.id],
  );
  const keys = await db.query(
    `SELECT holder, count(*)::int AS n FROM keys WHERE project_id = $1 GROUP BY 1 ORDER BY 1`,
    [project.id],
  );
  const onTheSpot = await db.query(
    `SELECT count(*)::int AS n FROM handover_inspection_items i JOIN units u ON u.id = i.unit_id WHERE u.project_id = $1 AND i.simple`,
    [project.id],
  );
  await db.end();
  console.log('units by handover state:', Object.fromEntries(states.rows.map((r) => [r.handover_state, r.n])));
  console.log(
    'payments:',
    money.rows.map((r) => `${r.kind}: ${r.n} rows, ${formatFen(Number(r.fen))} yuan`).join('; '),
  );
  console.log('keys by holder:', Object.fromEntries(keys.rows.map((r) => [r.holder, r.n])));
  console.log(`defects fixed on the spot: ${onTheSpot.rows[0].n}`);
  const handedOver = states.rows.find((r) => r.handover_state === 'handed_over')?.n ?? 0;
  const objected = states.rows.find((r) => r.handover_state === 'objected')?.n ?? 0;
  const listed = await api('GET', `${p}/units?handoverState=handed_over&pageSize=1`, lead.token);
  console.log(
    `API says ${listed.total} handed over; database ${handedOver}; objections open ${objected}; area settlements made ${settled}`,
  );
  if (handedOver !== 50 || objected !== 5 || listed.total !== 50) throw new Error('figures do not match');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
