import path from 'node:path'

/**
 * npm run backup -- [archive] [--recipient <age key>]... [--recipients-file <file>]...
 * npm run restore -- <archive> [--force] [--identity <age key file>]
 *
 * Both act on the SQLite database the CMS would use with the same environment (DATABASE_URI,
 * or the default file for NODE_ENV) and on its media folder (MEDIA_DIR). MongoDB is backed up
 * with its own tools from the stack's mongo container (docs/deploy.md). Paths are relative to
 * where npm was run (INIT_CWD).
 */
const args = process.argv.slice(2)
const command = args.shift()
const base = process.env.INIT_CWD || process.cwd()
const resolve = (p: string) => path.resolve(base, p)

function usage(message?: string): never {
  if (message) console.error(message)
  console.error(
    'Usage: npm run backup -- [archive.tar.gz] [--recipient age1...] [--recipients-file keys.txt]\n' +
      '       npm run restore -- <archive.tar.gz[.age]> [--force] [--identity key.txt]',
  )
  process.exit(2)
}

/** --name value pairs (repeatable), flags, and the one positional argument. */
const options: Record<string, string[]> = {}
const flags = new Set<string>()
const positional: string[] = []
const takesValue = new Set(['--recipient', '--recipients-file', '--identity'])
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (takesValue.has(arg)) {
    if (!args[i + 1] || args[i + 1].startsWith('--')) usage(`${arg} needs a value.`)
    ;(options[arg] ??= []).push(args[++i])
  } else if (arg === '--force') flags.add(arg)
  else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`)
  else positional.push(arg)
}
if (command !== 'backup' && command !== 'restore') usage()
if (positional.length > 1) usage('Name one archive.')
if (command === 'restore' && !positional[0])
  usage('Name the archive to restore, e.g. npm run restore -- backups/cms-2026-01-31T03-00-00Z.tar.gz')

const { settings } = await import('../settings')
const { defaultSqliteUri } = await import('../database')
const { migrations } = await import('../migrations/sqlite')
const { BackupError } = await import('./archive')
const { sqliteFilePath } = await import('./sqlite')

if (settings.databaseKind !== 'sqlite') {
  console.error(
    "This CMS runs on MongoDB: back it up with MongoDB's own tools from the stack's mongo container " +
      '(docker compose exec -T mongo /deploy/mongo/backup.sh > backups/cms-mongo.archive.gz; see docs/deploy.md, "Backups").',
  )
  process.exit(2)
}

const database = sqliteFilePath(settings.DATABASE_URI ?? defaultSqliteUri(settings.NODE_ENV))
// The same folder the Media collection stores uploads in; none when they are in object storage.
const { dataDir } = await import('../settings')
const mediaDir = settings.S3_BUCKET ? undefined : path.resolve(process.env.MEDIA_DIR || path.join(dataDir, 'media'))
const log = (line: string) => console.error(line)

let code = 0
try {
  if (command === 'backup') {
    const recipients = options['--recipient'] ?? []
    const recipientsFiles = (options['--recipients-file'] ?? []).map(resolve)
    const encrypted = recipients.length + recipientsFiles.length > 0
    const stamp = new Date()
      .toISOString()
      .replace(/[:.]/g, '-')
      .replace(/-\d{3}Z$/, 'Z')
    const file = resolve(
      positional[0] ?? path.join(process.env.BACKUP_DIR || 'backups', `cms-${stamp}.tar.gz${encrypted ? '.age' : ''}`),
    )
    console.error(`Backing up ${database}`)
    const { createBackup } = await import('./backup')
    await createBackup({
      database,
      mediaDir,
      file,
      inquiryRetentionDays: settings.INQUIRY_RETENTION_DAYS,
      encryption: { recipients, recipientsFiles },
      log,
    })
    console.log(`Backup written to ${file}`)
    if (!mediaDir)
      console.warn(
        'Note: uploads live in object storage (S3) and are not in the archive; back up the bucket with its own tools.',
      )
  } else {
    const file = resolve(positional[0])
    console.error(`Restoring ${file} into ${database}`)
    const { restoreBackup } = await import('./restore')
    const { replaced } = await restoreBackup({
      file,
      database,
      mediaDir,
      knownMigrations: migrations.map((m) => m.name),
      force: flags.has('--force'),
      identity: options['--identity']?.map(resolve).at(-1),
      log,
    })
    console.log(
      `Restored ${file}${replaced ? ' (replacing what the database held)' : ''}. Staff sign in again: sessions are not in backups.`,
    )
  }
} catch (err) {
  code = 1
  const message = err instanceof BackupError ? err.message : (err as Error).message
  console.error(
    `${command === 'backup' ? 'Backup' : 'Restore'} ${err instanceof BackupError ? 'refused' : 'failed'}: ${message}`,
  )
}
process.exit(code)
