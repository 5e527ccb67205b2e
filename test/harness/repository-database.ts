import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '@handover/database';

/**
 * The repository tier's database, migrated once by repository-global-setup.js: one DataSource per test file, opened
 * before its first test and closed after its last. Tests of one file share it, files run in parallel against the same
 * database, so every test writes under its own project (the factories make unique names) and reads what is its own.
 */
export function useRepositoryDatabase(): { readonly dataSource: DataSource } {
  const handle = { dataSource: undefined as unknown as DataSource };
  beforeAll(async () => {
    const url = process.env.REPOSITORY_DATABASE_URL;
    if (!url)
      throw new Error(
        'REPOSITORY_DATABASE_URL is not set: run the repository tier through Jest (npm test -- --selectProjects repository)',
      );
    handle.dataSource = await new DataSource(dataSourceOptions(url, { extra: { max: 6 } })).initialize();
  });
  afterAll(async () => {
    await handle.dataSource?.destroy();
  });
  return handle;
}

/** Runs `body` in a transaction that is rolled back afterwards, whatever it wrote; returns what `body` returned. */
export async function rolledBack<T>(dataSource: DataSource, body: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    return await body(runner.manager);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Expects `write` to be refused by the named constraint (CHECK, UNIQUE, exclusion or foreign key). */
export async function expectViolation(write: Promise<unknown>, constraint: string): Promise<void> {
  const error = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof QueryFailedError))
    throw new Error(
      `expected the write to violate ${constraint}, but it ${error ? `failed with ${String(error)}` : 'succeeded'}`,
    );
  expect((error as QueryFailedError & { constraint?: string }).constraint).toBe(constraint);
}

/** A transaction left open for the test to interleave with another one (locks, concurrent writers); end it with commit or rollback. */
export async function openTransaction(
  dataSource: DataSource,
): Promise<{ manager: EntityManager; commit(): Promise<void>; rollback(): Promise<void> }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  const end = (how: 'commit' | 'rollback') => async () => {
    try {
      await (how === 'commit' ? runner.commitTransaction() : runner.rollbackTransaction());
    } finally {
      await runner.release();
    }
  };
  return { manager: runner.manager, commit: end('commit'), rollback: end('rollback') };
}

/** A list query's DTO with its paging defaults (page 1 of 20) and the given filters. */
export function query<T extends object>(Dto: new () => T, fields: Partial<T> = {}): T {
  return Object.assign(new Dto(), fields);
}
