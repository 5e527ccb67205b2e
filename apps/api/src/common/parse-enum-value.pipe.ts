import { BadRequestException, PipeTransform } from '@nestjs/common';

/** Path parameters that must be one of a fixed list, refused with the list in the message. */
export class ParseEnumValuePipe<T extends string> implements PipeTransform<string, T> {
  constructor(
    private readonly name: string,
    private readonly allowed: readonly T[],
  ) {}

  transform(value: string): T {
    if (!(this.allowed as readonly string[]).includes(value)) {
      throw new BadRequestException(`${this.name} must be one of: ${this.allowed.join(', ')}`);
    }
    return value as T;
  }
}
