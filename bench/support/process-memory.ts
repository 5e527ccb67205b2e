import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The preload that answers "collect garbage and tell me your memory" (bench/support/heap-probe.js). */
export const HEAP_PROBE = join(__dirname, 'heap-probe.js');

/** VmRSS and VmHWM (kB) of a process. */
export function memoryOf(pid: number): { rssKb: number; hwmKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

/** User + system CPU seconds of a process (/proc/<pid>/stat utime and stime, in clock ticks of 1/100 s). */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resets the process's VmHWM to its current RSS; false where the kernel does not let us. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The pid of one of the stack's services (scripts/start.js records them in launcher.json), by its entry file. */
export function servicePid(dataDir: string, entry: string): number {
  const { pids } = JSON.parse(readFileSync(join(dataDir, 'launcher.json'), 'utf8')) as { pids: number[] };
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(entry)) return pid;
    } catch {
      /* gone */
    }
  }
  throw new Error(`no ${entry} process among ${pids.join(', ')}`);
}

export interface HeapAfterGc {
  heapUsedKb: number;
  rssKb: number;
}

/** Asks a process preloaded with {@link HEAP_PROBE} (HEAP_PROBE_DIR=dir) for a full collection and its memory after. */
export class HeapProbe {
  private asked = 0;
  constructor(private readonly dir: string) {}

  async afterGc(): Promise<HeapAfterGc> {
    this.asked += 1;
    const answer = join(this.dir, `answer-${this.asked}.json`);
    writeFileSync(join(this.dir, `ask-${this.asked}`), '');
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!existsSync(answer)) continue;
      const usage = JSON.parse(readFileSync(answer, 'utf8')) as { heapUsed?: number; rss?: number; error?: string };
      if (usage.error !== undefined || usage.heapUsed === undefined || usage.rss === undefined) {
        throw new Error(`the heap probe failed: ${usage.error}`);
      }
      return { heapUsedKb: usage.heapUsed / 1024, rssKb: usage.rss / 1024 };
    }
    throw new Error('no answer from the heap probe (is bench/support/heap-probe.js preloaded?)');
  }
}
