/** `npm run test:e2e`: the whole dev stack on free ports, driven in headless Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
