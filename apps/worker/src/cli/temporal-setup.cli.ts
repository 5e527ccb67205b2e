import { ensureTemporalSetup, TemporalSetupError, temporalSetupOptionsFrom } from '../temporal-setup';

/**
 * `npm run temporal:setup`: registers the namespace (TEMPORAL_NAMESPACE, retention TEMPORAL_NAMESPACE_RETENTION_DAYS)
 * and the workflows' search attributes on the cluster at TEMPORAL_ADDRESS, once per cluster; running it again
 * changes nothing. `--check` only reports. Exit 0 when the cluster is ready for this product, 1 with the reason.
 */
async function main(): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const options = temporalSetupOptionsFrom(process.env, say);
  await ensureTemporalSetup({ ...options, checkOnly: process.argv.includes('--check') });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    error instanceof TemporalSetupError ? `temporal setup: ${message}\n` : `temporal setup failed: ${message}\n`,
  );
  process.exit(1);
});
