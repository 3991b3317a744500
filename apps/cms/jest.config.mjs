import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))

/** Integration tests run Payload's Local API (and its REST/GraphQL handlers) on a real database. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  setupFiles: ['<rootDir>/tests/helpers/setupEnv.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.cjs',
  },
  testTimeout: 60000,
  // Jest does not expand <rootDir> in reporter options: build the paths here.
  reporters: [
    'default',
    [
      path.join(dir, '../../scripts/jest-count-reporter.cjs'),
      { outputFile: path.join(dir, 'reports/jest-counts.json') },
    ],
  ],
}
