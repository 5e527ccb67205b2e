'use strict';
/**
 * The web console's typed API client is generated from the API's own OpenAPI document, so the console cannot drift
 * from the API. `npm run api-client` regenerates apps/web/src/api/schema.d.ts; `--check` fails when it is stale.
 * The document comes from the compiled API (the same build `npm start` serves) in Nest preview mode: no database.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot } = require('./lib/paths');
const { build, distRoot } = require('./lib/build');

const schemaFile = path.join(repoRoot, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const header = "/* Generated from the API's OpenAPI document by `npm run api-client`. Do not edit by hand. */\n\n";

function openApiDocument() {
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      path.join(__dirname, 'lib', 'register-aliases.js'),
      path.join(distRoot, 'apps', 'api', 'src', 'cli', 'openapi.cli.js'),
    ],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`could not produce the OpenAPI document:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

async function generate() {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(openApiDocument(), { alphabetize: true });
  return header + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  build({ quiet: check });
  const generated = await generate();
  if (!check) {
    fs.writeFileSync(schemaFile, generated);
    process.stdout.write(`wrote ${path.relative(repoRoot, schemaFile)}\n`);
    return;
  }
  const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : '';
  if (committed !== generated) {
    process.stderr.write(
      `${path.relative(repoRoot, schemaFile)} is stale: the API's OpenAPI document changed. Run \`npm run api-client\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write("the web console's API client matches the API\n");
}

main().catch((error) => {
  process.stderr.write(`api-client: ${error.message}\n`);
  process.exit(1);
});
