import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Encryption, writeArchive } from './archive'
import { ARCHIVE, FORMAT, FORMAT_VERSION, type Manifest } from './manifest'
import { appliedMigrations, consistentCopy, integrityCheck, pruneCopy } from './sqlite'

export type BackupOptions = {
  /** The live SQLite file. */
  database: string
  /** The uploads folder (MEDIA_DIR), or undefined when uploads are in object storage. */
  mediaDir: string | undefined
  file: string
  inquiryRetentionDays: number
  encryption?: Encryption
  log?: (line: string) => void
}

/** Every file under dir (relative paths), for the manifest's count. */
function filesUnder(dir: string): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 }
  let files = 0
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

/**
 * One archive of the CMS on SQLite: a consistent copy of the database (VACUUM INTO) without
 * what a backup must not hold (see pruneCopy), the uploads folder, and manifest.json.
 */
export async function createBackup(o: BackupOptions): Promise<Manifest> {
  const log = o.log ?? (() => {})
  if (!fs.existsSync(o.database)) throw new Error(`There is no database at ${o.database}.`)
  // mkdtemp makes a folder only its owner can enter: the unencrypted copy never sits where others can read it.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
  try {
    const copy = path.join(staging, ARCHIVE.database)
    await consistentCopy(o.database, copy)
    const leftOut = await pruneCopy(copy, o.inquiryRetentionDays)
    const check = await integrityCheck(copy)
    if (check !== 'ok') throw new Error(`The copy of the database failed SQLite's integrity check: ${check}`)
    log(`  database copied (${(fs.statSync(copy).size / 1024 / 1024).toFixed(1)} MB) ✓`)
    log(
      `  left out: ${leftOut.expiredInquiries} appointment requests older than ${o.inquiryRetentionDays} days, ${leftOut.sessions} sign-in sessions, ${leftOut.resetTokens} password-reset tokens ✓`,
    )

    const entries: string[] = [ARCHIVE.manifest, ARCHIVE.database]
    let media: Manifest['media'] = { storage: 'external', files: 0, bytes: 0 }
    if (o.mediaDir) {
      media = { storage: 'local', ...filesUnder(o.mediaDir) }
      if (fs.existsSync(o.mediaDir)) {
        fs.symlinkSync(path.resolve(o.mediaDir), path.join(staging, ARCHIVE.media))
        entries.push(ARCHIVE.media)
      }
      log(`  media: ${media.files} files (${(media.bytes / 1024 / 1024).toFixed(1)} MB) ✓`)
    }

    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: 'sqlite',
      migrations: await appliedMigrations(copy),
      inquiryRetentionDays: o.inquiryRetentionDays,
      leftOut,
      media,
      encrypted: Boolean(o.encryption?.recipients?.length || o.encryption?.recipientsFiles?.length),
    }
    fs.writeFileSync(path.join(staging, ARCHIVE.manifest), JSON.stringify(manifest, null, 2))
    await writeArchive(staging, entries, o.file, o.encryption)
    log(
      `  archive written (${(fs.statSync(o.file).size / 1024 / 1024).toFixed(1)} MB${manifest.encrypted ? ', encrypted with age' : ''}, readable by its owner only) ✓`,
    )
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
