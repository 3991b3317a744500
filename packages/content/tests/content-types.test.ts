import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { TAGGED_COLLECTIONS, tagsForRead } from '../src/cache-tags'
import { createContentClient } from '../src/client/client'
import { CONTENT_TYPES, contentTypes, contentTypesWith, isContentType } from '../src/contentTypes'
import { pathForDocument, sitePaths } from '../src/routes'

describe('the content types, declared once', () => {
  it('give every document its address, the same one the site links to', () => {
    expect(pathForDocument('articles', 'hope')).toBe(sitePaths.article('hope'))
    expect(pathForDocument('services', 'coaching')).toBe('/services/coaching')
    expect(pathForDocument('pages', 'about')).toBe('/about')
    for (const collection of CONTENT_TYPES) {
      expect(pathForDocument(collection, 'a b')).toBe(contentTypes[collection].path('a b'))
      expect(contentTypes[collection].path('a b')).toMatch(/^\/([a-z-]+\/)?a%20b$/)
    }
    // Anything that is not a content type has no address (a relationship to media, say).
    expect(pathForDocument('media' as never, 'x')).toBeUndefined()
    expect(isContentType('media')).toBe(false)
    expect(isContentType('articles')).toBe(true)
  })

  it('make the lists the CMS and the website used to write by hand', () => {
    const flags = ['drafts', 'preview', 'sitemap', 'redirectTarget', 'seo'] as const
    for (const flag of flags) expect(contentTypesWith(flag)).toEqual(CONTENT_TYPES.filter((c) => contentTypes[c][flag]))
    // What the lists held when they were written by hand (a type added later may join them).
    const builtIn = ['pages', 'articles', 'services', 'authors', 'topics']
    expect(contentTypesWith('redirectTarget').slice(0, 5)).toEqual(builtIn)
    expect(contentTypesWith('sitemap').slice(0, 5)).toEqual(builtIn)
    expect(contentTypesWith('seo')).toEqual(expect.arrayContaining(['articles', 'pages', 'services']))
    expect(contentTypesWith('preview')).toEqual(expect.arrayContaining(['articles', 'pages', 'services']))
    expect(contentTypesWith('preview')).not.toContain('authors')
    expect(TAGGED_COLLECTIONS).toEqual([...CONTENT_TYPES, 'media', 'redirects'])
  })

  it('name only content types or media as what their pages show', () => {
    for (const collection of CONTENT_TYPES)
      for (const shown of contentTypes[collection].shows) expect(shown === 'media' || isContentType(shown)).toBe(true)
  })

  it('tag a read with its own tag and those of what it shows', () => {
    expect(tagsForRead('articles', 'hope')).toEqual(['articles:hope', 'authors', 'topics', 'media'])
    expect(tagsForRead('topics')).toEqual(['topics'])
    expect(tagsForRead('redirects')).toEqual(['redirects'])
  })
})

describe('the content client reads any declared type', () => {
  let server: http.Server
  let baseUrl: string
  const seen: URL[] = []
  const inits: (RequestInit & { next?: { tags?: string[] } })[] = []
  const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
    inits.push(init ?? {})
    return fetch(input, init)
  }) as typeof fetch

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      seen.push(url)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ docs: [{ id: 1, slug: url.pathname.slice(5), updatedAt: '2026-01-01' }], totalDocs: 1 }))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((r) => server.close(r)))
  beforeEach(() => {
    seen.length = 0
    inits.length = 0
  })

  it('lists published documents only, tagged by what the declaration says', async () => {
    await createContentClient({ baseUrl, fetch: recording }).list('services', { sort: 'title' })
    expect(seen[0].pathname).toBe('/api/services')
    expect(seen[0].searchParams.get('where[_status][equals]')).toBe('published')
    expect(seen[0].searchParams.get('sort')).toBe('title')
    expect(inits[0].next?.tags).toEqual(tagsForRead('services'))
  })

  it('reads a type without drafts without a status filter', async () => {
    const doc = await createContentClient({ baseUrl, fetch: recording }).document('topics', 'grief')
    expect(doc?.id).toBe(1)
    expect(seen[0].searchParams.get('where[slug][equals]')).toBe('grief')
    expect([...seen[0].searchParams.keys()].some((k) => k.includes('_status'))).toBe(false)
    expect(inits[0].next?.tags).toEqual(['topics:grief'])
  })

  it('reads the sitemap of every type declared in it, each tagged with its own tags', async () => {
    const entries = await createContentClient({ baseUrl, fetch: recording }).sitemapEntries()
    expect(Object.keys(entries)).toEqual(contentTypesWith('sitemap'))
    expect(seen.map((u) => u.pathname).sort()).toEqual(
      contentTypesWith('sitemap')
        .map((c) => `/api/${c}`)
        .sort(),
    )
    expect(entries.articles[0].slug).toBe('articles')
  })
})
