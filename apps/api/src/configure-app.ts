import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { createFormRefusal, createJsonParser } from './common/body-parsers';
import { validationPipe } from './common/validation';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Everything main.ts and the e2e tests share: logger, body parsing with per-route limits, validation, error shape,
 * OpenAPI at /docs and /docs-json. Must run before `init()`/`listen()`, so Nest keeps these parsers instead of its own.
 */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.use(createJsonParser());
  app.use(createFormRefusal());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
