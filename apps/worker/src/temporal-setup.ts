import { Connection, NamespaceNotFoundError } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { INDEXED_VALUE_TYPES, searchAttributeKeys } from '@handover/contracts';

const TYPE_NAME = Object.fromEntries(Object.entries(INDEXED_VALUE_TYPES).map(([name, value]) => [value, name]));
const ALREADY_EXISTS = 6;

export interface TemporalSetupOptions {
  address: string;
  namespace: string;
  /** How long Temporal keeps closed workflows' histories. */
  retentionDays: number;
  /** How long to wait for the Temporal frontend to answer (a cluster still starting). */
  waitSeconds: number;
  /** Only check; change nothing (a worker without the rights to register namespaces). */
  checkOnly?: boolean;
  say: (line: string) => void;
}

export class TemporalSetupError extends Error {}

/**
 * Makes a Temporal cluster right for this product, idempotently: the namespace exists (registered with the retention
 * when missing, its retention brought to the one asked for) and the workflows' search attributes are registered in it
 * with their types. Says what it found and what it did. A plain Temporal server has no namespace and no custom search
 * attributes (the dev server and the auto-setup images create some); without them the worker cannot poll and every
 * launch fails.
 */
export async function ensureTemporalSetup(options: TemporalSetupOptions): Promise<void> {
  const { namespace, say } = options;
  const connection = await connectWithin(options.address, options.waitSeconds, say);
  try {
    await ensureNamespace(connection, options);
    // A new namespace reaches every frontend's cache within about 10 s; until then it answers "not found".
    const searchDeadline = Date.now() + 30_000;
    for (;;) {
      try {
        await ensureSearchAttributes(connection, options);
        break;
      } catch (error) {
        if (!(error instanceof NamespaceNotFoundError) && !/not found/i.test((error as Error).message)) throw error;
        if (Date.now() > searchDeadline) throw error;
        await sleep(1_000);
      }
    }
    say(`Temporal at ${options.address}: namespace ${namespace} is ready for this product.`);
  } finally {
    await connection.close();
  }
}

async function connectWithin(address: string, waitSeconds: number, say: (line: string) => void): Promise<Connection> {
  const deadline = Date.now() + waitSeconds * 1000;
  let said = false;
  for (;;) {
    try {
      return await Connection.connect({ address, connectTimeout: 5_000 });
    } catch (error) {
      if (Date.now() > deadline) {
        throw new TemporalSetupError(
          `Temporal at ${address} did not answer within ${waitSeconds} s (${(error as Error).message}). Is TEMPORAL_ADDRESS right and the server up?`,
        );
      }
      if (!said) say(`Waiting for Temporal at ${address}…`);
      said = true;
      await sleep(1_000);
    }
  }
}

async function ensureNamespace(connection: Connection, options: TemporalSetupOptions): Promise<void> {
  const { namespace, retentionDays, say } = options;
  const retention = msToTs(`${retentionDays}d`);
  try {
    const described = await connection.workflowService.describeNamespace({ namespace });
    const current = described.config?.workflowExecutionRetentionTtl;
    const currentDays = current ? Math.round(tsToMs(current) / 86_400_000) : null;
    if (currentDays === retentionDays) {
      say(`namespace ${namespace}: exists (retention ${retentionDays} days)`);
      return;
    }
    if (options.checkOnly) {
      say(`namespace ${namespace}: exists (retention ${currentDays ?? '?'} days; ${retentionDays} asked, not changed)`);
      return;
    }
    await connection.workflowService.updateNamespace({
      namespace,
      config: { workflowExecutionRetentionTtl: retention },
    });
    say(`namespace ${namespace}: retention changed from ${currentDays ?? '?'} to ${retentionDays} days`);
  } catch (error) {
    if (!(error instanceof NamespaceNotFoundError) && !isNotFound(error)) throw error;
    if (options.checkOnly) {
      throw new TemporalSetupError(
        `namespace ${namespace} does not exist on this Temporal cluster. Run \`npm run temporal:setup\` (or let the worker run it: TEMPORAL_SETUP=ensure).`,
      );
    }
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: retention,
        description: 'Handover projects (商品房交付)',
      });
      say(`namespace ${namespace}: registered (retention ${retentionDays} days)`);
    } catch (registerError) {
      if (grpcCode(registerError) !== ALREADY_EXISTS) throw registerError;
      say(`namespace ${namespace}: registered meanwhile by another process`);
    }
  }
}

