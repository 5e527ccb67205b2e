import fs from 'node:fs';
import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

/**
 * Workflows import the libs through path aliases; the workflow bundle resolves them the same way tsconfig does.
 * Works from the TypeScript sources (tests) and from the compiled dist/ tree (npm start) alike.
 */
export function workflowBundleOptions(): Pick<BundleOptions, 'workflowsPath' | 'webpackConfigHook'> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const alias = {
    '@handover/contracts': path.join(root, 'libs', 'contracts', 'src'),
    '@handover/domain': path.join(root, 'libs', 'domain', 'src'),
  };
  return {
    workflowsPath: ['index.ts', 'index.js']
      .map((file) => path.join(root, 'workflows', 'src', file))
      .find((file) => fs.existsSync(file))!,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } },
    }),
  };
}
