import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { Environment } from './environment';

// js-yaml comes with ESLint's toolchain; it parses merge keys (`<<: *app-env`) as Compose does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = join(__dirname, '..', '..', '..');

interface ComposeService {
  build?: unknown;
  image?: string;
  environment?: Record<string, string | number | boolean>;
}

const compose = yaml.load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
/** The services that run the product's image (built from this repository). */
const productServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

/** Every variable named in the first column of the README's configuration table. */
function readmeVariables(): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
  );
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const firstColumn = line.split('|')[1];
    for (const match of firstColumn.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(match[1]);
  }
  return names;
}

describe('deployment configuration: docker-compose.yml, the README table and the validated environment agree', () => {
  const documented = readmeVariables();

  it('finds the table and the product services', () => {
    expect(documented.size).toBeGreaterThan(10);
    expect(productServices.map(([name]) => name).sort()).toEqual(['api', 'migrate', 'temporal-setup', 'worker']);
  });

  it('documents every variable of the validated environment', () => {
    const properties = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(Environment, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    expect([...properties].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents every variable the compose services give the product', () => {
    const undocumented = productServices.flatMap(([name, service]) =>
      Object.keys(service.environment ?? {})
        .filter((variable) => !documented.has(variable))
        .map((variable) => `${name}: ${variable}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('gives the product services the same Temporal cluster, namespace and database', () => {
    for (const variable of ['TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'DATABASE_URL', 'PGPASSWORD']) {
      const values = new Set(
        productServices
          .map(([, service]) => service.environment?.[variable])
          .filter((value) => value !== undefined)
          .map(String),
      );
      expect({ variable, values: [...values] }).toEqual({ variable, values: [expect.any(String)] });
    }
  });

  it('never pastes the database password into a URL, and stores photos on a volume', () => {
    for (const [, service] of productServices) {
      expect(String(service.environment?.DATABASE_URL ?? '')).not.toMatch(/POSTGRES_PASSWORD/);
    }
    const api = compose.services.api as ComposeService & { volumes?: string[] };
    const photos = String(api.environment?.PHOTO_STORAGE_DIR);
    expect(api.volumes?.some((volume) => volume.endsWith(`:${photos}`))).toBe(true);
  });

  it('starts the worker and the API only after the migrations and the Temporal set-up succeeded', () => {
    for (const name of ['api', 'worker']) {
      const dependsOn = (compose.services[name] as { depends_on?: Record<string, { condition: string }> }).depends_on;
      expect(dependsOn?.migrate?.condition).toBe('service_completed_successfully');
      expect(dependsOn?.['temporal-setup']?.condition).toBe('service_completed_successfully');
    }
  });
});
