import { HttpStatus, PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';

/** Path parameters that must be one of a fixed list, refused with the list in the message. */
export class ParseEnumValuePipe<T extends string> implements PipeTransform<string, T> {
  constructor(
    private readonly name: string,
    private readonly allowed: readonly T[],
  ) {}

  transform(value: string): T {
    if (!(this.allowed as readonly string[]).includes(value)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'VALUE_NOT_ALLOWED', {
        field: this.name,
        allowed: this.allowed.join(', '),
      });
    }
    return value as T;
  }
}
