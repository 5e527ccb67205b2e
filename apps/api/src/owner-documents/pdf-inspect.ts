import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SCRIPT = join(__dirname, 'pdf-inspect.mjs');

/** Text of each page (PDF.js's extraction) and, when asked, page 1 rendered to PNG: for tests and the benchmark. */
export async function inspectPdf(
  pdf: Buffer,
  options: { png?: boolean; maxPages?: number } = {},
): Promise<{ pages: number; texts: string[]; png: Buffer | null }> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-inspect-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, pdf);
    const args = [SCRIPT, file];
    if (options.png) args.push('--png', join(dir, 'page.png'));
    if (options.maxPages !== undefined) args.push('--max-pages', String(options.maxPages));
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 });
    const parsed = JSON.parse(stdout) as { pages: number; texts: string[] };
    return { ...parsed, png: options.png ? await readFile(join(dir, 'page.png')) : null };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
