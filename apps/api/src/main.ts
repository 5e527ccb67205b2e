import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Environment } from '@handover/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  configureApp(app);
  const environment = app.get(Environment);
  await app.listen(environment.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  process.stderr.write(`api failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
