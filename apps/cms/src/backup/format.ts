import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

/**
 * The archive: one .tar.gz holding
 *   manifest.json                      what is inside, with counts to check a restore against
 *   collections/<slug>.ndjson          every document, one JSON object a line, as the database adapter stores it
 *   versions/<slug>.ndjson             every version of a versioned collection (drafts, autosaves)
 *   globals/<slug>.json                every global that was ever saved
 *   global-versions/<slug>.ndjson      versions of versioned globals
 *   files/<collection>/<filename>      uploaded files and their generated sizes (local storage only)
 * NDJSON keeps memory flat however large a collection grows.
 */
export const FORMAT = 'resilient-mind-cms-backup'
export const FORMAT_VERSION = 1

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  createdAt: string
  /** Ids are numbers on SQLite and ObjectId strings on MongoDB, so an archive restores into the same kind. */
  database: string
  collections: Record<string, { documents: number; versions?: number }>
  globals: Record<string, { saved: boolean; versions?: number }>
  files: Record<string, { storage: 'local' | 'external'; files: number; bytes: number; missing: string[] }>
}

export const paths = {
  manifest: 'manifest.json',
  collection: (slug: string) => `collections/${slug}.ndjson`,
  versions: (slug: string) => `versions/${slug}.ndjson`,
  global: (slug: string) => `globals/${slug}.json`,
  globalVersions: (slug: string) => `global-versions/${slug}.ndjson`,
  filesDir: (slug: string) => `files/${slug}`,
}

/** Appends JSON lines to a file, waiting for the stream to drain so large sets never pile up in memory. */
export class NdjsonWriter {
  private stream: fs.WriteStream
  count = 0

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    this.stream = fs.createWriteStream(file)
  }

  async write(value: unknown): Promise<void> {
    this.count++
    if (!this.stream.write(`${JSON.stringify(value)}\n`)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve))
    }
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())))
  }
}

export async function* readNdjson<T = Record<string, unknown>>(file: string): AsyncGenerator<T> {
  if (!fs.existsSync(file)) return
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim()) yield JSON.parse(line) as T
  }
}
