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
};
