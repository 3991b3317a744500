import type { LeftOut } from './sqlite'

/**
 * What an archive holds, by name:
 *   manifest.json   this record
 *   cms.db          the SQLite database, as one consistent copy, without what a backup must not hold
 *   media/          the uploaded files and their generated sizes (absent with object storage)
 */
export const ARCHIVE = { manifest: 'manifest.json', database: 'cms.db', media: 'media' } as const

export const FORMAT = 'resilient-mind-cms-backup'
/** 2: the SQLite file itself (1 was a document-by-document copy, which this version cannot read). */
export const FORMAT_VERSION = 2

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  createdAt: string
  database: 'sqlite'
  /** The migrations the copy had applied: a restore refuses a database newer than its code. */
  migrations: string[]
  inquiryRetentionDays: number
  leftOut: LeftOut
  media: { storage: 'local' | 'external'; files: number; bytes: number }
  encrypted: boolean
}
