/** `npm test`: unit, bot and integration tests. Azurite runs in memory for the whole run (global setup). */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/{unit,bot,integration}/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/helpers/azurite-global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/azurite-global-teardown.ts',
  testTimeout: 20000,
  maxWorkers: 2,
  // Each test file loads botbuilder, teams-ai and the Azure SDK afresh; a worker's heap grew to 700 MB
  // over a run, and freeing it at the end took more than Jest's 500 ms ("A worker process has failed
  // to exit gracefully"). A worker above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '512MB',
};
