import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../openapi-document';

/**
 * Writes the API's OpenAPI document without a database or Temporal: Nest's preview mode wires the modules
 * but instantiates no provider, so nothing connects anywhere.
 */
async function main(): Promise<void> {
  const outputPath = process.argv[2];
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (outputPath) writeFileSync(outputPath, json);
  else process.stdout.write(json);
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
