import { createDataSource } from '../data-source';

/** Runs pending migrations against DATABASE_URL; used by `npm start`, the test harness and deployments. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is missing');
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) process.stderr.write(`[handover] migration applied: ${migration.name}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[handover] migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
