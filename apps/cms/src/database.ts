import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { dataDir, type Settings } from './settings'

const srcDir = path.dirname(fileURLToPath(import.meta.url))

/**
 * DATABASE_URI picks the adapter; nothing else in the code knows which one runs (except the
 * search, src/search, which uses each database's own full-text engine).
 * Dev and production use different SQLite files. Both apply the committed migrations, as do the
 * tests: the schema holds hand-written SQL (the search's FTS5 table) that Drizzle's schema push
 * would drop, so SQLite never pushes (see applyMigrations).
 */
export function defaultSqliteUri(nodeEnv: string | undefined): string {
  return `file:${path.join(dataDir, nodeEnv === 'production' ? 'cms.db' : 'dev.db')}`
}

/** SQLite transactions are off unless asked for (Payload's default); a test that proves rollbacks turns them on. */
type SqliteTransactions = Parameters<typeof sqliteAdapter>[0]['transactionOptions']

/**
 * The adapter is imported here, once DATABASE_URI is known, not at the top of the file: each
 * adapter brings its driver (mongoose and the MongoDB driver; Drizzle and libSQL), and a CMS
 * holds in memory, for as long as it runs, every module it has loaded, used or not.
 */
export async function databaseAdapter(
  settings: Settings,
  sqliteTransactions?: SqliteTransactions,
): Promise<DatabaseAdapterObj> {
  const uri = settings.DATABASE_URI
  if (settings.databaseKind === 'mongodb' && uri) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    // MongoDB needs no schema migrations; transactions need a replica set (see docker-compose.yml).
    // ensureIndexes: collections and indexes exist before the first write (the first-start seed
    // runs in transactions, which fail on a collection still being created in the background).
    return mongooseAdapter({ url: uri, ensureIndexes: true })
  }
  // One import after the other: Jest's ESM loader fails two concurrent imports that share modules.
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { migrations: sqliteMigrations } = await import('./migrations/sqlite')
  return sqliteAdapter({
    client: { url: uri ?? defaultSqliteUri(settings.NODE_ENV) },
    migrationDir: path.resolve(srcDir, 'migrations/sqlite'),
    push: false,
    prodMigrations: sqliteMigrations,
    ...(sqliteTransactions === undefined ? {} : { transactionOptions: sqliteTransactions }),
  })
}

/**
 * Outside production (where the adapter's prodMigrations do it) brings a SQLite database up to
 * the committed migrations when Payload starts: a development or test database is built by the
 * same migrations as production, never pushed. A database that was pushed by an older version
 * makes Payload ask before migrating: delete apps/cms/data/dev.db and start again.
 */
export async function applyMigrations(payload: Payload, nodeEnv: string | undefined): Promise<void> {
  if (payload.db.name !== 'sqlite' || nodeEnv === 'production') return
  const { migrations: sqliteMigrations } = await import('./migrations/sqlite')
  await payload.db.migrate({
    migrations: sqliteMigrations as unknown as NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations'],
  })
}
