import 'reflect-metadata';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Every operation of the API is reached by a screen of the web console (issue 14) or of the owner app (issue 17,
 * apps/web/h5), or is listed below with the reason no person needs a screen for it.
 *
 * The operations come from the document `/docs-json` serves: `buildOpenApiDocument` on the application in Nest's
 * preview mode, exactly as `configure-app.ts` (which serves it), `cli/openapi.cli.ts` (the source of the console's
 * typed client) and `openapi-document.spec.ts` build it — no database, no Temporal.
 *
 * The console's side is read from its sources: the files `apps/web/src/main.tsx` (and the owner app's
 * `apps/web/h5/main.tsx`) imports, directly or through other
 * files (static imports and lazy `import()` of routes), so test files and test helpers do not count and neither does a
 * component no screen renders. A file reaches an operation by
 * - a call of the typed client: `api.GET('/projects/{id}/…'`, `.POST(`, `.PUT(`, `.PATCH(`, `.DELETE(`;
 * - a URL it builds for a GET outside the client, as the .xlsx roll-up is downloaded (`download(\`/hq/rollup.xlsx?date=${date}\`, …)`)
 *   or the token is checked at sign-in (`fetch('/users/me', …)`): the literal's `${…}` stand for path parameters and
 *   its query string is ignored. (Defect photos are read through the typed client with `parseAs: 'blob'`.)
 */

const root = resolve(__dirname, '../../..');
const webSources = join(root, 'apps/web/src');
const ownerAppEntry = join(root, 'apps/web/h5/main.tsx');

/** Operations no screen reaches, each for a reason. Keep it short: a new entry needs a reason a reviewer accepts. */
const UNREACHED_BY_DESIGN: Record<string, string> = {
  'GET /health/live': 'liveness probe for the orchestrator, not a person',
  'GET /health/ready': 'readiness probe for the orchestrator, not a person',
  'GET /hq/rollup.md':
    'the roll-up as Markdown for the group robots and scripts; the console shows the table and the .xlsx',
  'POST /projects/{id}/units/import':
    'CSV as the raw request body for scripts and integrations; the console uploads a file to units/import-file',
};

/**
 * Operations whose screens are still to come: being built right now by someone else, or an API that landed before its
 * screen. Each may be reached already (the work may land before this list is trimmed), but not be gone from the API.
 * Remove an entry once its screen lands.
 */
const IN_PROGRESS: Record<string, string> = {
  'GET /owner/me/units/{unitId}/defects/{defectId}':
    'owner app (issue 17): 我的问题 shows every defect from the list (photos included); the detail is for links to one defect',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** `METHOD /path/{param}` of every operation in the document. */
function operationsOf(document: OpenAPIObject): string[] {
  const operations: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) if (item[method]) operations.push(`${method.toUpperCase()} ${path}`);
  }
  return operations.sort();
}

/** The source files the console's entry imports, directly or through others. */
function consoleFiles(entry = join(webSources, 'main.tsx')): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
    for (const [, , specifier] of text.matchAll(specifiers)) {
      const target = resolveImport(dirname(file), specifier!);
      if (target) pending.push(target);
    }
  }
  return files;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(from, specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** What the given sources reach: typed client calls by their path template, built GET URLs as written. */
function reachedBy(sources: Iterable<string>): { calls: Set<string>; urls: string[] } {
  const calls = new Set<string>();
  const urls: string[] = [];
  for (const text of sources) {
    for (const [, method, , path] of text.matchAll(/\.(GET|POST|PUT|PATCH|DELETE)\(\s*(['"`])(\/[^'"`]*)\2/g)) {
      calls.add(`${method} ${path}`);
    }
    for (const [, , url] of text.matchAll(/\b(?:download|fetch)\(\s*(['"`])(\/[^'"`]*)\1/g)) urls.push(url!);
  }
  return { calls, urls };
}

/** The operations of `operations` no call or built URL reaches. */
function unreached(operations: string[], reached: { calls: Set<string>; urls: string[] }): string[] {
  const gets = reached.urls.map((url) => url.split('?')[0]!);
  return operations.filter((operation) => {
    if (reached.calls.has(operation)) return false;
    const [method, path] = operation.split(' ') as [string, string];
    if (method !== 'GET') return true;
    const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '(?:[^/]+|\\$\\{[^}]+\\})')}$`);
    return !gets.some((url) => pattern.test(url));
  });
}

describe('the web console reaches every operation of the API', () => {
  let operations: string[];
  let files: Map<string, string>;

  beforeAll(async () => {
    // Preview mode wires the modules without instantiating providers: no database, no Temporal.
    const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
    operations = operationsOf(buildOpenApiDocument(app));
    await app.close();
    files = new Map([...consoleFiles(), ...consoleFiles(ownerAppEntry)]);
  });

  it('reads the console from its entry, not its tests', () => {
    const names = [...files.keys()].map((file) => relative(webSources, file));
    expect(names).toEqual(
      expect.arrayContaining(['main.tsx', 'routes.tsx', 'api/client.ts', '../h5/main.tsx', '../h5/owner-api.ts']),
    );
    expect(names.filter((name) => /\.(test|spec)\.tsx?$|(^|\/)test\//.test(name))).toEqual([]);
    expect(operations.length).toBeGreaterThan(50);
  });

  it('finds every operation in a screen, unless it is listed with its reason', () => {
    const missing = unreached(operations, reachedBy(files.values())).filter(
      (operation) => !UNREACHED_BY_DESIGN[operation] && !IN_PROGRESS[operation],
    );
    expect(missing).toEqual([]);
  });

  it('lists as exceptions only operations the API has and (unless in progress) no screen reaches', () => {
    const reached = reachedBy(files.values());
    const stale = Object.keys(UNREACHED_BY_DESIGN).filter(
      (operation) => !operations.includes(operation) || unreached([operation], reached).length === 0,
    );
    expect(stale).toEqual([]);
    expect(Object.keys(IN_PROGRESS).filter((operation) => !operations.includes(operation))).toEqual([]);
    for (const reason of [...Object.values(UNREACHED_BY_DESIGN), ...Object.values(IN_PROGRESS)]) {
      expect(reason.trim().length).toBeGreaterThan(10);
    }
  });

  it('would fail: an operation the sources no longer call is reported, a URL built for it reaches it', () => {
    const sources = [...files.values()];
    const withoutRoles = sources.map((text) => text.replaceAll(".GET('/users/me'", ".GET('/users/nobody'"));
    const withoutUrl = withoutRoles.map((text) => text.replace("fetch('/users/me'", "fetch('/nowhere'"));
    expect(unreached(['GET /users/me'], reachedBy(withoutUrl))).toEqual(['GET /users/me']);
    expect(unreached(['GET /hq/rollup.xlsx'], reachedBy(sources))).toEqual([]);
    expect(unreached(['GET /hq/rollup.xlsx'], reachedBy(['download(`/hq/rollup.xlsx?date=${date}`, name)']))).toEqual(
      [],
    );
    expect(
      unreached(['GET /projects/{id}/keys/{keyId}'], reachedBy(['download(`/projects/${projectId}/keys/${key.id}`)'])),
    ).toEqual([]);
  });
});
