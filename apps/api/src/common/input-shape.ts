import { HttpStatus } from '@nestjs/common';
import { ApiError } from './api-error';

/** Deeper than any DTO of the API needs (the deepest is three levels); refused before validation can recurse. */
export const MAX_INPUT_DEPTH = 16;

/**
 * Refuses input no DTO can describe and PostgreSQL cannot store, before class-transformer and class-validator see
 * it: nesting deeper than MAX_INPUT_DEPTH (their recursion overflows the stack) and NUL characters in any text or
 * key (PostgreSQL text cannot hold U+0000). Walks iteratively, so the walk itself cannot overflow.
 */
export function assertStorableInput(value: unknown, label: string): void {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: label, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000'))
        throw new ApiError(HttpStatus.BAD_REQUEST, 'TEXT_CONTAINS_NUL', { field: path || 'body' });
      continue;
    }
    if (typeof current !== 'object' || current === null || Buffer.isBuffer(current)) continue;
    if (depth >= MAX_INPUT_DEPTH)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'JSON_TOO_DEEP', { maxDepth: MAX_INPUT_DEPTH });
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      const itemPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000'))
        throw new ApiError(HttpStatus.BAD_REQUEST, 'TEXT_CONTAINS_NUL', { field: path || 'key' });
      pending.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
}
