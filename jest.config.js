/** Jest runs the suites against real servers (Temporal dev/test server, the intake, the sandbox);
 * scripts/ensure-setup.sh installs the Temporal binaries before `npm test` runs this. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 120000,
  // Suites share one machine with a Temporal server; two at a time keeps a 2-core CI box responsive.
  maxWorkers: 2,
  setupFiles: ['<rootDir>/test/setupRuntime.ts'],
  reporters: ['default', '<rootDir>/test/reporters/summaryLine.js'],
};
