import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Each test file gets a fresh SQLite file (Jest runs this before the file's imports), unless
 * DATABASE_URI names a MongoDB server: then each file gets its own database on it.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
const external = process.env.DATABASE_URI
if (external?.startsWith('mongodb')) {
  const url = new URL(external)
  url.pathname = `/cms_test_${process.pid}_${Date.now()}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
}
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.PAYLOAD_SECRET ||= 'test-secret-test-secret-test-secret-0123456789'
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.SEED_ON_START = 'false'
process.env.LOG_LEVEL ||= 'silent' // set LOG_LEVEL=info to see Payload's logs while debugging
process.env.PAYLOAD_TEST_TMP = dir
