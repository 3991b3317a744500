import { fileURLToPath } from 'node:url'

import { createClient, type Client } from '@libsql/client'

/** The SQLite file a `file:` DATABASE_URI names. */
export function sqliteFilePath(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`Not a SQLite database: ${uri}`)
  return uri.startsWith('file://') ? fileURLToPath(uri) : uri.slice('file:'.length)
}

async function withClient<T>(file: string, use: (db: Client) => Promise<T>): Promise<T> {
  const db = createClient({ url: `file:${file}` })
  try {
    return await use(db)
  } finally {
    db.close()
  }
}

/**
 * An online, consistent copy of a live database: VACUUM INTO reads it in one transaction
 * (the CMS keeps working meanwhile) and writes a compact new file, in rollback-journal mode.
 */
export function consistentCopy(source: string, target: string): Promise<void> {
  return withClient(source, async (db) => {
    await db.execute({ sql: 'VACUUM INTO ?', args: [target] })
  })
}

export type LeftOut = { expiredInquiries: number; sessions: number; resetTokens: number }

/**
 * Removes from a copy what a backup must not hold: appointment requests past retention (the
 * hourly job deletes them from the live database too, so a backup never brings them back),
 * staff sign-in sessions and password-reset tokens. Then VACUUM rebuilds the file, so the
 * removed rows are not left behind in free pages.
 */
export function pruneCopy(copy: string, inquiryRetentionDays: number, now = new Date()): Promise<LeftOut> {
  const cutoff = new Date(now.getTime() - inquiryRetentionDays * 24 * 3600 * 1000).toISOString()
  return withClient(copy, async (db) => {
    // Rows that point at a removed inquiry (a lock on it) go with it.
    await db.execute('PRAGMA foreign_keys = ON')
    const [inquiries, sessions, tokens] = await db.batch(
      [
        { sql: 'DELETE FROM inquiries WHERE created_at < ?', args: [cutoff] },
        'DELETE FROM users_sessions',
        'UPDATE users SET reset_password_token = NULL, reset_password_expiration = NULL WHERE reset_password_token IS NOT NULL',
      ],
      'write',
    )
    await db.execute('VACUUM')
    return {
      expiredInquiries: inquiries.rowsAffected,
      sessions: sessions.rowsAffected,
      resetTokens: tokens.rowsAffected,
    }
  })
}

/** The migrations a database has had applied, oldest first (none for a file never migrated). */
export function appliedMigrations(file: string): Promise<string[]> {
  return withClient(file, async (db) => {
    const table = await db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (table.rows.length === 0) return []
    const rows = await db.execute("SELECT name FROM payload_migrations WHERE name != 'dev' ORDER BY id")
    return rows.rows.map((r) => String(r.name))
  })
}

/**
 * What a database holds, for a person: rows in its content tables, leaving out Payload's own
 * bookkeeping (migrations, jobs, locks, preferences, key-value store), version tables (_x_v)
 * and the child tables of arrays and relationships (x_y, counted with x). Empty means a
 * restore may go in without --force.
 */
export function contentTables(file: string): Promise<Record<string, number>> {
  return withClient(file, async (db) => {
    const all = (
      await db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ).rows.map((r) => String(r.name))
    const content = all.filter(
      (n) => !n.startsWith('payload_') && !n.startsWith('_') && !all.some((p) => p !== n && n.startsWith(`${p}_`)),
    )
    const counts: Record<string, number> = {}
    for (const name of content) {
      const n = Number((await db.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)).rows[0].n)
      if (n > 0) counts[name] = n
    }
    return counts
  })
}

/** SQLite's own check of a file: "ok", or what is wrong. */
export function integrityCheck(file: string): Promise<string> {
  return withClient(file, async (db) => String((await db.execute('PRAGMA integrity_check')).rows[0][0]))
}
