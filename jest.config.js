/**
 * Four tiers: unit specs beside the code, workflow tests on the time-skipping server, repositories and queries against a
 * real PostgreSQL, API e2e on a real stack.
 */
const moduleNameMapper = {
  '^@handover/(contracts|domain|database|config)$': '<rootDir>/libs/$1/src',
  '^@handover/(database|config)/nest$': '<rootDir>/libs/$1/src/nest',
};
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The web console (apps/web) has its own runners: Vitest for components, Playwright in Chromium end to end.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};

module.exports = {
  testTimeout: 120_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows}/**/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'workflow',
      testMatch: ['<rootDir>/workflows/test/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'repository',
      testMatch: ['<rootDir>/{apps,libs}/*/test/repository/**/*.test.ts'],
      globalSetup: '<rootDir>/test/harness/repository-global-setup.js',
      globalTeardown: '<rootDir>/test/harness/global-teardown.js',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/*/test/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.js',
      globalTeardown: '<rootDir>/test/harness/global-teardown.js',
    },
  ],
};
