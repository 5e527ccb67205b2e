/** A bench's server (the baseline, a framework candidate) in its own process, as the product's API is in its own. */
import { spawn } from 'node:child_process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort } = require('../../scripts/lib/free-port') as { freePort(): Promise<number> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** `script` in its own process (as the product's API is in its own) on a free port, once it answers GET /health. */
export async function startServer(label: string, script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited (code ${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${label} did not answer within 60 s`);
    }
    await sleep(200);
  }
}
