/** @jest-environment node */
import { tagRecordingFetch } from '@/cache/tags'
import TaggedPagesCache from '@/cache/tagged-pages-cache.mjs'

/**
 * The Pages Router article is cached with its reads' tags, so the CMS's announcements expire
 * it as they do the App Router pages. These run Next's own cache class (memory only).
 */
const cache = () => new TaggedPagesCache({ flushToDisk: false, serverDistDir: '/nowhere', revalidatedTags: [], maxMemoryCacheSize: 10_000_000 } as never)
const pageEntry = (cacheTags?: string[]) => ({ kind: 'PAGES', html: '<h1>Article</h1>', pageData: { pageProps: cacheTags ? { cacheTags } : {} }, headers: {}, status: 200 }) as never
const CTX = { cacheControl: { revalidate: 3600, expire: undefined } } as never
const PAGES = { kind: 'PAGES' } as never
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

describe('the tagged pages cache', () => {
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
    expect((stored?.value as { headers?: object }).headers).toEqual({})
  })
})
