/**
 * The web console under load, measured in headless Chromium (Debian's, driven by playwright-core):
 * - with 200 projects in the database, the HQ portfolio board renders and settles in < 1.5 s;
 * - a 3,000-unit project's unit grid renders and settles in < 1.5 s;
 * - the initial JavaScript (entry chunk and what it statically imports) is < 400 KB gzipped.
 * Starts its own product (as `npm start` would, throwaway folder, free ports) and seeds it through the API:
 * 200 launches (real workflows), a 3,000-unit CSV import and real handover steps for part of the units.
 * "Render and settle" is timed from navigation start until every expected element is on the page, no loading
 * skeleton remains and two animation frames have been painted. Env: RUNS (5 warm runs after the cold one).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { percentile, pool } from './stats';
interface ProductStack {
  baseUrl: string;
  adminToken: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startProductStack } = require('../scripts/lib/product-stack') as {
  startProductStack(options: { label: string }): Promise<ProductStack>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath, CHROMIUM_ARGS } = require('../scripts/lib/chromium') as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

const PROJECTS = 200;
const UNITS = 3000;
const RUNS = Number(process.env.RUNS ?? 5);
const GOAL_MS = 1500;
const GOAL_INITIAL_JS_BYTES = 400 * 1024;
const webDist = path.join(__dirname, '..', 'apps', 'web', 'dist');

let base = '';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON from the API under test
async function api<T = any>(
  method: string,
  url: string,
  token: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

function unitCsv(count: number): string {
  const rows = ['building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut'];
  for (let i = 0; i < count; i += 1) {
    const contracted = 8000 + (i % 4000);
    const surveyed = contracted + ((i % 7) - 3) * 37;
    const room = `${1 + Math.floor((i % 100) / 4)}0${1 + (i % 4)}`;
    rows.push(
      `${1 + Math.floor(i / 300)}#,${1 + (Math.floor(i / 100) % 3)},${room},业主${i},139${String(10000000 + i).slice(-8)},${(contracted / 100).toFixed(2)},${(surveyed / 100).toFixed(2)},25000.00,${i % 2 ? 'fitted' : 'shell'}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function seed(adminToken: string) {
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', adminToken, { name, role, department });
  const lead = await user('bench 李项目', 'project_lead');
  const finance = await user('bench 财务', 'department_head', 'finance');
  const hq = await user('bench 集团', 'hq');
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const started = performance.now();
  const ids: string[] = [];
  await pool([...Array(PROJECTS).keys()], 20, async (i) => {
    const project = await api('POST', '/projects', lead.token, {
      cityCompany: `城市公司${i % 12}`,
      name: `看板项目${String(i).padStart(3, '0')}`,
      batch: `${1 + (i % 3)}期`,
      firstHandoverDate: addDays(today, 100 + ((i * 7) % 150)),
      centralizedDays: 3,
      departmentHeadIds: i === 0 ? [finance.id] : [],
    });
    ids[i] = project.id;
  });
  console.log(`seeded ${PROJECTS} projects through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const gridProject = `/projects/${ids[0]}`;
  await api('PUT', `${gridProject}/fee-settings`, lead.token, {
    propertyFeePerSqmMonth: '3.50',
    prepaidMonths: 3,
    deedTaxRateBp: 300,
    maintenanceFundPerSqm: '45.00',
  });
  const imported = await api('POST', `${gridProject}/units/import`, lead.token, unitCsv(UNITS), 'text/csv');
  const unitIds: string[] = [];
  for (let page = 1; unitIds.length < UNITS; page += 1) {
    const list = await api('GET', `${gridProject}/units?page=${page}&pageSize=200`, lead.token);
    if (list.items.length === 0) break;
    unitIds.push(...list.items.map((u: { id: string }) => u.id));
  }
  // Real steps for part of the units, so the grid shows several colours: ¾ checked in, ½ area settled, ¼ fees paid.
  const stepStarted = performance.now();
  const step = (name: string, token: string, keep: (i: number) => boolean) =>
    pool(
      unitIds.map((id, i) => [id, i] as const).filter(([, i]) => keep(i)),
      20,
      async ([id]) => {
        await api('POST', `${gridProject}/units/${id}/handover/${name}`, token, {});
      },
    );
  await step('check-in', lead.token, (i) => i % 4 !== 0);
  await step('settle-area', finance.token, (i) => i % 4 >= 2);
  await step('pay-fees', finance.token, (i) => i % 4 === 3);
  console.log(
    `imported ${imported.imported} units into one project and recorded ${Math.round(UNITS * 1.5)} handover steps in ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`,
  );
  return { hqToken: hq.token as string, leadToken: lead.token as string, gridProjectId: ids[0] };
}

/** Initial JavaScript: the entry chunk and every chunk it imports statically, gzipped (zlib level 9, like `gzip -9`). */
function initialJavaScript(): { files: string[]; rawBytes: number; gzipBytes: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean }
  >;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('no entry in the Vite manifest; build the console first');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entryKey);
  const files = [...seen].map((key) => manifest[key].file);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(webDist, file));
    rawBytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

