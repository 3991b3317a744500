/**
 * Lint rules for the TypeScript workspaces that are not Next apps (packages, tests, bench,
 * ops, scripts). `eslint-config-prettier` comes last: formatting is Prettier's job alone.
 */
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Generated or vendored files nobody edits by hand. */
export const ignores = {
  ignores: [
    '**/node_modules/**',
    '**/.next/**',
    '**/.turbo/**',
    '**/dist/**',
    '**/coverage/**',
    '**/reports/**',
    '**/next-env.d.ts',
    '**/payload-types.ts',
    '**/migrations/**',
    '**/importMap.js',
  ],
}

export const typescript = [
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks an argument a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `typeof import('…')` types a module a test imports only after it has set the environment.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // This code validates hostile input, so matching control characters is deliberate.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON bodies of any shape from the APIs they call.
    files: ['**/tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Config files export their object directly, as each tool documents.
    files: ['**/*.config.{js,mjs,cjs,ts}', '**/jest.config.*'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]

export default [ignores, ...typescript, prettier]
