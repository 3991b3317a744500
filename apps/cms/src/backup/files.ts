import fs from 'node:fs'
import path from 'node:path'

import type { SanitizedCollectionConfig } from 'payload'

/** Upload collections keep their files on the local disk unless a storage plugin (S3) took over. */
export function localStaticDir(collection: SanitizedCollectionConfig): string | undefined {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || upload.disableLocalStorage) return undefined
  return path.resolve(upload.staticDir || collection.slug)
}

/** The original file and every generated size an upload document names. */
export function filesOf(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string' && doc.filename) names.add(doc.filename)
  const sizes = doc.sizes as Record<string, { filename?: string | null } | null> | undefined
  for (const size of Object.values(sizes ?? {})) {
    if (size?.filename) names.add(size.filename)
  }
  return [...names]
}

/** A file name from an archive or a document must stay inside its folder. */
export function safeJoin(dir: string, name: string): string {
  const full = path.resolve(dir, name)
  if (full !== dir && !full.startsWith(dir + path.sep)) throw new Error(`Refusing a file name that leaves its folder: ${name}`)
  return full
}

/** Hard-links when the two folders share a disk (no copy of large media), copies otherwise. */
export function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}
