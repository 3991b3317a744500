/**
 * Lint rules for the two Next apps: the node rules plus Next's own (core web vitals), React
 * hooks and jsx-a11y, as `eslint-config-next` bundles them.
 */
import nextVitals from 'eslint-config-next/core-web-vitals'
import prettier from 'eslint-config-prettier'

import { ignores, typescript } from './node.js'

export default [
  ignores,
  ...nextVitals,
  ...typescript,
  {
    rules: {
      // Visitor pages ship no framework JavaScript: a plain <a> and <img> are what <Link> and
      // <Image> would render without it (images get next/image's props via getImageProps).
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // The React hooks rules read any call named use…() as a hook; server code is not React.
    files: ['**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
]
