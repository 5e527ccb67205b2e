import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { addDays, instantToCalendarDate } from '@handover/domain';

/**
 * `npm run demo`: seeds a realistic company into a RUNNING stack (`npm start`), so a new user sees a living system.
 * Everything that has an endpoint goes through the API (users, launches, gate approvals, unit lists, defects,
 * complaints, survey, summary, cases); only history the API cannot create — past handover-day events and the daily
 * briefings of those days — is written with SQL, and only into tables that exist. Every run uses its own suffix, so
 * running it twice adds a second company snapshot instead of failing.
 *
 * Environment: HANDOVER_API_URL (default http://localhost:$PORT or 3000), HANDOVER_DATA_DIR (default .data).
 */

const dataDir = process.env.HANDOVER_DATA_DIR ?? path.join(process.cwd(), '.data');
const runtime = readJson(path.join(dataDir, 'runtime.json')) ?? {};
const baseUrl = (process.env.HANDOVER_API_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
const suffix = new Date().toISOString().slice(5, 16).replace(/[-T:]/g, '') + Math.random().toString(36).slice(2, 5);
const started = Date.now();
const log: string[] = [];
const say = (line: string) => process.stdout.write(`[demo] ${line}\n`);

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

function readJson(file: string): Record<string, string> | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : null;
}

