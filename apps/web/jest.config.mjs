import path from 'node:path'
import { fileURLToPath } from 'node:url'

import nextJest from 'next/jest.js'

const dir = path.dirname(fileURLToPath(import.meta.url))
const createJestConfig = nextJest({ dir })

/** Component tests: Next's SWC transform, a browser-like DOM (jsdom) and Testing Library. */
const config = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.tsx', '**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  reporters: [
    'default',
    [
      path.join(dir, '../../scripts/jest-count-reporter.cjs'),
      { outputFile: path.join(dir, 'reports/jest-counts.json') },
    ],
  ],
}

// Payload's converters and their helpers ship as ES modules: let SWC transform them too.
const esm = ['@payloadcms', 'lexical', '@lexical', 'uuid', 'qs-esm', '@resilient-mind']
export default async () => {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  }
}
