import fs from 'node:fs';
import os from 'node:os';
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

  it('fails when workflow code imports a Node API', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-workflow-'));
    fs.writeFileSync(path.join(dir, 'index.ts'), "import fs from 'node:fs';\nexport async function bad(): Promise<boolean> { return fs.existsSync('/'); }\n");
    const options = { ...workflowBundleOptions(), workflowsPath: path.join(dir, 'index.ts'), logger: quiet };
    await expect(bundleWorkflowCode(options)).rejects.toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
