// Next's own file-system cache (memory LRU plus .next/server files), with one addition: a Pages
// Router page can carry cache tags. Next already expires a cached page whose
// "x-next-cache-tags" header names a tag revalidateTag() has dropped, but only the App Router
// fills that header in. A Pages Router page here returns its tags as the prop `cacheTags`
// (see src/cache/tags.ts); they are copied into the header as the page is stored, so the
// CMS's change announcements (app/api/revalidate) reach the article pages too.
//
// Loaded by Next at run time from this path (next.config.mjs `cacheHandler`), not bundled:
// plain JavaScript, on Next's own class.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache
const TAGS_HEADER = 'x-next-cache-tags'

export default class TaggedPagesCache extends FileSystemCache {
  async set(key, data, ctx) {
    const tags = data?.kind === 'PAGES' ? data.pageData?.pageProps?.cacheTags : undefined
    if (Array.isArray(tags) && tags.length > 0) {
      data = { ...data, headers: { ...data.headers, [TAGS_HEADER]: tags.join(',') } }
    }
    return super.set(key, data, ctx)
  }
}
