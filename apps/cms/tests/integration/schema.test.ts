import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { generateTypes } from 'payload/node'

import { startPayload } from '../helpers/payload'

/**
 * The committed contract must follow the config: packages/content's generated types, and the
 * SQLite migrations that a production start applies. Both are generated from the SQLite
 * adapter (numeric ids), so these checks run on SQLite only.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const migrationsDir = path.resolve(here, '../../src/migrations/sqlite')
const typesFile = path.resolve(here, '../../../../packages/content/src/payload-types.ts')
const onSqlite = !process.env.DATABASE_URI?.startsWith('mongodb')

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

;(onSqlite ? it : it.skip)(
  'packages/content/src/payload-types.ts matches the config (run `npm run generate:types -w cms`)',
  async () => {
    const out = path.join(process.env.PAYLOAD_TEST_TMP!, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(payload.config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const fresh = fs.readFileSync(out, 'utf8')
    const committed = fs.readFileSync(typesFile, 'utf8')
    expect(committed === fresh ? 'up to date' : 'stale: run `npm run generate:types -w cms` and commit').toBe(
      'up to date',
    )
  },
)

;(onSqlite ? it : it.skip)(
  'the committed migrations produce the schema the config needs (run `npx payload migrate:create`)',
  async () => {
    const db = payload.db as unknown as {
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const snapshots = fs
      .readdirSync(migrationsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(fs.readFileSync(path.join(migrationsDir, snapshots.at(-1)!), 'utf8'))
    const kit = db.requireDrizzleKit()
    const pending = await kit.generateMigration(latest, await kit.generateDrizzleJson(db.schema))
    expect(pending).toEqual([])
    // Every migration file is listed in the index that prodMigrations imports.
    const index = fs.readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
    for (const snapshot of snapshots) expect(index).toContain(snapshot.replace(/\.json$/, ''))
  },
)
