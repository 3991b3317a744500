import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = path.dirname(fileURLToPath(import.meta.url))

/** Unit tests of the content contract: URLs, cache tags, and the REST client against a real local HTTP server. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // The SDK and its query-string helper ship as ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(@payloadcms/sdk|qs-esm)/)'],
  reporters: [
    'default',
    [
      path.join(dir, '../../scripts/jest-count-reporter.cjs'),
      { outputFile: path.join(dir, 'reports/jest-counts.json') },
    ],
  ],
}
