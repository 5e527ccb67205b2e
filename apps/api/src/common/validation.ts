import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { assertStorableInput } from './input-shape';

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message.replace(error.property, path) : `${path}: ${message}`,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The global pipe: input no DTO could hold is refused first (depth, NUL), then the DTO validates. */
class HandoverValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertStorableInput(value, metadata.data ?? '');
    return super.transform(value, metadata);
  }
}

/** Whitelisted DTOs, unknown fields refused, every problem listed with its field path. */
export function validationPipe(): ValidationPipe {
  return new HandoverValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new BadRequestException({ code: 'VALIDATION_FAILED', message: flatten(errors) }),
  });
}
