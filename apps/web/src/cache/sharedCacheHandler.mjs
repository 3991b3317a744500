import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Next's page and data cache kept in one folder that several `next start` processes share
 * (WEB_SHARED_CACHE_DIR; next.config.mjs sets this class as Next's documented `cacheHandler`).
 * A page that one process renders again, when the CMS announces a change to it, is what every
 * process serves from its next request: none keeps a copy of its own (cacheMaxMemorySize: 0).
 *
 * One file per cache key, written whole to a temporary name and renamed into place, so a
 * reader never sees half an entry. Tags (revalidateTag) are one small file each holding when
 * the tag was last expired (the clock's time, not the file's: file times can lag it).
 */
export default class SharedFolderCacheHandler {
  constructor() {
    const dir = process.env.WEB_SHARED_CACHE_DIR
    if (!dir)
      throw new Error('The shared cache handler needs WEB_SHARED_CACHE_DIR: the folder every web process shares.')
    this.entries = path.join(dir, 'entries')
    this.tags = path.join(dir, 'tags')
  }

  /** Keys are opaque to us (paths, hashes): a file name made from their hash. */
  file(dir, key) {
    return path.join(dir, createHash('sha256').update(key).digest('hex'))
  }

  async get(key, ctx = {}) {
    let stored
    try {
      stored = JSON.parse(await readFile(this.file(this.entries, key), 'utf8'), revive)
    } catch (err) {
      if (err.code === 'ENOENT') return null
      throw err
    }
    // An entry is gone once one of its tags has been expired after it was written.
    const tags = [...new Set([...(stored.tags ?? []), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])]
    for (const tag of tags) {
      const expiredAt = await this.tagExpiredAt(tag)
      if (expiredAt !== null && expiredAt >= stored.lastModified) return null
    }
    return {
      value: stored.value,
      lastModified: stored.lastModified,
      ...(stored.cacheControl && { cacheControl: stored.cacheControl }),
    }
  }

  async set(key, data, ctx = {}) {
    const entry = { value: data, lastModified: Date.now(), tags: ctx.tags ?? [], cacheControl: ctx.cacheControl }
    await writeWhole(this.file(this.entries, key), JSON.stringify(entry, replace))
  }

  async revalidateTag(tags) {
    const now = String(Date.now())
    for (const tag of [tags].flat()) await writeWhole(this.file(this.tags, tag), now)
  }

  async tagExpiredAt(tag) {
    try {
      return Number(await readFile(this.file(this.tags, tag), 'utf8'))
    } catch (err) {
      if (err.code === 'ENOENT') return null
      throw err
    }
  }

  /** Nothing is kept per request. */
  resetRequestCache() {}
}

async function writeWhole(file, text) {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

// Entries hold Buffers (route bodies, images) and Maps (segment data): kept as tagged JSON.
function replace(key, value) {
  const original = this[key]
  if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') }
  if (original instanceof Map) return { $map: [...original.entries()] }
  return value
}

function revive(_, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}
