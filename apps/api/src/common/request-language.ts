import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { languageOf, type Language } from '@handover/domain';

/**
 * The caller's language from Accept-Language (zh-CN when absent). A param decorator rather than @Headers, so the
 * OpenAPI document does not list the header as required: every browser sends one, but no caller has to.
 */
export const RequestLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Language =>
    languageOf(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
