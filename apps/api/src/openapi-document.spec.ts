import 'reflect-metadata';
import SwaggerParser from '@apidevtools/swagger-parser';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi-document';

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  $ref?: string;
  allOf?: unknown[];
  oneOf?: unknown[];
};

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    // Preview mode wires the modules without instantiating providers: no database, no Temporal.
    const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
    document = buildOpenApiDocument(app);
    await app.close();
  });

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('declares every enum with values of its own type, so generated clients can build valid bodies', () => {
    const problems: string[] = [];
    const visit = (schema: Schema, path: string): void => {
      if (schema.enum && schema.type) {
        const wrong = schema.enum.filter(
          (value) => (schema.type === 'integer' ? 'number' : schema.type) !== typeof value,
        );
        if (wrong.length) problems.push(`${path}: type ${schema.type} with values ${JSON.stringify(wrong)}`);
      }
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${path}.${name}`);
    };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) visit(schema as Schema, name);
    expect(problems).toEqual([]);
  });

  it('has no shapeless objects: a nullable text declared without its type would be documented as an object', () => {
    const shapeless: string[] = [];
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      for (const [property, inner] of Object.entries((schema as Schema).properties ?? {})) {
        const described = inner.properties || inner.additionalProperties || inner.$ref || inner.allOf || inner.oneOf;
        if (inner.type === 'object' && !described) shapeless.push(`${name}.${property}`);
      }
    }
    expect(shapeless).toEqual([]);
  });

  it('describes the documents handed over as booleans', () => {
    const schema = document.components?.schemas?.HandOverDocumentsDto as Schema;
    expect(schema.properties?.qualityGuarantee).toMatchObject({ type: 'boolean' });
    expect(schema.properties?.userManual).toMatchObject({ type: 'boolean' });
  });
});
