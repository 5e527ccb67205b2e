/**
 * The desk's building print of the 交付通知书 (issue 17), second half of `npm run bench:owners`. Starts the product as
 * bench/owners.bench.ts does (bench/support/owners-stack), imports UNITS (3,000) units of one project through the API,
 * PER_BUILDING (300) to a building, and, as the project lead, prints the notice of every building in turn through the
 * real endpoint (GET /projects/:projectId/buildings/:building/print.pdf?documents=notice: one page per unit, streamed
 * by the API in 200-unit batches). Each answer is streamed to a temp file while its bytes and its `/Type /Page`
 * objects are counted; the file is then opened with PDF.js (apps/api/src/owner-documents/pdf-inspect.mjs) for its
 * page count and the text of page 1.
 *
 * The endpoint prints one building, not a whole project; so the single UNITS-page request is made on a second project
 * whose UNITS units all stand in one building: the same page count in one answer, for memory against page count.
 *
 * The API process's RSS (VmRSS of /proc/<pid>/status) is sampled every 100 ms during each print; its peak high-water
 * mark (VmHWM) is reset before each print (clear_refs 5) where the kernel allows it, so the peak counts in what the
 * sampling missed. Also printed: RSS before and after each print, first-byte latency, seconds, pages/s, bytes and the
 * API's CPU seconds. After each print a full garbage collection is asked of the API (bench/support/heap-probe.js,
 * preloaded through API_NODE_OPTIONS) and its heap used and RSS after it are printed: what a print leaves behind, as
 * against what V8 has not collected yet (so each print starts from a collected heap). Exits 1 when an answer is not
 * 200 or a page count is not the unit count.
 *
 * Env: UNITS (OWNERS, else 3000), PER_BUILDING (300), LOG_LEVEL (warn), KEEP_PDF (a folder to keep the PDFs in).
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import {
  apiClient,
  apiProcessPid,
  createProjectWithUnits,
  createTeam,
  startProductStack,
  type ProductStack,
} from './support/owners-stack';
import { cpuSecondsOf, HEAP_PROBE, HeapProbe, memoryOf, resetPeak, type HeapAfterGc } from './support/process-memory';

const UNITS = Number(process.env.UNITS ?? process.env.OWNERS ?? 3000);
const PER_BUILDING = Number(process.env.PER_BUILDING ?? 300);
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
const SAMPLE_MS = 100;
const PDF_INSPECT = join(__dirname, '..', 'apps', 'api', 'src', 'owner-documents', 'pdf-inspect.mjs');
const PROBE_DIR = mkdtempSync(join(tmpdir(), 'owner-pdf-heap-'));
const heapProbe = new HeapProbe(PROBE_DIR);

const note = (line: string) => process.stderr.write(`${line}\n`);
const mb = (kb: number) => (kb / 1024).toFixed(1);

/** Counts `/Type /Page` dictionaries (not `/Type /Pages`) over a byte stream cut anywhere. */
class PageObjectCounter {
  private tail = '';
  count = 0;
  add(chunk: Uint8Array): void {
    const text = this.tail + Buffer.from(chunk).toString('latin1');
    this.count += text.match(/\/Type \/Page[^s]/g)?.length ?? 0;
    // 11 characters cannot hold a whole match (12 with the character after), so nothing is counted twice
    this.tail = text.slice(-11);
  }
}

interface PrintResult {
  label: string;
  units: number;
  status: number;
  firstByteMs: number;
  seconds: number;
  bytes: number;
  pageObjects: number;
  pdfjsPages: number;
  firstPageText: string;
  rssBeforeKb: number;
  rssAfterKb: number;
  peakSampledKb: number;
  peakHwmKb: number | null;
  samples: number;
  cpuSeconds: number;
  afterGc: HeapAfterGc;
}

async function write(file: WriteStream, chunk: Uint8Array): Promise<void> {
  if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
}

