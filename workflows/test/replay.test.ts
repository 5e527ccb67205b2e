import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from './support/workflow-test-env';

const HISTORIES = path.join(__dirname, 'histories');

/** Every committed history must replay against the current workflow code: logic changes go behind patched(). */
describe('replay of committed histories', () => {
  const files = fs.readdirSync(HISTORIES).filter((file) => file.endsWith('.json'));

  it('has committed histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8'));
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file);
  });
});
