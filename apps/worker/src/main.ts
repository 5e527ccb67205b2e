import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { Environment } from '@handover/config';
import { createHandoverWorker } from './handover-worker';
import { WorkerModule } from './worker.module';

/** The worker process: a Nest application context (no HTTP port) hosting the Temporal worker. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) =>
      logger.warn({ temporal: entry.meta, level: entry.level }, entry.message),
    ),
  });
  const environment = app.get(Environment);
  const connection = await NativeConnection.connect({ address: environment.TEMPORAL_ADDRESS });
  const worker = await createHandoverWorker(app, connection);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`received ${signal}, draining the worker`);
      worker.shutdown();
    });
  }
  logger.log({ taskQueue: environment.TEMPORAL_TASK_QUEUE, address: environment.TEMPORAL_ADDRESS }, 'worker started');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
