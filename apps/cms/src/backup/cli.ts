import path from 'node:path'

import type { Payload } from 'payload'

/**
 * npm run backup [file]            → writes everything into one .tar.gz (default backups/cms-<time>.tar.gz)
 * npm run restore <file> [--force] → brings an archive back into an empty database
 *
 * Both act on the database the CMS would use with the same environment (DATABASE_URI, or the
 * SQLite file for NODE_ENV). Paths are relative to where npm was run (INIT_CWD).
 * The npm scripts pass --conditions=production: Lexical's Node entry re-exports through a
 * top-level await that Node 20 sometimes never settles (the process exits with code 13).
 */
const [command, ...rest] = process.argv.slice(2)
const force = rest.includes('--force')
const fileArg = rest.find((a) => !a.startsWith('--'))
const base = process.env.INIT_CWD || process.cwd()

function usage(message?: string): never {
  if (message) console.error(message)
  console.error('Usage: npm run backup [archive.tar.gz]\n       npm run restore <archive.tar.gz> [--force]')
  process.exit(2)
}

if (command !== 'backup' && command !== 'restore') usage()
if (command === 'restore' && !fileArg) usage('Name the archive to restore, e.g. npm run restore backups/cms-2026-01-31T03-00-00.tar.gz')

const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')
const file = path.resolve(base, fileArg ?? path.join(process.env.BACKUP_DIR || 'backups', `cms-${stamp}.tar.gz`))

// A backup only reads: never let the dev-mode schema push touch the database it reads from.
if (command === 'backup') process.env.PAYLOAD_MIGRATING = 'true'

/** Names the database without its password. */
function describeDatabase(uri: string | undefined): string {
  if (!uri) return 'the default SQLite file'
  try {
    const url = new URL(uri)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return uri
  }
}

const { getPayload } = await import('payload')
const { applyMigrations } = await import('../database')
const { default: config } = await import('../payload.config')
const { settings } = await import('../settings')
const { consoleProgress } = await import('./progress')
const { createBackup } = await import('./backup')
const { restoreBackup, RestoreRefused } = await import('./restore')

// Not the app's onInit (no seeding on start), only the migrations it would apply.
const payload = await getPayload({ config: { ...(await config), onInit: (p: Payload) => applyMigrations(p, process.env.NODE_ENV) } as never })
let code = 0
try {
  const progress = consoleProgress()
  console.error(`${command === 'backup' ? 'Backing up' : 'Restoring into'} ${payload.db.name} database ${describeDatabase(settings.DATABASE_URI)}`)
  if (command === 'backup') {
    const manifest = await createBackup(payload, { file, progress })
    const docs = Object.values(manifest.collections).reduce((n, c) => n + c.documents, 0)
    const versions = Object.values(manifest.collections).reduce((n, c) => n + (c.versions ?? 0), 0)
    const files = Object.values(manifest.files).reduce((n, f) => n + f.files, 0)
    const missing = Object.values(manifest.files).flatMap((f) => f.missing)
    const external = Object.entries(manifest.files).filter(([, f]) => f.storage === 'external').map(([slug]) => slug)
    console.log(`Backup written to ${file}: ${docs} documents, ${versions} versions, ${files} files.`)
    if (missing.length) console.warn(`Warning: ${missing.length} files named by documents were not on disk: ${missing.slice(0, 5).join(', ')}`)
    if (external.length) console.warn(`Note: ${external.join(', ')} files live in object storage (S3) and are not in the archive; back up the bucket with its own tools.`)
  } else {
    const report = await restoreBackup(payload, { file, force, progress })
    const docs = Object.values(report.restored).reduce((n, c) => n + c.documents, 0)
    console.log(`Restored ${file}${report.wiped ? ' (after deleting what the database held)' : ''}: ${docs} documents.`)
  }
} catch (err) {
  code = 1
  if (err instanceof RestoreRefused) console.error(`Restore refused: ${err.message}`)
  else console.error(`${command === 'backup' ? 'Backup' : 'Restore'} failed: ${(err as Error).message}`)
} finally {
  await payload.destroy()
}
process.exit(code)