/** One print request, streamed to `path`, with the API's memory sampled throughout. */
async function print(
  stack: ProductStack,
  pid: number,
  token: string,
  route: string,
  label: string,
  units: number,
  path: string,
): Promise<PrintResult> {
  const before = memoryOf(pid).rssKb;
  const hwmReset = resetPeak(pid);
  const cpuBefore = cpuSecondsOf(pid);
  let peakSampledKb = before;
  let samples = 0;
  const sampler = setInterval(() => {
    peakSampledKb = Math.max(peakSampledKb, memoryOf(pid).rssKb);
    samples += 1;
  }, SAMPLE_MS);
  const counter = new PageObjectCounter();
  const file = createWriteStream(path);
  let bytes = 0;
  let firstByteMs = NaN;
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${stack.baseUrl}${route}`, { headers: { authorization: `Bearer ${token}` } });
    status = response.status;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += value.length;
      counter.add(value);
      await write(file, value);
    }
  } finally {
    clearInterval(sampler);
    await new Promise<void>((resolve) => file.end(() => resolve()));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = memoryOf(pid);
  peakSampledKb = Math.max(peakSampledKb, after.rssKb);
  const cpuSeconds = cpuSecondsOf(pid) - cpuBefore;
  let pdfjsPages = NaN;
  let firstPageText = '';
  if (status === 200) {
    const { stdout } = await promisify(execFile)(process.execPath, [PDF_INSPECT, path, '--max-pages', '1'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const inspected = JSON.parse(stdout) as { pages: number; texts: string[] };
    pdfjsPages = inspected.pages;
    firstPageText = inspected.texts[0] ?? '';
  }
  return {
    label,
    units,
    status,
    firstByteMs,
    seconds,
    bytes,
    pageObjects: counter.count,
    pdfjsPages,
    firstPageText,
    rssBeforeKb: before,
    rssAfterKb: after.rssKb,
    peakSampledKb,
    peakHwmKb: hwmReset ? after.hwmKb : null,
    samples,
    cpuSeconds,
    afterGc: await heapProbe.afterGc(),
  };
}

const peakOf = (r: PrintResult) => Math.max(r.peakSampledKb, r.peakHwmKb ?? 0);

function table(results: PrintResult[]): string[] {
  const header =
    'print'.padEnd(22) +
    'pages'.padStart(6) +
    'pdf.js'.padStart(7) +
    's'.padStart(7) +
    'pages/s'.padStart(8) +
    'MB'.padStart(7) +
    '1st byte ms'.padStart(12) +
    'RSS before'.padStart(11) +
    'peak'.padStart(7) +
    'peak HWM'.padStart(9) +
    'after'.padStart(7) +
    'API cpu s'.padStart(10) +
    'GC: heap'.padStart(9) +
    'RSS'.padStart(7);
  const row = (r: PrintResult) =>
    r.label.padEnd(22) +
    String(r.pageObjects).padStart(6) +
    String(r.pdfjsPages).padStart(7) +
    r.seconds.toFixed(2).padStart(7) +
    (r.pageObjects / r.seconds).toFixed(0).padStart(8) +
    (r.bytes / 1024 / 1024).toFixed(2).padStart(7) +
    r.firstByteMs.toFixed(0).padStart(12) +
    mb(r.rssBeforeKb).padStart(11) +
    mb(r.peakSampledKb).padStart(7) +
    (r.peakHwmKb === null ? '-' : mb(r.peakHwmKb)).padStart(9) +
    mb(r.rssAfterKb).padStart(7) +
    r.cpuSeconds.toFixed(2).padStart(10) +
    mb(r.afterGc.heapUsedKb).padStart(9) +
    mb(r.afterGc.rssKb).padStart(7);
  return [header, ...results.map(row)];
}

async function run(stack: ProductStack): Promise<{ lines: string[]; failures: string[] }> {
  const api = apiClient(stack.baseUrl);
  const pid = apiProcessPid(stack);
  const team = await createTeam(api, stack.adminToken, 'owner pdf bench');
  const project = await createProjectWithUnits(api, team, {
    label: 'owner-pdf-bench',
    count: UNITS,
    perBuilding: PER_BUILDING,
  });
  const whole = await createProjectWithUnits(api, team, {
    label: 'owner-pdf-bench-one-building',
    count: UNITS,
    perBuilding: UNITS,
  });
  note(`imported ${UNITS} units (${PER_BUILDING} a building) and ${UNITS} units in one building`);

  const keep = process.env.KEEP_PDF;
  const folder = keep ?? mkdtempSync(join(tmpdir(), 'owner-pdf-bench-'));
  mkdirSync(folder, { recursive: true });
  const buildings = Array.from({ length: Math.ceil(UNITS / PER_BUILDING) }, (_, i) => ({
    name: `${i + 1}#`,
    units: Math.min(PER_BUILDING, UNITS - i * PER_BUILDING),
  }));
  const route = (projectId: string, building: string) =>
    `/projects/${projectId}/buildings/${encodeURIComponent(building)}/print.pdf?documents=notice`;
  const rssStart = memoryOf(pid).rssKb;
  const heapStart = await heapProbe.afterGc();
  const results: PrintResult[] = [];
  const failures: string[] = [];
  const check = (result: PrintResult, building: string) => {
    if (result.status !== 200) failures.push(`${result.label}: HTTP ${result.status}`);
    else if (result.pageObjects !== result.units || result.pdfjsPages !== result.units) {
      failures.push(
        `${result.label}: ${result.pageObjects} page objects, PDF.js ${result.pdfjsPages}, ${result.units} units`,
      );
    } else if (!result.firstPageText.includes('交付通知书') || !result.firstPageText.includes(`${building}-1-101`)) {
      failures.push(`${result.label}: page 1 is not ${building}-1-101's notice: ${result.firstPageText.slice(0, 120)}`);
    }
  };
  try {
    const startedAll = performance.now();
    for (const building of buildings) {
      const result = await print(
        stack,
        pid,
        team.lead.token,
        route(project.id, building.name),
        `building ${building.name}`,
        building.units,
        join(folder, `project-${building.name}.pdf`),
      );
      check(result, building.name);
      results.push(result);
      note(`${result.label}: ${result.pageObjects} pages in ${result.seconds.toFixed(1)} s`);
    }
    const buildingsSeconds = (performance.now() - startedAll) / 1000;
    const single = await print(
      stack,
      pid,
      team.lead.token,
      route(whole.id, '1#'),
      `one request, ${UNITS} units`,
      UNITS,
      join(folder, 'one-building.pdf'),
    );
    check(single, '1#');

    const perBuilding = results.reduce(
      (sum, r) => ({
        pages: sum.pages + r.pageObjects,
        seconds: sum.seconds + r.seconds,
        bytes: sum.bytes + r.bytes,
        cpu: sum.cpu + r.cpuSeconds,
      }),
      { pages: 0, seconds: 0, bytes: 0, cpu: 0 },
    );
    const peakAll = Math.max(...results.map(peakOf));
    const warm = results.slice(1);
    const warmRise = warm.reduce((sum, r) => sum + peakOf(r) - r.rssBeforeKb, 0) / Math.max(1, warm.length);
    const last = results[results.length - 1];
    const firstBytes = results.map((r) => r.firstByteMs).sort((a, b) => a - b);
    const lines = [
      `notice print (documents=notice, one page a unit), API pid ${pid}, RSS sampled every ${SAMPLE_MS} ms` +
        `${results[0]?.peakHwmKb === null ? ' (VmHWM reset not allowed: peak is the sampled one only)' : ' + VmHWM reset before each print'}`,
      ...table([...results, single]),
      '',
      `building by building: ${buildings.length} requests, ${perBuilding.pages} pages (PDF.js agrees: ` +
        `${results.every((r) => r.pdfjsPages === r.pageObjects)}) in ${perBuilding.seconds.toFixed(1)} s of printing ` +
        `(${buildingsSeconds.toFixed(1)} s wall with the PDF.js checks) = ${(perBuilding.pages / perBuilding.seconds).toFixed(0)} pages/s, ` +
        `${(perBuilding.bytes / 1024 / 1024).toFixed(1)} MB (${(perBuilding.bytes / perBuilding.pages / 1024).toFixed(1)} KB a page), ` +
        `${(perBuilding.seconds / buildings.length).toFixed(2)} s a building, first byte ${firstBytes[0].toFixed(0)}–${firstBytes[firstBytes.length - 1].toFixed(0)} ms, ` +
        `API CPU ${perBuilding.cpu.toFixed(1)} s`,
      `API RSS: ${mb(rssStart)} MB before the first print (heap after GC ${mb(heapStart.heapUsedKb)} MB, RSS ` +
        `${mb(heapStart.rssKb)} MB), peak ${mb(peakAll)} MB over the buildings; after the last building and a GC: heap ` +
        `${mb(last.afterGc.heapUsedKb)} MB, RSS ${mb(last.afterGc.rssKb)} MB; a warm ${PER_BUILDING}-page print rises ` +
        `${mb(warmRise)} MB above its start on average (buildings 2 on)`,
      `one request of ${UNITS} pages: ${single.seconds.toFixed(1)} s, ${(single.pageObjects / single.seconds).toFixed(0)} pages/s, ` +
        `first byte ${single.firstByteMs.toFixed(0)} ms, peak RSS ${mb(peakOf(single))} MB (+${mb(peakOf(single) - single.rssBeforeKb)} MB ` +
        `above its start), ${mb(single.rssAfterKb)} MB at its end; after a GC: heap ${mb(single.afterGc.heapUsedKb)} MB, ` +
        `RSS ${mb(single.afterGc.rssKb)} MB`,
      `whole-project print: not offered by the API (the print is per building); the ${UNITS}-page request is one ` +
        `building of ${UNITS} units on a second project`,
      keep ? `PDFs kept in ${folder}` : '',
    ].filter(Boolean);
    return { lines, failures };
  } finally {
    if (!keep) rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  note('starting the product in a throwaway folder…');
  const stack = await startProductStack({
    label: 'owner-pdf',
    env: { LOG_LEVEL, HEAP_PROBE_DIR: PROBE_DIR, API_NODE_OPTIONS: `-r ${HEAP_PROBE}` },
  });
  let failures: string[] = [];
  try {
    const result = await run(stack);
    failures = result.failures;
    console.log(result.lines.join('\n'));
    console.log(failures.length === 0 ? 'every print checked: 200, page count = unit count, page 1 right' : '');
    for (const failure of failures) console.log(`FAILED ${failure}`);
  } finally {
    await stack.stop();
    rmSync(PROBE_DIR, { recursive: true, force: true });
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
