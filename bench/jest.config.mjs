import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))

/**
 * The benchmark's smoke test: runs `npm run bench -- --smoke` against the built apps and
 * checks that every section produced figures. It asserts sanity, never the speed targets.
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
  testTimeout: 900000,
  maxWorkers: 1,
  reporters: [
    'default',
    [path.join(dir, '../scripts/jest-count-reporter.cjs'), { outputFile: path.join(dir, 'reports/jest-counts.json') }],
  ],
}
