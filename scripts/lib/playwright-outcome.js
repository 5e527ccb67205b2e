'use strict';
/**
 * Names the browser tests that failed or only passed on their retry, from the JSON report Playwright writes
 * (apps/web/playwright.config.ts), so the end of `npm test` says which test to look at.
 */
const fs = require('node:fs');
const path = require('node:path');
const { repoRoot } = require('./paths');

const REPORT = path.join(repoRoot, 'apps', 'web', 'test-results', 'results.json');

/**
 * @typedef {{ title: string, file: string, line: number, tests: { status: string, results: { error?: { message?: string } }[] }[] }} Spec
 * @typedef {{ specs?: Spec[], suites?: Suite[] }} Suite
 */

/** @returns {{ failed: string[], flaky: string[] } | null} null when there is no report (Playwright did not run). */
function playwrightOutcome(reportPath = REPORT) {
  if (!fs.existsSync(reportPath)) return null;
  /** @type {{ suites?: Suite[] }} */
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  const failed = [];
  const flaky = [];
  /** @param {Suite} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const name = `${spec.file}:${spec.line} › ${spec.title}`;
        const firstError = test.results.map((result) => result.error?.message).find(Boolean);
        const reason = firstError ? ` — ${stripAnsi(firstError).split('\n')[0].slice(0, 300)}` : '';
        if (test.status === 'unexpected') failed.push(`${name}${reason}`);
        else if (test.status === 'flaky') flaky.push(`${name}${reason}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return { failed, flaky };
}

/** @param {string} text */
function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

module.exports = { playwrightOutcome, REPORT };
