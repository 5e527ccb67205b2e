import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { workflowBundleOptions } from '../../apps/worker/src/workflow-bundle';

const quiet = new DefaultLogger('ERROR');

describe('workflow bundle', () => {
  it('bundles the workflows with the path aliases resolved', async () => {
    const bundle = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: quiet });
    expect(bundle.code).toContain('handoverProjectWorkflow');
    expect(bundle.code).toContain('buildPlan'); // from @handover/domain through the alias
  });

  it('fails when workflow code imports a Node API (and bundles the same file without that import)', async () => {
    // inside the repo, so that everything but the forbidden import resolves
    const dir = fs.mkdtempSync(path.join(__dirname, 'bad-workflow-'));
    const bundle = (source: string) => {
      fs.writeFileSync(path.join(dir, 'index.ts'), source);
      return bundleWorkflowCode({
        ...workflowBundleOptions(),
        workflowsPath: path.join(dir, 'index.ts'),
        logger: quiet,
      });
    };
    try {
      await expect(bundle('export async function fine(): Promise<boolean> { return true; }\n')).resolves.toHaveProperty(
        'code',
      );
      await expect(
        bundle(
          "import fs from 'node:fs';\nexport async function bad(): Promise<boolean> { return fs.existsSync('/'); }\n",
        ),
      ).rejects.toThrow(/Webpack finished with errors/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
