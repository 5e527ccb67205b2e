import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { CreateCaseDto } from '../cases/dto/case.dto';
import { validationPipe } from './validation';

const API_SOURCE = join(__dirname, '..');

/** Every file that declares request DTOs: `dto/` folders and `*.dto.ts` / `*.query.ts` files. */
function dtoFiles(folder: string, inDtoFolder = false): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return dtoFiles(path, inDtoFolder || name === 'dto');
    const declaresDtos = inDtoFolder || name.endsWith('.dto.ts') || name.endsWith('.query.ts');
    return declaresDtos && name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `ClassName.property` for every nested property that would let through a value of the wrong shape. */
function nestedPropertiesWithoutShapeCheck(): string[] {
  const byTarget = (
    getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string }, ValidationMetadata[]> }
  ).validationMetadatas;
  const unchecked: string[] = [];
  for (const [target, metadatas] of byTarget) {
    for (const nested of metadatas.filter((metadata) => metadata.type === 'nestedValidation')) {
      const checks = metadatas.filter((metadata) => metadata.propertyName === nested.propertyName);
      // @ValidateNested() alone passes a missing value and, for a single object, an array of them.
      const shape = nested.each ? 'isArray' : 'isObject';
      if (!checks.some((metadata) => metadata.name === shape)) unchecked.push(`${target.name}.${nested.propertyName}`);
    }
  }
  return unchecked.sort();
}

describe('nested request objects', () => {
  const files = dtoFiles(API_SOURCE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  beforeAll(() => files.forEach((file) => require(file)));

  it('finds the DTO files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('each nested property checks its shape: @IsObject() for one object, @IsArray() for a list', () => {
    expect(nestedPropertiesWithoutShapeCheck()).toEqual([]);
  });

  it.each([
    ['missing', undefined],
    ['an empty list', []],
    ['a list of sources', [{ projectId: '7d3c1f5e-8a2b-4c6d-9e0f-1a2b3c4d5e6f', recordKind: 'defect' }]],
    ['null', null],
  ])('refuses a case whose source is %s (400 VALIDATION_FAILED)', async (_label, source) => {
    const body = {
      kind: 'design_defect',
      title: '门窗',
      summary: '开启冲突',
      ...(source === undefined ? {} : { source }),
    };
    await expect(validationPipe().transform(body, { type: 'body', metatype: CreateCaseDto })).rejects.toMatchObject({
      response: { code: 'VALIDATION_FAILED', message: expect.arrayContaining([expect.stringMatching(/^source/)]) },
    });
  });
});