async function call<T = Record<string, unknown>>(token: string, method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<Answer<T>> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** Calls that must work; stops the demo with the API's own message otherwise. */
async function must<T = Record<string, unknown>>(token: string, method: string, url: string, body?: unknown, contentType?: string): Promise<T> {
  const answer = await call<T>(token, method, url, body, contentType);
  if (answer.status >= 300) throw new Error(`${method} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Calls that may fail on a stack without that feature (404) or by the workflow's rules; reported, not fatal. */
async function maybe<T = Record<string, unknown>>(what: string, token: string, method: string, url: string, body?: unknown): Promise<T | null> {
  const answer = await call<T>(token, method, url, body);
  if (answer.status < 300) return answer.body;
  const message = (answer.body as { message?: unknown }).message;
  say(`  skipped ${what}: ${answer.status} ${Array.isArray(message) ? message.join('; ') : String(message ?? '')}`);
  return null;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华'];

function unitCsv(count: number): string {
  const rows = ['楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯'];
  for (let index = 0; index < count; index += 1) {
    const building = `${Math.floor(index / 40) + 1}#`;
    const floor = Math.floor((index % 40) / 4) + 2;
    const room = `${floor}0${(index % 4) + 1}`;
    const contracted = [89.57, 105.32, 128.6, 143.88][index % 4];
    const surveyed = (contracted + [-0.42, 0.18, -1.05, 0.33, 0][index % 5]).toFixed(2);
    const name = SURNAMES[index % SURNAMES.length] + GIVEN[(index * 7) % GIVEN.length];
    const phone = `13${(index % 7) + 2}${String(50_000_000 + index * 7919).padStart(8, '0')}`;
    rows.push([building, String((index % 2) + 1), room, name, phone, contracted.toFixed(2), surveyed, (26_800 + (index % 5) * 350).toFixed(2), index % 3 === 0 ? '毛坯' : '精装'].join(','));
  }
  return rows.join('\n');
}

async function main(): Promise<void> {
  const adminToken = fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8').trim();
  const ready = await fetch(`${baseUrl}/health/ready`).catch(() => null);
  if (!ready?.ok) throw new Error(`No running stack at ${baseUrl}; start it with npm start first (or set HANDOVER_API_URL).`);
  say(`seeding ${baseUrl}, run suffix ${suffix}`);

  // 1. people
  const user = async (name: string, role: string, department?: string) => {
    const created = await must<{ id: string; token: string }>(adminToken, 'POST', '/users', { name: `${name}-${suffix}`, role, department });
    return created;
  };
  const leadA = await user('李项目', 'project_lead');
  const leadB = await user('王交付', 'project_lead');
  const heads = {
    engineering: await user('张工', 'department_head', 'engineering'),
    design: await user('陈设计', 'department_head', 'design'),
    sales: await user('孙营销', 'department_head', 'sales'),
    customer_service: await user('刘客服', 'department_head', 'customer_service'),
    property: await user('赵物业', 'department_head', 'property'),
    finance: await user('周财务', 'department_head', 'finance'),
  };
  const hq = await user('集团交付中心', 'hq');
  const headIds = Object.values(heads).map((head) => head.id);
  log.push(`users: 2 project leads, ${headIds.length} department heads, 1 HQ (names end in -${suffix})`);

  // 2. projects at different distances from D (the first centralized handover day)
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const plans = [
    { key: 'early', lead: leadA, cityCompany: '杭州城市公司', name: '滨江壹号', batch: '一期 1#–3#', days: 75, units: 80, approve: [] as string[] },
    { key: 'inspection', lead: leadA, cityCompany: '杭州城市公司', name: '钱塘府', batch: '二期 5#–6#', days: 40, units: 80, approve: ['riskSelfCheck'] },
    { key: 'rectification', lead: leadB, cityCompany: '宁波城市公司', name: '东湖湾', batch: '一期', days: 24, units: 80, approve: ['riskSelfCheck', 'unitInspection', 'openDay'] },
    {
      key: 'handover',
      lead: leadB,
      cityCompany: '苏州城市公司',
      name: '金鸡湖壹号',
      batch: '三期 8#–10#',
      days: 1,
      units: 120,
      approve: ['riskSelfCheck', 'unitInspection', 'openDay', 'rectification', 'propertyTransfer', 'rehearsal', 'handoverReadiness'],
    },
  ];
  const signers: Record<string, { id: string; token: string }> = { ...heads, hq };
  const projects: Record<string, { id: string; name: string; lead: { id: string; token: string }; unitIds: string[] }> = {};
  for (const plan of plans) {
    const firstHandoverDate = addDays(today, plan.days);
    const body = {
      cityCompany: plan.cityCompany,
      name: `${plan.name}-${suffix}`,
      batch: plan.batch,
      firstHandoverDate,
      centralizedDays: 3,
      departmentHeadIds: headIds,
      ...(plan.days < 45 ? { leadUserId: plan.lead.id, hqException: { reason: 'Demo: launched late, the earlier milestones are already due.' } } : {}),
    };
    // A late launch needs HQ's exception; HQ launches on behalf of the lead.
    const launched = await must<{ id: string }>(plan.days < 45 ? hq.token : plan.lead.token, 'POST', '/projects', body);
    const imported = await must<{ imported?: number }>(plan.lead.token, 'POST', `/projects/${launched.id}/units/import`, unitCsv(plan.units), 'text/csv');
    const units = await must<{ items: { id: string }[] }>(plan.lead.token, 'GET', `/projects/${launched.id}/units?pageSize=200`);
    projects[plan.key] = { id: launched.id, name: body.name, lead: plan.lead, unitIds: units.items.map((unit) => unit.id) };
    let approvals = 0;
    for (const milestone of plan.approve) {
      const detail = await must<{ milestones?: { key: string; parties: string[] }[] }>(plan.lead.token, 'GET', `/projects/${launched.id}`);
      const parties = detail.milestones?.find((entry) => entry.key === milestone)?.parties ?? [];
      for (const party of parties) {
        const signer = party === 'project_lead' ? plan.lead : signers[party];
        if (!signer) continue;
        const ok = await maybe(`${milestone} by ${party}`, signer.token, 'POST', `/projects/${launched.id}/milestones/${milestone}/approve`, { comment: '演示数据: 已核查', party });
        if (ok) approvals += 1;
      }
    }
    log.push(`project ${body.name} (${plan.cityCompany}, D ${firstHandoverDate}): ${imported.imported ?? plan.units} units imported, ${approvals} gate approvals`);
  }

  // 3. defects and complaints through the API
  const defectIds: string[] = [];
  const complaintIds: string[] = [];
  const defectSamples = [
    { source: 'unit_inspection', category: 'quality', trade: 'civil', description: '客厅地面空鼓约 0.5 m²' },
    { source: 'unit_inspection', category: 'quality', trade: 'windows', description: '主卧铝合金窗框渗水, 淋水试验不合格' },
    { source: 'open_day', category: 'quality', trade: 'doors', description: '卫生间门与淋浴房门开启冲突' },
    { source: 'open_day', category: 'non_quality', trade: 'landscape', description: '业主询问小区南门开通时间' },
    { source: 'handover_inspection', category: 'quality', trade: 'plumbing', description: '厨房下水管接口渗漏' },
    { source: 'handover_inspection', category: 'quality', trade: 'civil', description: '次卧墙面裂缝 30 cm' },
  ];
  for (const key of ['inspection', 'rectification', 'handover']) {
    const project = projects[key];
    const samples = key === 'handover' ? defectSamples : defectSamples.slice(0, 4);
    for (const [index, sample] of samples.entries()) {
      const created = await maybe<{ id: string }>('defect', heads.engineering.token, 'POST', `/projects/${project.id}/defects`, {
        ...sample,
        unitId: project.unitIds[index * 3],
        deadline: addDays(today, 10 + index),
      });
      if (created) defectIds.push(created.id);
    }
  }
  const complaintSamples = [
    { subject: '车位配比与宣传资料不符', severity: 'group', description: '12 户业主联名, 要求兑现销售承诺的车位配比' },
    { subject: '入户门变形关不严', severity: 'normal', description: '业主验房时发现入户门下沿刮地' },
    { subject: '交付排队超过两小时', severity: 'major', description: '上午 10 点签到处排队严重, 业主情绪激动' },
  ];
  for (const key of ['rectification', 'handover']) {
    for (const [index, sample] of complaintSamples.entries()) {
      const created = await maybe<{ id: string }>('complaint', heads.customer_service.token, 'POST', `/projects/${projects[key].id}/complaints`, {
        ...sample,
        unitId: projects[key].unitIds[index * 5 + 1],
        receivedAt: new Date(Date.now() - (index + 1) * 3_600_000).toISOString(),
      });
      if (created) complaintIds.push(created.id);
    }
  }
  log.push(`records: ${defectIds.length} defects, ${complaintIds.length} complaints (major/group ones escalated to HQ)`);

  // 4. history the API cannot create: the last two handover days of the nearest project, and their briefings
  const databaseUrl = process.env.DATABASE_URL ?? runtime.DATABASE_URL;
  if (databaseUrl) {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      log.push(...(await seedHistory(db, projects.handover.id, projects.handover.lead.id)));
    } finally {
      await db.end();
    }
  } else {
    log.push('history: skipped (no DATABASE_URL and no .data/runtime.json)');
  }

  // 5. satisfaction survey, summary and cases (issue 6 endpoints; skipped on a stack without them)
  const target = projects.handover;
  const dimensions = await maybe<{ items: { id: string; name: string }[] }>('survey dimensions', target.lead.token, 'POST', `/projects/${target.id}/survey/dimensions`, {
    names: ['交付流程', '房屋质量', '服务态度', '维修响应'],
  });
  if (dimensions) {
    const profile: Record<string, [number, number, number]> = { 交付流程: [8, 8, 7], 房屋质量: [10, 9, 6], 服务态度: [6, 7, 8], 维修响应: [9, 8, 6] };
    let responses = 0;
    for (const [index, unitId] of target.unitIds.slice(0, 30).entries()) {
      const answers = dimensions.items.map((dimension) => {
        const [importance, expectation, experience] = profile[dimension.name] ?? [7, 7, 7];
        const jitter = (offset: number) => ((index * 7 + offset) % 3) - 1;
        const clamp = (value: number) => Math.min(10, Math.max(1, value));
        return { dimensionId: dimension.id, importance: clamp(importance + jitter(1)), expectation: clamp(expectation + jitter(2)), experience: clamp(experience + jitter(3)) };
      });
      if (await maybe('survey response', heads.customer_service.token, 'POST', `/projects/${target.id}/survey/responses`, { unitId, answers })) responses += 1;
    }
    const analysis = await maybe<{ keyExperience: { name: string; weightedGap: string } | null }>('survey analysis', hq.token, 'GET', `/projects/${target.id}/survey/analysis`);
    log.push(`survey: ${responses} responses on ${dimensions.items.length} dimensions; key experience to fix: ${analysis?.keyExperience ? `${analysis.keyExperience.name} (${analysis.keyExperience.weightedGap})` : 'none'}`);
  }
  const compiled = await maybe<{ compileCount: number }>('summary', target.lead.token, 'POST', `/projects/${target.id}/summary/compile`);
  if (compiled) {
    await maybe('summary narrative', target.lead.token, 'PUT', `/projects/${target.id}/summary/narrative`, {
      lessonsLearned: '签到与补差分设两个窗口后排队明显缩短; 开放日问题逐户回复, 交付当天异议少。',
      focusPoints: '外窗渗水与厨房下水接口为集中问题, 保修期内重点回访。',
      recommendations: '设计阶段复核卫生间门开启方向; 车位配比写入统一说辞。',
    });
    log.push(`summary: compiled for ${target.name} (draft, narrative filled in; the lead submits it, HQ accepts at summaryAccepted)`);
  }
  let cases = 0;
  if (defectIds.length > 2) {
    const created = await maybe('case', heads.design.token, 'POST', '/cases', {
      kind: 'design_defect',
      title: '卫生间门与淋浴房门开启冲突',
      summary: '开放日多户反映卫生间门与淋浴房门开启范围重叠。原因: 门垛尺寸与淋浴房选型未协同。后续项目: 设计阶段复核门的开启方向与洁具布置。',
      tags: ['门窗', '设计协同', '精装'],
      source: { projectId: projects.inspection.id, recordKind: 'defect', recordId: defectIds[2] },
    });
    if (created) cases += 1;
  }
  if (complaintIds.length > 0) {
    const created = await maybe('case', hq.token, 'POST', '/cases', {
      kind: 'typical_complaint',
      title: '车位配比与宣传资料不符引发群诉',
      summary: '宣传资料的车位配比高于实际交付, 12 户联名投诉。处理: 交付前形成统一说辞与补偿方案, 由客服逐户沟通。',
      tags: ['群诉', '销售承诺', '车位'],
      source: { projectId: projects.rectification.id, recordKind: 'complaint', recordId: complaintIds[0] },
    });
    if (created) cases += 1;
  }
  if (cases > 0) log.push(`case library: ${cases} cases promoted (GET /cases?q=车位)`);

  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const line of log) say(`  ${line}`);
  say('tokens (Authorization: Bearer <token>):');
  say(`  project lead      ${leadB.token}`);
  say(`  engineering head  ${heads.engineering.token}`);
  say(`  HQ                ${hq.token}`);
  say(`try: curl -H "Authorization: Bearer <HQ token>" ${baseUrl}/projects`);
}

