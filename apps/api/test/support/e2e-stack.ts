import sharp from 'sharp';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ActorRole } from '@handover/contracts';
import type { Department } from '@handover/domain';
import { AppModule } from '../../src/app.module';
import { OwnerSecrets } from '../../src/owner-auth/owner-secrets';
import { configureApp } from '../../src/configure-app';
import { UsersService } from '../../src/users/users.service';
import { createHandoverWorker } from '../../../worker/src/handover-worker';
import { WorkerModule } from '../../../worker/src/worker.module';

export interface TestUser {
  id: string;
  token: string;
}

/**
 * The real API and a real worker in this process, against the PostgreSQL and Temporal dev server that the global
 * setup started. Each test file gets its own task queue so workers of parallel files never share work.
 */
export class E2eStack {
  app!: INestApplication;
  private workerContext!: INestApplicationContext;
  private worker!: Worker;
  private workerRun!: Promise<void>;
  private connection!: NativeConnection;

  /**
   * `notificationDispatcher`: run the outbox's dispatcher on this stack's task queue. Off by default: the e2e files
   * share one database, and one dispatcher per run keeps the channels it sends on those its own file configured.
   * `ownerMessageDispatcher`: run the owner message (业主短信) dispatcher too; off by default for the same reason.
   */
  static async start(
    options: {
      allowPrivateWebhooks?: boolean;
      notificationDispatcher?: boolean;
      ownerMessageDispatcher?: boolean;
    } = {},
  ): Promise<E2eStack> {
    const stack = new E2eStack();
    process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    process.env.TEMPORAL_ADDRESS = process.env.E2E_TEMPORAL_ADDRESS;
    process.env.TEMPORAL_TASK_QUEUE = `handover-e2e-${randomUUID()}`;
    process.env.JWT_SECRET = randomBytes(32).toString('hex');
    process.env.LOG_LEVEL = 'silent';
    process.env.NODE_ENV = 'test';
    // The tests' robot receivers listen on 127.0.0.1; the hostile-input suite starts its own stack with this off.
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = String(options.allowPrivateWebhooks ?? true);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    stack.app = moduleRef.createNestApplication({ logger: false });
    configureApp(stack.app);
    await stack.app.init();
    stack.workerContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    stack.connection = await NativeConnection.connect({ address: process.env.E2E_TEMPORAL_ADDRESS! });
    stack.worker = await createHandoverWorker(stack.workerContext, stack.connection, {
      notificationDispatcher: options.notificationDispatcher ?? false,
      ownerMessageDispatcher: options.ownerMessageDispatcher ?? false,
    });
    stack.workerRun = stack.worker.run();
    return stack;
  }

  async stop(): Promise<void> {
    this.worker?.shutdown();
    await this.workerRun;
    await this.connection?.close();
    await this.workerContext?.close();
    await this.app?.close();
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** Launches a project through the API as `lead` and returns its id. */
  async launchProject(lead: TestUser, body: Record<string, unknown>): Promise<string> {
    const launched = await this.http().post('/projects').set(bearer(lead)).send(body).expect(201);
    return launched.body.id as string;
  }

  async user(role: ActorRole, department?: Department): Promise<TestUser> {
    const { user, token } = await this.app
      .get(UsersService)
      .create({ name: `${role}${department ? `-${department}` : ''}`, role, department }, null);
    return { id: user.id, token };
  }

  /** Uploads a photo of the fix (stage `after`), which marking a defect fixed needs. */
  async uploadFixPhoto(user: TestUser, projectId: string, defectId: string): Promise<void> {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    await this.http()
      .post(`/projects/${projectId}/defects/${defectId}/photos?stage=after`)
      .set(bearer(user))
      .attach('file', png, { filename: 'fix.png', contentType: 'image/png' })
      .expect(201);
  }

  /**
   * Empties this stack's sign-in windows of the loopback address every test request comes from. Only this stack's:
   * the e2e files share one database and run at once, and each stack keys its counters under its own secret, so
   * another file's windows (one counting its way to a 429) are left as they are.
   */
  async forgetLoopbackSignInCounters(): Promise<void> {
    const secrets = this.app.get(OwnerSecrets);
    const keys = ['ip', 'ip_verify'].flatMap((scope) =>
      ['127.0.0.1', '::ffff:127.0.0.1', '::1'].map((address) => secrets.counterKey(scope, address)),
    );
    await this.app
      .get(DataSource)
      .query(`DELETE FROM owner_sign_in_counters WHERE scope IN ('ip', 'ip_verify') AND key_hash = ANY($1)`, [keys]);
  }

  /**
   * An owner's session token, signed in as the owner app does: a code asked for `phone`, read from the local SMS
   * outbox, presented. Every request of a test comes from 127.0.0.1, so the address's sign-in windows are emptied
   * first (20 codes an hour would stop a file that signs in many owners).
   */
  async ownerToken(phone: string): Promise<string> {
    const db = this.app.get(DataSource);
    await this.forgetLoopbackSignInCounters();
    await this.http().post('/owner/sign-in/code').send({ phone }).expect(202);
    const [row] = (await db.query(
      `SELECT params FROM sms_outbox WHERE "to" = $1 AND template = 'owner_sign_in_code'
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [phone],
    )) as { params: { code: string } }[];
    const session = await this.http().post('/owner/sign-in').send({ phone, code: row!.params.code }).expect(200);
    return session.body.token as string;
  }

  /** A user of the contractor company `contractorCompanyId` (施工单位). */
  async contractor(contractorCompanyId: string): Promise<TestUser> {
    const { user, token } = await this.app
      .get(UsersService)
      .create({ name: 'contractor', role: 'contractor', contractorCompanyId }, null);
    return { id: user.id, token };
  }
}

/**
 * The headers of a signed-in caller. The e2e suites assert the English sentences, so they ask for English; the
 * default language (zh-CN, no Accept-Language) is covered by the hostile-input suite.
 */
export const bearer = (user: TestUser, language: string | null = 'en') => ({
  Authorization: `Bearer ${user.token}`,
  ...(language ? { 'Accept-Language': language } : {}),
});

/** Polls until `check` passes (read-model mirroring is asynchronous); the shared helper, with its 30 s deadline. */
export { eventually } from '../../../../test/harness/eventually';
