import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))

/**
 * Browser end-to-end tests: both built apps are started once (globalSetup) on their own
 * ports and a fresh SQLite file, driven with Debian's Chromium through playwright-core.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: [
    'default',
    [path.join(dir, '../scripts/jest-count-reporter.cjs'), { outputFile: path.join(dir, 'reports/jest-counts.json') }],
  ],
}
