/** One formatting style for the whole repository (the root .prettierrc.mjs points here). */
export default {
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  printWidth: 120,
}
