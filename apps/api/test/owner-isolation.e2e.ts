import { randomInt, randomUUID } from 'node:crypto';
import type {
  OpenAPIObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { DataSource } from 'typeorm';
import { buildOpenApiDocument } from '../src/openapi-document';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertProject, insertUnit } from '../../../test/factories';

const newPhone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** the OpenAPI path, e.g. /owner/me/units/{unitId}/defects/{defectId} */
  path: string;
  parameters: ParameterObject[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operationsOf(document: OpenAPIObject): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []).filter((p): p is ParameterObject => 'in' in p);
      operations.push({ method, path, parameters });
    }
  }
  return operations;
}

/** A value for a path parameter that names no record of anybody: a fresh UUID, an enum's first value, or a word. */
function strangerValue(parameter: ParameterObject | undefined): string {
  const schema = parameter?.schema as SchemaObject | undefined;
  if (schema?.enum?.length) return String(schema.enum[0]);
  if (schema?.type === 'integer' || schema?.type === 'number') return '1';
  return randomUUID();
}

/** The path with `{unitId}` given and every other parameter filled with a value that names nothing. */
function pathFor(operation: Operation, unitId: string): string {
  return operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    encodeURIComponent(
      name === 'unitId' ? unitId : strangerValue(operation.parameters.find((p) => p.in === 'path' && p.name === name)),
    ),
  );
}

const isOwnerRoute = (operation: Operation) => operation.path.startsWith('/owner/');
const isSignInRoute = (operation: Operation) => operation.path.startsWith('/owner/sign-in');
const isUnitRoute = (operation: Operation) => operation.path.startsWith('/owner/me/units/{unitId}');

/**
 * Owner isolation as a table (issue 17): for every operation in the API's own OpenAPI document — so a route added
 * later is in the table without editing it — who may reach it. Rows: each owner route and each staff route; columns:
 * no token, a staff token, the owner on their own unit, the owner on another household's unit, the owner on a unit
 * that does not exist. Records nested under a unit (defects, photos, documents, …) are asked for with ids that are
 * nobody's, so a route that served a record without checking it belongs to the unit would answer something else
 * than 404 here.
 */
describe('owner isolation: every route × who asks', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let operations: Operation[];
  let ownerToken: string;
  let ownUnitId: string;
  let neighbourUnitId: string;
  let otherProjectUnitId: string;

  const http = () => stack.http();
  const send = (operation: Operation, path: string, headers: Record<string, string>) => {
    const call = http()[operation.method](path);
    return call.set({ 'Accept-Language': 'en', ...headers }).send({});
  };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    const project = await insertProject(db, { leadUserId: lead.id });
    const otherProject = await insertProject(db);
    const phone = newPhone();
    ownUnitId = (await insertUnit(db, { projectId: project.id, ownerPhone: phone, ownerName: '业主甲' })).id;
    neighbourUnitId = (await insertUnit(db, { projectId: project.id, ownerPhone: newPhone(), ownerName: '业主乙' })).id;
    otherProjectUnitId = (await insertUnit(db, { projectId: otherProject.id, ownerPhone: newPhone(), ownerName: '丙' }))
      .id;
    await http().post('/owner/sign-in/code').send({ phone }).expect(202);
    const [{ code }] = (await db.query(
      `SELECT params->>'code' AS code FROM sms_outbox WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`,
      [phone],
    )) as { code: string }[];
    ownerToken = (await http().post('/owner/sign-in').send({ phone, code }).expect(200)).body.token as string;
    operations = operationsOf(buildOpenApiDocument(stack.app));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('finds the owner routes in the document (the table is not empty)', () => {
    const unitRoutes = operations.filter(isUnitRoute);
    expect(unitRoutes.length).toBeGreaterThanOrEqual(1);
    expect(operations.filter((o) => !isOwnerRoute(o)).length).toBeGreaterThan(50);
  });

  it('every owner route but sign-in: no token and a staff token are both 401 OWNER_SESSION_REQUIRED', async () => {
    const wrong: string[] = [];
    for (const operation of operations.filter((o) => isOwnerRoute(o) && !isSignInRoute(o))) {
      const path = pathFor(operation, ownUnitId);
      for (const [who, headers] of [
        ['no token', {}],
        ['staff', bearer(lead)],
      ] as const) {
        const answer = await send(operation, path, headers);
        if (answer.status !== 401 || answer.body.code !== 'OWNER_SESSION_REQUIRED')
          wrong.push(`${operation.method.toUpperCase()} ${operation.path} as ${who}: ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every unit route: another household's unit, another project's unit and an unknown unit are 404", async () => {
    const wrong: string[] = [];
    for (const operation of operations.filter(isUnitRoute)) {
      for (const [whose, unitId] of [
        ['neighbour', neighbourUnitId],
        ['other project', otherProjectUnitId],
        ['unknown', randomUUID()],
        ['malformed', 'not-a-unit'],
      ] as const) {
        const answer = await send(operation, pathFor(operation, unitId), { Authorization: `Bearer ${ownerToken}` });
        if (answer.status !== 404 || answer.body.code !== 'NOT_FOUND')
          wrong.push(`${operation.method.toUpperCase()} ${operation.path} on ${whose}'s unit: ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every unit route with a record id: on the owner's own unit, an id that is nobody's is 404, never a 5xx", async () => {
    const wrong: string[] = [];
    const nested = operations.filter((o) => isUnitRoute(o) && /\{(?!unitId\})\w+\}/.test(o.path));
    for (const operation of nested) {
      const answer = await send(operation, pathFor(operation, ownUnitId), { Authorization: `Bearer ${ownerToken}` });
      // a body-less POST may be refused as invalid first (400); what matters is that nothing of anybody is served
      if (![400, 404, 409].includes(answer.status))
        wrong.push(`${operation.method.toUpperCase()} ${operation.path}: ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("the owner's own unit reads: every GET with only {unitId} answers, and answers the owner (no 401, 404 or 5xx)", async () => {
    const wrong: string[] = [];
    const reads = operations.filter((o) => isUnitRoute(o) && o.method === 'get' && !/\{(?!unitId\})\w+\}/.test(o.path));
    for (const operation of reads) {
      const answer = await send(operation, pathFor(operation, ownUnitId), { Authorization: `Bearer ${ownerToken}` });
      if (answer.status >= 500 || [401, 403, 404].includes(answer.status))
        wrong.push(`${operation.method.toUpperCase()} ${operation.path}: ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every staff route: an owner session gets no more than no token at all', async () => {
    const wrong: string[] = [];
    for (const operation of operations.filter((o) => !isOwnerRoute(o))) {
      const path = pathFor(operation, randomUUID());
      const anonymous = await send(operation, path, {});
      if (anonymous.status !== 401) continue; // a public route (health, docs): nobody needs a token there
      const asOwner = await send(operation, path, { Authorization: `Bearer ${ownerToken}` });
      if (asOwner.status !== 401) wrong.push(`${operation.method.toUpperCase()} ${operation.path}: ${asOwner.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
