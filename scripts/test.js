'use strict';
/**
 * `npm test`: makes sure the Temporal binaries are available (built or fetched into the cache on first run), then
 * runs every tier: formatting and lint, the type checks (the console's against the generated API client), the
 * console's component tests (Vitest) and browser tests (Playwright in Debian's Chromium against the real product), and
 * Jest (unit, workflow, API e2e) last. Extra arguments go to Jest alone and skip the other tiers, e.g.
 * `npm test -- --selectProjects unit`.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { resolveTemporalCli, resolveTestServer } = require('./lib/temporal-binaries');
const { repoRoot } = require('./lib/paths');
const { say } = require('./lib/log');
const { playwrightOutcome, REPORT } = require('./lib/playwright-outcome');

function run(label, args, env) {
  say(`── ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, env, stdio: 'inherit' });
  return { label, ok: result.status === 0 };
}

async function main() {
  const env = { ...process.env };
  const cli = await resolveTemporalCli();
  if (cli) env.TEMPORAL_CLI_PATH = cli;
  const testServer = await resolveTestServer();
  if (testServer) env.TEMPORAL_TEST_SERVER_PATH = testServer;
  say(`Temporal CLI: ${cli ?? 'SDK download'}; test server: ${testServer ?? 'SDK download'}`);
  const jestArgs = process.argv.slice(2);
  const jest = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
  const earlier = jestArgs.length === 0 ? runConsoleAndStaticTiers(env) : [];
  for (const result of earlier) say(`${result.ok ? 'passed' : 'FAILED'}  ${result.label}`);
  const browser = jestArgs.length === 0 ? playwrightOutcome() : null;
  for (const name of browser?.flaky ?? []) say(`flaky (passed on its retry): ${name}`);
  // Jest runs last and nothing is printed after its own summary when the tiers above passed: CI reads the run's
  // result from how it ends ("Tests: N passed, N total … Ran all test suites").
  const jestResult = run('Jest: unit, repository, workflow, API e2e', [jest, '--maxWorkers=2', ...jestArgs], env);
  const failed = earlier.filter((result) => !result.ok);
  if (failed.length > 0) say(`FAILED before Jest: ${failed.map((result) => result.label).join('; ')}`);
  for (const name of browser?.failed ?? []) say(`failed browser test: ${name}`);
  process.exit(failed.length === 0 && jestResult.ok ? 0 : 1);
}

/** ESLint, Prettier, the type checks, and the console's component and browser tests. */
function runConsoleAndStaticTiers(env) {
  const results = [];
  const prettier = path.join(repoRoot, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  results.push(
    run('Prettier: formatting of every file it knows', [prettier, '--check', '.', '--log-level', 'warn'], env),
  );
  const eslint = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
  results.push(run('ESLint: every TypeScript and JavaScript file', [eslint, '.', '--max-warnings', '0'], env));
  // The console is type-checked against the generated client, so an API change that breaks a screen fails here.
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  results.push(run('tsc: web console against the generated API client', [tsc, '-p', 'apps/web/tsconfig.json'], env));
  results.push(
    run(
      'tsc: API, worker, workflows, libraries and tests (Jest runs them without type checks)',
      [tsc, '-p', 'tsconfig.json', '--noEmit'],
      env,
    ),
  );
  results.push(run('tsc: launcher, harness and tools (checkJs)', [tsc, '-p', 'tsconfig.scripts.json'], env));
  const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
  fs.rmSync(REPORT, { force: true });
  results.push(run('Vitest: web console components', [vitest, 'run', '--config', 'apps/web/vite.config.mts'], env));
  results.push(
    run('Playwright: web console in Chromium against the product', [path.join(__dirname, 'web-e2e.js')], env),
  );
  return results;
}

main().catch((error) => {
  say(error.message);
  process.exit(1);
});
