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
  // A worker's code exits within a few ms of the end of the run, but the process then takes 350–450 ms
  // to hand its 600 MB back to the system on this 2-core machine: close to Jest's default 500 ms,
  // past which it kills the worker and warns "failed to exit gracefully" (no handle is left open).
  workerGracefulExitTimeout: 2000,
};