async function ensureSearchAttributes(connection: Connection, options: TemporalSetupOptions): Promise<void> {
  const { namespace, say } = options;
  const wanted = Object.values(searchAttributeKeys).map(({ name, type }) => ({ name, type }));
  const listed = await connection.operatorService.listSearchAttributes({ namespace });
  const present = { ...(listed.customAttributes ?? {}) } as Record<string, number>;
  const wrongType = wanted.filter(
    ({ name, type }) => present[name] !== undefined && present[name] !== INDEXED_VALUE_TYPES[type],
  );
  if (wrongType.length > 0) {
    throw new TemporalSetupError(
      `search attributes with another type in namespace ${namespace}: ${wrongType
        .map(({ name, type }) => `${name} is ${TYPE_NAME[present[name]] ?? present[name]}, the workflows need ${type}`)
        .join(
          '; ',
        )}. A search attribute's type cannot be changed; remove it (temporal operator search-attribute remove) and run the setup again.`,
    );
  }
  const missing = wanted.filter(({ name }) => present[name] === undefined);
  const names = (list: { name: string; type: string }[]) =>
    list.map(({ name, type }) => `${name} (${type})`).join(', ');
  if (missing.length === 0) {
    say(`search attributes in ${namespace}: all present — ${names(wanted)}`);
    return;
  }
  if (options.checkOnly) {
    throw new TemporalSetupError(
      `search attributes missing in namespace ${namespace}: ${names(missing)}. Run \`npm run temporal:setup\` (or let the worker run it: TEMPORAL_SETUP=ensure).`,
    );
  }
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map(({ name, type }) => [name, INDEXED_VALUE_TYPES[type]])),
    });
  } catch (error) {
    if (grpcCode(error) !== ALREADY_EXISTS) throw error;
  }
  // Added attributes become usable once the cluster metadata refreshes; wait until the namespace lists them.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const after = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
    if (missing.every(({ name }) => after[name] !== undefined)) break;
    if (Date.now() > deadline)
      throw new TemporalSetupError(`search attributes ${names(missing)} were added but are not listed after 30 s`);
    await sleep(500);
  }
  say(`search attributes in ${namespace}: added ${names(missing)}`);
}

/** The setup options from the environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_NAMESPACE_RETENTION_DAYS. */
export function temporalSetupOptionsFrom(
  env: NodeJS.ProcessEnv,
  say: (line: string) => void,
): Omit<TemporalSetupOptions, 'checkOnly'> {
  const address = env.TEMPORAL_ADDRESS;
  if (!address || !/^[^\s:]+:\d+$/.test(address)) {
    throw new TemporalSetupError('TEMPORAL_ADDRESS must be host:port of the Temporal frontend, e.g. temporal:7233');
  }
  const retentionDays = Number(env.TEMPORAL_NAMESPACE_RETENTION_DAYS ?? 30);
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    throw new TemporalSetupError('TEMPORAL_NAMESPACE_RETENTION_DAYS must be a whole number of days between 1 and 3650');
  }
  const waitSeconds = Number(env.TEMPORAL_SETUP_WAIT_SECONDS ?? 60);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    throw new TemporalSetupError('TEMPORAL_SETUP_WAIT_SECONDS must be a number of seconds');
  }
  return { address, namespace: env.TEMPORAL_NAMESPACE || 'default', retentionDays, waitSeconds, say };
}

function tsToMs(ts: { seconds?: unknown; nanos?: number | null }): number {
  return Number(ts.seconds ?? 0) * 1000 + Math.round((ts.nanos ?? 0) / 1e6);
}

function grpcCode(error: unknown): number | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'number') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isNotFound(error: unknown): boolean {
  return grpcCode(error) === 5;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
