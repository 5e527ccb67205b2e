import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { Environment } from '@handover/config';
import { createHandoverWorker } from './handover-worker';
import { ensureTemporalSetup, TemporalSetupError, temporalSetupOptionsFrom } from './temporal-setup';
import { WorkerModule } from './worker.module';

/**
 * What the worker does about the cluster's set-up before it polls (TEMPORAL_SETUP): `ensure` (default) registers a
 * missing namespace and search attributes, `check` only verifies them and stops with the reason when one is missing
 * (a worker without the rights to change the cluster), `skip` trusts the operator.
 */
const SETUP_MODES = ['ensure', 'check', 'skip'] as const;

/** The worker process: a Nest application context (no HTTP port) hosting the Temporal worker. */
async function main(): Promise<void> {
  const setupMode = process.env.TEMPORAL_SETUP || 'ensure';
  if (!(SETUP_MODES as readonly string[]).includes(setupMode)) {
    throw new TemporalSetupError(`TEMPORAL_SETUP must be one of ${SETUP_MODES.join(', ')}`);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // The worker handles SIGINT/SIGTERM itself (below): the SDK's own handlers would shut the worker down first and
  // make a second shutdown throw "Not running. Current state: DRAINING".
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) =>
      logger.warn({ temporal: entry.meta, level: entry.level }, entry.message),
    ),
    shutdownSignals: [],
  });
  const environment = app.get(Environment);
  if (setupMode !== 'skip') {
    await ensureTemporalSetup({
      ...temporalSetupOptionsFrom(process.env, (line) => logger.log(line)),
      checkOnly: setupMode === 'check',
    });
  }
  const connection = await NativeConnection.connect({ address: environment.TEMPORAL_ADDRESS });
  const worker = await createHandoverWorker(app, connection);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (worker.getState() !== 'RUNNING') return; // a second Ctrl-C, or one during start-up's last step
      logger.log(`received ${signal}, draining the worker`);
      worker.shutdown();
    });
  }
  logger.log(`worker started: task queue ${environment.TEMPORAL_TASK_QUEUE} on ${environment.TEMPORAL_ADDRESS}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await app.close();
  }
  logger.log('worker stopped');
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
