import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..', '..', '..');

describe("the web console's generated API client", () => {
  it('matches the OpenAPI document of the API as it is now (run `npm run api-client` when this fails)', () => {
    const output = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'api-client.js'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(output).toContain('matches the API');
  });
});
