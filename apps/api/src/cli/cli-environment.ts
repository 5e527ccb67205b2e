import fs from 'node:fs';
import path from 'node:path';

/** The CLI talks to the stack `npm start` runs (npm scripts run from the repo root), unless DATABASE_URL and JWT_SECRET are given. */
export function loadCliEnvironment(): void {
  const dataDir = process.env.HANDOVER_DATA_DIR ?? path.join(process.cwd(), '.data');
  const runtimeFile = path.join(dataDir, 'runtime.json');
  if (fs.existsSync(runtimeFile)) {
    const runtime = JSON.parse(fs.readFileSync(runtimeFile, 'utf8')) as Record<string, string>;
    for (const [key, value] of Object.entries(runtime)) process.env[key] ??= value;
  }
  process.env.TEMPORAL_ADDRESS ??= '127.0.0.1:7233';
  process.env.LOG_LEVEL ??= 'warn';
}
