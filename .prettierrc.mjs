export { default } from '@resilient-mind/eslint-config/prettier'
