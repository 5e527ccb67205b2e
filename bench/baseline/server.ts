/**
 * The floor `npm run bench:compare` measures the product against: a bare Fastify 5 + pg server that does the least a
 * record intake can do — validate `{unitId, description}` with a JSON schema, one INSERT, 201 — and its read twin, one
 * SELECT by primary key. No authentication, no authorization, no audit row, no ORM, no transaction. Its pool has the
 * product's size (libs/database: 20), so both wait on PostgreSQL alike.
 *
 * Run on its own: `DATABASE_URL=… PORT=3100 npx ts-node --transpile-only bench/baseline/server.ts`.
 * Env: DATABASE_URL (required), PORT (0: any free port), POOL_SIZE (20). Prints `baseline listening on <url>`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { BASELINE_TABLE, ensureBaselineTable } from './table';

interface DefectRow {
  id: string;
  unit_id: string;
  description: string;
  created_at: Date;
}

export const DEFECT_RESPONSE = {
  type: 'object',
  required: ['id', 'unitId', 'description', 'createdAt'],
  properties: {
    id: { type: 'string' },
    unitId: { type: 'string' },
    description: { type: 'string' },
    createdAt: { type: 'string' },
  },
} as const;

/** The intake's body: a UUID and a text of 1–4000 characters, nothing else. */
export const DEFECT_BODY = {
  type: 'object',
  required: ['unitId', 'description'],
  additionalProperties: false,
  properties: {
    unitId: { type: 'string', format: 'uuid' },
    description: { type: 'string', minLength: 1, maxLength: 4000 },
  },
} as const;

const COLUMNS = 'id, unit_id, description, created_at';

function toResponse(row: DefectRow) {
  return { id: row.id, unitId: row.unit_id, description: row.description, createdAt: row.created_at.toISOString() };
}

export function buildBaseline(pool: Pool): FastifyInstance {
  const app = Fastify({ logger: false });

  app.post<{ Body: { unitId: string; description: string } }>(
    '/defects',
    {
      schema: {
        body: DEFECT_BODY,
        response: { 201: DEFECT_RESPONSE },
      },
    },
    async (request, reply) => {
      const { rows } = await pool.query<DefectRow>(
        `INSERT INTO ${BASELINE_TABLE} (unit_id, description) VALUES ($1, $2) RETURNING ${COLUMNS}`,
        [request.body.unitId, request.body.description],
      );
      return reply.code(201).send(toResponse(rows[0]));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/defects/:id',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', format: 'uuid' } },
        },
        response: { 200: DEFECT_RESPONSE },
      },
    },
    async (request, reply) => {
      const { rows } = await pool.query<DefectRow>(`SELECT ${COLUMNS} FROM ${BASELINE_TABLE} WHERE id = $1`, [
        request.params.id,
      ]);
      if (rows.length === 0) return reply.code(404).send({ code: 'NOT_FOUND' });
      return toResponse(rows[0]);
    },
  );

  app.get('/health', async () => ({ status: 'ok' }));
  return app;
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is required');
  const pool = new Pool({ connectionString, max: Number(process.env.POOL_SIZE ?? 20) });
  await ensureBaselineTable(pool);
  await serveUntilSignalled('baseline', buildBaseline(pool), pool);
}

/** Listens on PORT (any free one by default) on 127.0.0.1, says where, and closes the server and the pool on a signal. */
export async function serveUntilSignalled(label: string, app: FastifyInstance, pool: Pool): Promise<void> {
  const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  console.log(`${label} listening on ${address}`);
  const stop = () => {
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
