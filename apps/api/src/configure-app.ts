import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { useContainer } from 'class-validator';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { createFormRefusal, createJsonParser } from './common/body-parsers';
import { validationPipe } from './common/validation';
import { buildOpenApiDocument } from './openapi-document';
import { RobotWebhookUrlConstraint } from './briefings/dto/validators';

/** Validation constraints that need configuration; class-validator creates every other constraint itself. */
const INJECTED_CONSTRAINTS: ReadonlyArray<abstract new (...args: never[]) => unknown> = [RobotWebhookUrlConstraint];

function useInjectedConstraints(app: INestApplication): void {
  const instances = new Map<unknown, unknown>();
  const get = <T>(constraint: abstract new (...args: never[]) => T): T | undefined => {
    if (!INJECTED_CONSTRAINTS.includes(constraint)) return undefined;
    if (!instances.has(constraint)) instances.set(constraint, app.get(constraint, { strict: false }));
    return instances.get(constraint) as T;
  };
  useContainer({ get }, { fallback: true });
}

/**
 * Everything main.ts and the e2e tests share: logger, body parsing with per-route limits, validation, error shape,
 * OpenAPI at /docs and /docs-json. Must run before `init()`/`listen()`, so Nest keeps these parsers instead of its own.
 */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.use(createJsonParser());
  app.use(createFormRefusal());
  useInjectedConstraints(app);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
