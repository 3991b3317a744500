/**
 * Lint rules for the two Next apps: the node rules plus Next's own (core web vitals), React
 * hooks and jsx-a11y, as `eslint-config-next` bundles them.
 */
import nextVitals from 'eslint-config-next/core-web-vitals'
import prettier from 'eslint-config-prettier'

import { ignores, typescript } from './node.js'

export default [ignores, ...nextVitals, ...typescript, prettier]
