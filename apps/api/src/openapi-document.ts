import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The API's OpenAPI document: served at /docs-json and the source of the web console's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Handover workflow engine (商品房交付)')
      .setDescription('Handover projects, their timeline gates, approvals, postponements and escalations.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an owner session, on /owner/* only' }, 'owner')
      .build(),
  );
}
