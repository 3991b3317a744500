import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Cache tags for the Pages Router pages, so the CMS's change announcements (revalidateTag in
 * app/api/revalidate) expire them as they expire the App Router pages.
 *
 * Next already drops a cached page whose "x-next-cache-tags" header names a revalidated tag,
 * for either router, but only the App Router fills that header in. A Pages Router page here
 * returns its reads' tags as the prop `cacheTags` (lib/pagesRouter.tsx); as Next stores the
 * page in its memory cache, they are copied into the header, and so into the copy Next writes
 * to disk.
 *
 * Not Next's `cacheHandler` option, which would do the same from a subclass of its cache: with
 * one set, Next 16 import()s the handler's file twice on every request, and that cost 13% of
 * the cached pages' throughput (1123 against 1284 req/s for an article, measured side by side).
 * So this wraps the one cache all of Next's bundles share (memory-cache.external.js builds it
 * from lru-cache.js), once, when the server starts (instrumentation.ts).
 */
const TAGS_HEADER = 'x-next-cache-tags'
const PATCHED = Symbol.for('resilient-mind.pages-cache-tags')

type CacheEntry = { value?: { kind?: string; headers?: Record<string, unknown>; pageData?: { pageProps?: { cacheTags?: unknown } } } | null }
type LruPrototype = { set: (this: unknown, key: string, entry: unknown) => unknown; [PATCHED]?: true }

/** Puts a Pages Router page's `cacheTags` into the header Next checks; anything else is left alone. */
export function tagPagesEntry(entry: unknown) {
  const value = (entry as CacheEntry | null)?.value
  if (value?.kind !== 'PAGES') return
  const tags = value.pageData?.pageProps?.cacheTags
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((t) => typeof t === 'string')) return
  value.headers = { ...value.headers, [TAGS_HEADER]: tags.join(',') }
}

/** Wraps the set() of Next's LRU cache once per process. `from` is where `next` is resolved (the app's folder). */
export function keepTagsOfPagesRouterPages(from: string = process.cwd()) {
  // Resolved at run time, not bundled: this must be the very module Next's server loaded.
  const nodeRequire = createRequire(path.join(from, 'package.json'))
  const lruModule = ['next', 'dist', 'server', 'lib', 'lru-cache.js'].join('/')
  const { LRUCache } = nodeRequire(lruModule) as { LRUCache?: { prototype: LruPrototype } }
  const proto = LRUCache?.prototype
  if (typeof proto?.set !== 'function') {
    throw new Error(`Next's page cache has changed (${lruModule} has no LRUCache.set): the Pages Router pages would keep no cache tags. See src/cache/pagesCacheTags.ts.`)
  }
  if (proto[PATCHED]) return
  const set = proto.set
  proto.set = function (key, entry) {
    tagPagesEntry(entry)
    return set.call(this, key, entry)
  }
  proto[PATCHED] = true
}
