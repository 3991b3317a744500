export { default } from '@resilient-mind/eslint-config/node'
