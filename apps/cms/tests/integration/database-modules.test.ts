import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The CMS loads only the database adapter DATABASE_URI names (see databaseAdapter): on SQLite,
 * neither mongoose nor the MongoDB driver; on MongoDB, neither Drizzle nor libSQL. A module,
 * once loaded, stays in memory for as long as the server runs. Checked in a fresh Node process
 * that imports the config, as `next start` and the CLIs do, and records every module it resolves.
 */
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tmp = process.env.PAYLOAD_TEST_TMP!

function packagesLoadedByConfig(databaseUri: string): Set<string> {
  const record = path.join(tmp, `resolved-${Date.now()}.txt`)
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=production',
      '--no-deprecation',
      '--import',
      'tsx',
      '--import',
      './tests/helpers/recordResolved.mjs',
      'src/payload.config.ts',
    ],
    { cwd: cmsDir, env: { ...process.env, DATABASE_URI: databaseUri, RECORD_RESOLVED: record }, encoding: 'utf8' },
  )
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const packages = fs
    .readFileSync(record, 'utf8')
    .split('\n')
    .map((url) => url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1])
    .filter((name): name is string => Boolean(name))
  return new Set(packages)
}

describe('the database code a CMS loads', () => {
  it('on SQLite is SQLite’s adapter only', () => {
    const loaded = packagesLoadedByConfig(`file:${path.join(tmp, 'modules.db')}`)
    expect(loaded).toContain('@payloadcms/db-sqlite')
    for (const mongo of ['@payloadcms/db-mongodb', 'mongoose', 'mongodb']) expect(loaded).not.toContain(mongo)
  })

  it('on MongoDB is MongoDB’s adapter only', () => {
    // Creating the adapter does not connect: no server needs to answer at this address.
    const loaded = packagesLoadedByConfig('mongodb://127.0.0.1:9/cms')
    expect(loaded).toContain('@payloadcms/db-mongodb')
    for (const sqlite of ['@payloadcms/db-sqlite', '@payloadcms/drizzle', 'drizzle-orm', '@libsql/client'])
      expect(loaded).not.toContain(sqlite)
  })
})