interface Target {
  label: string;
  url: string;
  /** true once the screen shows all its data */
  ready: (page: Page) => Promise<boolean>;
}

async function renderAndSettle(page: Page, target: Target): Promise<number> {
  const t0 = performance.now();
  await page.goto(`${base}${target.url}`, { waitUntil: 'commit' });
  const deadline = Date.now() + 30_000;
  while (!(await target.ready(page))) {
    if (Date.now() > deadline) throw new Error(`${target.label} did not render within 30 s`);
    await page.waitForTimeout(10);
  }
  // Runs in the page (the bench itself is compiled without DOM types): wait until two frames have been painted.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return performance.now() - t0;
}

async function measure(browser: Browser, token: string, target: Target) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ content: `localStorage.setItem('handover.token', ${JSON.stringify(token)});` });
  const page = await context.newPage();
  const cold = await renderAndSettle(page, target);
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run += 1) warm.push(await renderAndSettle(page, target));
  await page.screenshot({ path: path.join(__dirname, 'results', `web-${target.label.replace(/\W+/g, '-')}.png`) });
  await context.close();
  return { cold, warm };
}

async function main(): Promise<void> {
  fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  const stack = await startProductStack({ label: 'web-bench' });
  base = stack.baseUrl;
  let browser: Browser | undefined;
  try {
    const { hqToken, leadToken, gridProjectId } = await seed(stack.adminToken);
    const js = initialJavaScript();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const noSkeleton = async (page: Page) =>
      (await page.locator('[data-testid="loading"], .ant-skeleton').count()) === 0;
    const targets: { target: Target; token: string }[] = [
      {
        token: hqToken,
        target: {
          label: 'HQ board (200 projects)',
          url: '/console/hq/board',
          ready: async (page) =>
            (await page.locator('[data-testid="board-card"]').count()) >= PROJECTS && (await noSkeleton(page)),
        },
      },
      {
        token: leadToken,
        target: {
          label: 'unit grid (3,000 units)',
          url: `/console/projects/${gridProjectId}/units`,
          ready: async (page) =>
            (await page.locator('[data-testid="unit-cell"]').count()) >= UNITS && (await noSkeleton(page)),
        },
      },
    ];
    const rows: string[] = [];
    for (const { target, token } of targets) {
      const { cold, warm } = await measure(browser, token, target);
      const worst = Math.max(cold, ...warm);
      rows.push(
        `${target.label.padEnd(26)} cold ${cold.toFixed(0).padStart(5)} ms  warm p50 ${percentile(warm, 50).toFixed(0).padStart(5)} ms  max ${Math.max(
          ...warm,
        )
          .toFixed(0)
          .padStart(5)} ms  ` + `goal < ${GOAL_MS} ms: ${worst < GOAL_MS ? 'met' : 'NOT met'}`,
      );
    }
    console.log('');
    console.log(`headless Chromium ${browser.version()}, 1280×800, ${RUNS} warm runs after one cold run`);
    for (const row of rows) console.log(row);
    console.log(
      `initial JavaScript: ${js.files.length} file(s), ${(js.rawBytes / 1024).toFixed(0)} KB raw, ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped ` +
        `(goal < 400 KB: ${js.gzipBytes < GOAL_INITIAL_JS_BYTES ? 'met' : 'NOT met'})`,
    );
  } finally {
    await browser?.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
