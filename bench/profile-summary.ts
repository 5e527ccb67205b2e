/**
 * Reads a V8 .cpuprofile (`node --cpu-prof`, or bench/api-profiler.js's windows) and prints where the time went,
 * grouped by package: `npx ts-node --transpile-only bench/profile-summary.ts <file.cpuprofile> [top N (25)]`.
 * - by package: self time (samples whose top frame is in it) and inclusive time (samples with it anywhere on the
 *   stack), as a share of the busy samples (idle excluded);
 * - the top N functions by self time and by inclusive time, each named `package function (file:line)`.
 * Packages: node_modules/<name> (scoped: @scope/name), `ours:<app or lib>` for dist/apps/<x> and dist/libs/<x>,
 * `node` for Node's own JavaScript, `(gc)` / `(program)` / `(native)` for V8's pseudo-frames.
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return functionName;
    return '(native)';
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return 'node';
  const ours = /\/dist\/(apps|libs|workflows)\/([^/]+)/.exec(url);
  if (ours) return `ours:${ours[1] === 'workflows' ? 'workflows' : ours[2]}`;
  return url.includes('/bench/') ? 'bench' : 'other';
}

function frameName(frame: CallFrame): string {
  const file = frame.url ? frame.url.replace(/^.*\/(node_modules|dist)\//, '').replace(/^file:\/\//, '') : '';
  return `${packageOf(frame)} ${frame.functionName || '(anonymous)'}${file ? ` (${file}:${frame.lineNumber + 1})` : ''}`;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  packages: { name: string; selfMs: number; inclusiveMs: number }[];
  selfTop: { name: string; ms: number }[];
  inclusiveTop: { name: string; ms: number }[];
}

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const packageSelf = new Map<string, number>();
  const packageInclusive = new Map<string, number>();
  const functionSelf = new Map<string, number>();
  const functionInclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let busyMs = 0;
  let idleMs = 0;
  const stackCache = new Map<number, { packages: string[]; functions: string[] }>();
  const stackOf = (id: number) => {
    let cached = stackCache.get(id);
    if (cached) return cached;
    const packages = new Set<string>();
    const functions = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const pkg = packageOf(frame);
      if (pkg === '(root)') continue;
      packages.add(pkg);
      functions.add(frameName(frame));
    }
    cached = { packages: [...packages], functions: [...functions] };
    stackCache.set(id, cached);
    return cached;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      idleMs += ms;
      return;
    }
    busyMs += ms;
    add(packageSelf, packageOf(frame), ms);
    add(functionSelf, frameName(frame), ms);
    const stack = stackOf(id);
    for (const pkg of stack.packages) add(packageInclusive, pkg, ms);
    for (const fn of stack.functions) add(functionInclusive, fn, ms);
  });
  const sorted = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms }));
  const names = new Set([...packageSelf.keys(), ...packageInclusive.keys()]);
  return {
    busyMs,
    idleMs,
    packages: [...names]
      .map((name) => ({ name, selfMs: packageSelf.get(name) ?? 0, inclusiveMs: packageInclusive.get(name) ?? 0 }))
      .sort((a, b) => b.selfMs - a.selfMs),
    selfTop: sorted(functionSelf),
    inclusiveTop: sorted(functionInclusive),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / Math.max(1, summary.busyMs)).toFixed(1).padStart(5)} %`;
  const lines = [
    `busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms; shares of busy time`,
    '',
    'package                          self      inclusive',
    ...summary.packages.map((row) => `${row.name.padEnd(30)} ${pct(row.selfMs)}   ${pct(row.inclusiveMs)}`),
    '',
    'top functions by self time',
    ...summary.selfTop.map((row) => `${pct(row.ms)}  ${row.name}`),
    '',
    'top functions by inclusive time',
    ...summary.inclusiveTop.map((row) => `${pct(row.ms)}  ${row.name}`),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: profile-summary.ts <file.cpuprofile> [top N]\n');
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  console.log(formatSummary(summariseProfile(profile, Number(top ?? 25))));
}