/** Past handover days (yesterday and the day before, local time): check-in → … → handed over, and their briefings. */
async function seedHistory(db: Client, projectId: string, leadId: string): Promise<string[]> {
  const lines: string[] = [];
  const tables = new Set(
    (await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`)).rows.map((row) => row.name),
  );
  if (!tables.has('unit_handover_events')) return ['history: skipped (no unit_handover_events table)'];
  const steps = ['checked_in', 'area_settled', 'fees_paid', 'inspected', 'keys_handed_over', 'documents_handed_over', 'gift_recorded', 'handed_over'];
  const { rows: units } = await db.query<{ id: string }>(`SELECT id FROM units WHERE project_id = $1 ORDER BY building, room LIMIT 70`, [projectId]);
  const days = [2, 1].map((daysAgo) => ({ daysAgo, units: units.splice(0, daysAgo === 2 ? 40 : 30) }));
  await db.query('BEGIN');
  try {
    for (const { daysAgo, units: batch } of days) {
      for (const [index, unit] of batch.entries()) {
        const refuses = index % 15 === 14;
        const at = (step: number) => `now() - interval '${daysAgo} days' - interval '${8 - (index % 6)} hours' + interval '${step * 6} minutes'`;
        const taken = refuses ? steps.slice(0, 3) : steps;
        const values = taken.map((step, position) => `($1, $2, '${step}', $3, ${at(position)}, '{"demo": true}'::jsonb)`);
        if (refuses) values.push(`($1, $2, 'objected', $3, ${at(3)}, '{"demo": true, "reason": "车位"}'::jsonb)`);
        await db.query(`INSERT INTO unit_handover_events (project_id, unit_id, step, actor, at, payload) VALUES ${values.join(', ')}`, [projectId, unit.id, leadId]);
        await db.query(`UPDATE units SET handover_state = $2, handover_resume_from = $3, updated_at = now() WHERE id = $1`, [
          unit.id,
          refuses ? 'objected' : 'handed_over',
          refuses ? 'fees_paid' : null,
        ]);
        if (!refuses && index % 4 === 0 && tables.has('handover_inspection_items')) {
          await db.query(
            `INSERT INTO handover_inspection_items (project_id, unit_id, description, simple, status, recorded_by, created_at)
             VALUES ($1, $2, '插座面板松动', true, 'fixed_on_spot', $3, ${at(3)}), ($1, $2, '阳台地漏返水', false, 'logged_for_repair', $3, ${at(3)})`,
            [projectId, unit.id, leadId],
          );
        }
      }
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  lines.push(`history: ${days.reduce((sum, day) => sum + day.units.length, 0)} owners received over the last 2 days (backdated SQL events; D itself lies ahead, a launch cannot be in the past)`);

  if (tables.has('daily_briefings')) {
    const { rows } = await db.query<{ date: string; received: number; handed: number; cumulative: number; total: number }>(
      `WITH per_day AS (
         SELECT (e.at AT TIME ZONE p.time_zone)::date AS day,
                count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'checked_in')::int AS received,
                count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'handed_over')::int AS handed
           FROM unit_handover_events e JOIN projects p ON p.id = e.project_id
          WHERE e.project_id = $1 GROUP BY 1)
       SELECT to_char(day, 'YYYY-MM-DD') AS date, received, handed,
              (sum(handed) OVER (ORDER BY day))::int AS cumulative, (SELECT count(*)::int FROM units WHERE project_id = $1) AS total
         FROM per_day ORDER BY day`,
      [projectId],
    );
    let inserted = 0;
    for (const row of rows) {
      const figures = { demo: true, ownersReceived: row.received, unitsHandedOverToday: row.handed, unitsHandedOverCumulative: row.cumulative, totalUnits: row.total };
      const result = await db.query(
        `INSERT INTO daily_briefings (project_id, briefing_date, figures) VALUES ($1, $2, $3) ON CONFLICT (project_id, briefing_date) DO NOTHING`,
        [projectId, row.date, figures],
      );
      inserted += result.rowCount ?? 0;
    }
    lines.push(`briefings: ${inserted} daily_briefings rows for those days (regenerate them through the briefing endpoint for the full figures)`);
  } else {
    lines.push('briefings: skipped (no daily_briefings table on this stack)');
  }
  return lines;
}

main().catch((error: unknown) => {
  process.stderr.write(`[demo] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
