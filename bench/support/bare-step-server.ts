/**
 * A `npm run bench:floor` candidate: the baseline's Fastify 5 + pg server (bench/baseline/server.ts: the same JSON
 * schema, pool and answer) whose POST /defects does the least a guarded handover step writes
 * (bench/support/floor-step.ts) instead of the baseline's single INSERT. No framework beyond Fastify, no
 * authentication: what PostgreSQL alone makes a step cost next to the baseline.
 *
 * Env: DATABASE_URL (required), PORT (0), POOL_SIZE (20), FLOOR_STEP (write: one round trip | read-write: the unit
 * read first, as the product's state machine does). The tables must exist and hold the units. Prints
 * `bare step listening on <url>`.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { DEFECT_BODY, DEFECT_RESPONSE, serveUntilSignalled } from '../baseline/server';
import { recordStep } from './floor-step';

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const readFirst = (process.env.FLOOR_STEP ?? 'read-write') === 'read-write';
  const pool = new Pool({ connectionString, max: Number(process.env.POOL_SIZE ?? 20) });
  const actorId = randomUUID();
  const projectId = randomUUID();
  const app = Fastify({ logger: false });
  app.post<{ Body: { unitId: string; description: string } }>(
    '/defects',
    {
      schema: { body: DEFECT_BODY, response: { 201: DEFECT_RESPONSE } },
    },
    async (request, reply) => {
      const row = await recordStep(pool, { ...request.body, actorId, projectId, readFirst });
      if (!row) return reply.code(404).send({ code: 'NOT_FOUND' });
      return reply.code(201).send({
        id: row.id,
        unitId: row.unit_id,
        description: row.description,
        createdAt: row.created_at.toISOString(),
      });
    },
  );
  app.get('/health', async () => ({ status: 'ok' }));
  await serveUntilSignalled('bare step', app, pool);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
