const path = require('node:path')

/** Tests of the deployment files; the micro-cache test starts the built CMS and website (turbo builds them first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  testTimeout: 60000,
  // Jest does not expand <rootDir> inside reporter options.
  reporters: [
    'default',
    ['<rootDir>/../scripts/jest-count-reporter.cjs', { outputFile: path.join(__dirname, 'reports/jest-counts.json') }],
  ],
}
