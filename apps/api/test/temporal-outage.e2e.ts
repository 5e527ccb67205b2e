import { createServer, type Server, type Socket } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/configure-app';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

/**
 * Temporal outages seen from the API. The shared dev server serves every e2e file, so it is not stopped: a second
 * API on the same database is pointed at a port nobody listens on (a stopped server: the connection is refused), at
 * a port that accepts and never answers (a hung server or a partition), and at a namespace that does not exist (a
 * cluster nobody set up). Each answers 503 with its code within the deadlines, never 500 and never after 20 s.
 */
describe('Temporal outage: 503 with a code, fast; readiness within 2 s; a failed launch is completed by a retry', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let engineering: TestUser;
  let projectId: string;
  let blackHole: Server;
  const sockets: Socket[] = [];
  const apps: INestApplication[] = [];

  /** An API like the stack's (same database, same JWT secret) but with other Temporal settings. */
  async function apiWith(env: Record<string, string>): Promise<INestApplication> {
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    try {
      const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
      const app = moduleRef.createNestApplication({ logger: false });
      configureApp(app);
      await app.init();
      apps.push(app);
      return app;
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  /** A port nobody listens on: a stopped Temporal server. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  async function timed(call: () => Promise<request.Response>): Promise<{ response: request.Response; ms: number }> {
    const started = Date.now();
    const response = await call();
    return { response, ms: Date.now() - started };
  }

  beforeAll(async () => {
    stack = await E2eStack.start();
    lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id] }));
    blackHole = createServer((socket) => sockets.push(socket)); // accepts, reads nothing, answers nothing
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => blackHole?.close(resolve));
    await stack?.stop();
  });

  describe('the Temporal server is down (connection refused)', () => {
    let api: INestApplication;
    beforeAll(async () => {
      api = await apiWith({ TEMPORAL_ADDRESS: `127.0.0.1:${await closedPort()}` });
    });

    it('readiness says temporal down within 2 s', async () => {
      const { response, ms } = await timed(() => request(api.getHttpServer()).get('/health/ready'));
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ status: 'not-ready', checks: { postgres: 'up', temporal: 'down' } });
      expect(ms).toBeLessThan(2_000);
    });

    it('an approval answers 503 TEMPORAL_UNAVAILABLE in Chinese by default, within 3 s, and changes nothing', async () => {
      const { response, ms } = await timed(() =>
        request(api.getHttpServer())
          .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
          .set(bearer(engineering, null))
          .send({}),
      );
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        statusCode: 503,
        code: 'TEMPORAL_UNAVAILABLE',
        message: '工作流服务暂不可用，本次操作未做任何更改，请稍后重试。',
      });
      expect(ms).toBeLessThan(3_000);
      const audit = await stack.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action LIKE 'milestone.%'`, [
          projectId,
        ]);
      expect(audit[0].n).toBe(0);
    });

    it('a project page falls back to the read model within 3 s', async () => {
      const { response, ms } = await timed(() =>
        request(api.getHttpServer()).get(`/projects/${projectId}`).set(bearer(lead)),
      );
      expect(response.status).toBe(200);
      expect(response.body.id).toBe(projectId);
      expect(response.body.timelineSource).not.toBe('live');
      expect(ms).toBeLessThan(3_000);
    });

    it('a launch answers 503 in English on request; repeating it once Temporal is back starts the workflow', async () => {
      const body = launchRequest({ departmentHeadIds: [engineering.id] });
      const { response, ms } = await timed(() =>
        request(api.getHttpServer()).post('/projects').set(bearer(lead)).send(body),
      );
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        code: 'TEMPORAL_UNAVAILABLE',
        message: 'The workflow service is unavailable; nothing was changed. Try again shortly.',
      });
      expect(ms).toBeLessThan(3_000);
      const [row] = await stack.app
        .get(DataSource)
        .query(`SELECT id, status FROM projects WHERE name = $1 AND batch = $2`, [body.name, body.batch]);
      expect(row.status).toBe('launching');

      const retried = await stack.http().post('/projects').set(bearer(lead)).send(body);
      expect(retried.status).toBeLessThan(300);
      expect(retried.body.id).toBe(row.id);
      const [after] = await stack.app.get(DataSource).query(`SELECT status FROM projects WHERE id = $1`, [row.id]);
      expect(after.status).toBe('active');
      const live = await stack.http().get(`/projects/${row.id}`).set(bearer(lead)).expect(200);
      expect(live.body.timelineSource).toBe('live');
    });
  });

  describe('the Temporal server accepts connections and never answers', () => {
    let api: INestApplication;
    beforeAll(async () => {
      const address = blackHole.address();
      if (!address || typeof address === 'string') throw new Error('the black hole is not listening');
      api = await apiWith({ TEMPORAL_ADDRESS: `127.0.0.1:${address.port}` });
    });

    it('readiness says temporal down within 2 s', async () => {
      const { response, ms } = await timed(() => request(api.getHttpServer()).get('/health/ready'));
      expect(response.status).toBe(503);
      expect(response.body.checks).toEqual({ postgres: 'up', temporal: 'down' });
      expect(ms).toBeLessThan(2_000);
    });

    it('an approval answers 503 TEMPORAL_TIMEOUT at the query deadline (3 s), not after 20 s', async () => {
      const { response, ms } = await timed(() =>
        request(api.getHttpServer())
          .post(`/projects/${projectId}/milestones/riskSelfCheck/approve`)
          .set(bearer(engineering))
          .send({}),
      );
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('TEMPORAL_TIMEOUT');
      expect(ms).toBeLessThan(4_000);
    });
  });

  describe('the namespace does not exist (a cluster nobody set up)', () => {
    let api: INestApplication;
    beforeAll(async () => {
      api = await apiWith({ TEMPORAL_NAMESPACE: 'handover-not-set-up' });
    });

    it('readiness says temporal not-set-up', async () => {
      const { response, ms } = await timed(() => request(api.getHttpServer()).get('/health/ready'));
      expect(response.status).toBe(503);
      expect(response.body.checks).toEqual({ postgres: 'up', temporal: 'not-set-up' });
      expect(ms).toBeLessThan(2_000);
    });

    it('a launch answers 503 TEMPORAL_NOT_SET_UP', async () => {
      const response = await request(api.getHttpServer())
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ departmentHeadIds: [engineering.id] }));
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('TEMPORAL_NOT_SET_UP');
    });
  });

  describe('the namespace exists without the search attributes', () => {
    const namespace = 'handover-no-search-attributes';
    let api: INestApplication;
    beforeAll(async () => {
      const connection = await Connection.connect({ address: process.env.E2E_TEMPORAL_ADDRESS! });
      try {
        await connection.workflowService.registerNamespace({
          namespace,
          workflowExecutionRetentionPeriod: msToTs('1 day'),
        });
      } catch (error) {
        if (!/already (exists|registered)/i.test((error as Error).message)) throw error;
      } finally {
        await connection.close();
      }
      api = await apiWith({ TEMPORAL_NAMESPACE: namespace });
    });

    it('readiness says temporal not-set-up', async () => {
      const response = await request(api.getHttpServer()).get('/health/ready');
      expect(response.status).toBe(503);
      expect(response.body.checks).toEqual({ postgres: 'up', temporal: 'not-set-up' });
    });

    it('a launch answers 503 TEMPORAL_NOT_SET_UP, not a bare 500', async () => {
      const response = await request(api.getHttpServer())
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ departmentHeadIds: [engineering.id] }));
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('TEMPORAL_NOT_SET_UP');
    });
  });
});
