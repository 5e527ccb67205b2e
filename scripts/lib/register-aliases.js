'use strict';
/** Resolves the @handover/* path aliases of compiled code under dist/ (preloaded with node -r). */
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.json');

tsconfigPaths.register({ baseUrl: path.join(__dirname, '..', '..', 'dist'), paths: compilerOptions.paths });
