import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as sqliteMigrations } from './migrations/sqlite'
import { dataDir, type Settings } from './settings'

const srcDir = path.dirname(fileURLToPath(import.meta.url))

/**
 * DATABASE_URI picks the adapter; nothing else in the code knows which one runs.
 * Dev and production use different SQLite files: dev pushes its schema, production applies
 * the committed migrations (prodMigrations), and the two must never share a file.
 */
export function defaultSqliteUri(nodeEnv: string | undefined): string {
  return `file:${path.join(dataDir, nodeEnv === 'production' ? 'cms.db' : 'dev.db')}`
}

export function databaseAdapter(settings: Settings): DatabaseAdapterObj {
  const uri = settings.DATABASE_URI
  if (settings.databaseKind === 'mongodb' && uri) {
    // MongoDB needs no schema migrations; transactions need a replica set (see docker-compose.yml).
    // ensureIndexes: collections and indexes exist before the first write (the first-start seed
    // runs in transactions, which fail on a collection still being created in the background).
    return mongooseAdapter({ url: uri, ensureIndexes: true })
  }
  return sqliteAdapter({
    client: { url: uri ?? defaultSqliteUri(settings.NODE_ENV) },
    migrationDir: path.resolve(srcDir, 'migrations/sqlite'),
    prodMigrations: sqliteMigrations,
  })
}
