import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BackupError, readArchive } from './archive'
import { ARCHIVE, FORMAT, FORMAT_VERSION, type Manifest } from './manifest'
import { contentTables, integrityCheck } from './sqlite'

export type RestoreOptions = {
  file: string
  /** The SQLite file the CMS uses; the CMS must be stopped. */
  database: string
  mediaDir: string | undefined
  /** The migrations this version of the CMS knows. */
  knownMigrations: string[]
  force?: boolean
  /** age identity (key) file, for an encrypted archive. */
  identity?: string
  log?: (line: string) => void
}

const inArchive = (name: string) =>
  name === ARCHIVE.manifest ||
  name === ARCHIVE.database ||
  name === ARCHIVE.media ||
  name.startsWith(`${ARCHIVE.media}/`)

/**
 * Brings an archive made by createBackup back: the database file replaces the CMS's (only an
 * empty one, unless `force`), and the uploads go back into the media folder. Staff sign in
 * again afterwards (sessions are not in backups); migrations newer than the archive are applied
 * by the CMS when it starts.
 */
export async function restoreBackup(o: RestoreOptions): Promise<{ manifest: Manifest; replaced: boolean }> {
  const log = o.log ?? (() => {})
  if (!fs.existsSync(o.file)) throw new BackupError(`There is no archive at ${o.file}.`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-restore-'))
  try {
    await readArchive(o.file, work, inArchive, o.identity)
    const manifest = readManifest(work, o.file)
    const newer = manifest.migrations.filter((m) => !o.knownMigrations.includes(m))
    if (newer.length > 0) {
      throw new BackupError(
        `${o.file} comes from a newer version of the CMS (migrations ${newer.join(', ')}): update the CMS first, then restore.`,
      )
    }
    const copy = path.join(work, ARCHIVE.database)
    const check = fs.existsSync(copy) ? await integrityCheck(copy) : 'the archive holds no database'
    if (check !== 'ok') throw new BackupError(`${o.file} is damaged: ${check}.`)
    log(`  archive read (made ${manifest.createdAt}) ✓`)

    const held = fs.existsSync(o.database) ? await contentTables(o.database) : {}
    const replaced = Object.keys(held).length > 0
    if (replaced && !o.force) {
      const what = Object.entries(held)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')
      throw new BackupError(
        `The database is not empty: ${o.database} holds ${what}. Restore into an empty database, or run again with --force to replace it (stop the CMS first).`,
      )
    }

    // A leftover write-ahead log would be replayed into the restored file: it goes first.
    const incoming = `${o.database}.restoring`
    fs.mkdirSync(path.dirname(o.database), { recursive: true })
    fs.copyFileSync(copy, incoming)
    fs.chmodSync(incoming, 0o600)
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${o.database}${suffix}`, { force: true })
    fs.renameSync(incoming, o.database)
    log(`  database ${replaced ? 'replaced' : 'restored'}: ${o.database} ✓`)

    const media = path.join(work, ARCHIVE.media)
    if (fs.existsSync(media)) {
      if (!o.mediaDir) {
        log(
          `  note: this CMS keeps uploads in object storage; copy them to the bucket from media/ in the archive yourself.`,
        )
      } else {
        if (o.force) fs.rmSync(o.mediaDir, { recursive: true, force: true })
        fs.cpSync(media, o.mediaDir, { recursive: true, force: true })
        log(`  media: ${manifest.media.files} files into ${o.mediaDir} ✓`)
      }
    }
    return { manifest, replaced }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function readManifest(work: string, file: string): Manifest {
  const at = path.join(work, ARCHIVE.manifest)
  if (!fs.existsSync(at)) throw new BackupError(`${file} has no manifest.json: it was not made by \`npm run backup\`.`)
  const manifest = JSON.parse(fs.readFileSync(at, 'utf8')) as Manifest
  if (manifest.format !== FORMAT) throw new BackupError(`${file} is not a CMS backup (format "${manifest.format}").`)
  if (manifest.formatVersion < FORMAT_VERSION) {
    throw new BackupError(
      `${file} is in the earlier, document-by-document format (${manifest.formatVersion}): restore it with the version of the CMS that made it, then back up again.`,
    )
  }
  if (manifest.formatVersion > FORMAT_VERSION)
    throw new BackupError(
      `${file} was written by a newer version of this tool (format ${manifest.formatVersion}); update the CMS first.`,
    )
  return manifest
}
