import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
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

  it('names each DTO class once: the document keys schemas by class name, so a second class of a name replaces the first', () => {
    const names = new Map<string, string[]>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
          for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(/^export class (\w+Dto)\b/gm))
            names.set(name!, [...(names.get(name!) ?? []), path.relative(__dirname, file)]);
      }
    };
    walk(__dirname);
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter(([, files]) => files.length > 1)).toEqual([]);
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
