/** @jest-environment node */
import { createRequire } from 'node:module'
import path from 'node:path'

import { keepTagsOfPagesRouterPages, tagPagesEntry } from '@/cache/pagesCacheTags'
import { tagRecordingFetch } from '@/cache/tags'

/**
 * The Pages Router pages are cached with their reads' tags, so the CMS's announcements expire
 * them as they do the App Router pages. These run Next's own cache (memory only), patched as
 * the server patches it when it starts.
 */
const appDir = path.join(__dirname, '..')
const nodeRequire = createRequire(path.join(appDir, 'package.json'))
const { default: FileSystemCache } = nodeRequire('next/dist/server/lib/incremental-cache/file-system-cache.js')

keepTagsOfPagesRouterPages(appDir)

const cache = () => new FileSystemCache({ flushToDisk: false, serverDistDir: '/nowhere', revalidatedTags: [], maxMemoryCacheSize: 10_000_000 })
const pageEntry = (cacheTags?: unknown) => ({ kind: 'PAGES', html: '<h1>Article</h1>', pageData: { pageProps: cacheTags ? { cacheTags } : {} }, headers: {}, status: 200 })
const CTX = { cacheControl: { revalidate: 3600, expire: undefined } }
const PAGES = { kind: 'PAGES' }
const tick = () => new Promise((r) => setTimeout(r, 5))

describe('tagRecordingFetch', () => {
  it('notes the tags of every read and passes the read on unchanged', async () => {
    const calls: unknown[][] = []
    const base = (async (...args: unknown[]) => {
      calls.push(args)
      return new Response('{}')
    }) as typeof fetch
    const reads = tagRecordingFetch(base)
    await reads.fetch('http://cms/api/articles', { next: { tags: ['articles:a', 'authors'] } } as RequestInit)
    await reads.fetch('http://cms/api/globals/practice', { next: { tags: ['practice', 'authors'] } } as RequestInit)
    await reads.fetch('http://cms/api/untagged')
    expect(reads.tags()).toEqual(['articles:a', 'authors', 'practice'])
    expect(calls.map((c) => c[0])).toEqual(['http://cms/api/articles', 'http://cms/api/globals/practice', 'http://cms/api/untagged'])
  })
})

describe("Next's page cache, with the Pages Router pages' tags", () => {
  it('stores a page with its tags and drops it when one of them is revalidated', async () => {
    const c = cache()
    await c.set('/resources/tagged', pageEntry(['articles:tagged', 'practice']), CTX)
    const stored = await c.get('/resources/tagged', PAGES)
    expect(stored?.value).toMatchObject({ kind: 'PAGES', html: '<h1>Article</h1>', headers: { 'x-next-cache-tags': 'articles:tagged,practice' } })

    await tick()
    await c.revalidateTag(['services'])
    expect(await c.get('/resources/tagged', PAGES)).not.toBeNull()
    await c.revalidateTag(['practice'])
    expect(await c.get('/resources/tagged', PAGES)).toBeNull()
  })

  it('keeps a page without tags as Next does (only time expires it)', async () => {
    const c = cache()
    await c.set('/resources/untagged', pageEntry(), CTX)
    await tick()
    await c.revalidateTag(['articles'])
    const stored = await c.get('/resources/untagged', PAGES)
    expect(stored?.value).toMatchObject({ kind: 'PAGES' })
    expect(stored?.value.headers).toEqual({})
  })

  it('wraps the cache once, however often the server starts it', () => {
    const { LRUCache } = nodeRequire('next/dist/server/lib/lru-cache.js')
    const wrapped = LRUCache.prototype.set
    keepTagsOfPagesRouterPages(appDir)
    expect(LRUCache.prototype.set).toBe(wrapped)
  })

  it('leaves App Router entries, and tags that are not a list of text, alone', () => {
    const app = { value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'own' }, pageData: { pageProps: { cacheTags: ['x'] } } } }
    tagPagesEntry(app)
    expect(app.value.headers).toEqual({ 'x-next-cache-tags': 'own' })
    for (const bad of ['articles', [1, 2], []]) {
      const entry = { value: pageEntry(bad) }
      tagPagesEntry(entry)
      expect(entry.value.headers).toEqual({})
    }
    expect(() => tagPagesEntry(null)).not.toThrow()
  })
})
