import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createContentClient, currentUser } from '../src/client/client'
import { CmsError, kindForStatus, toCmsError } from '../src/client/errors'
import { submitInquiry, type NewInquiry } from '../src/client/inquiries'

/** A stand-in CMS on a real port: answers by path, records each request. */
type Seen = { url: string; authorization?: string }
let server: http.Server
let baseUrl: string
const seen: Seen[] = []
let answer: (url: URL) => { status: number; body: unknown } = () => ({ status: 200, body: {} })

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization })
    const { status, body } = answer(new URL(req.url ?? '/', 'http://x'))
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise((r) => server.close(r)))
beforeEach(() => (seen.length = 0))

/** Records the RequestInit the client hands to fetch, i.e. what Next's fetch cache would see. */
function recordingFetch() {
  const inits: (RequestInit & { next?: { tags?: string[]; revalidate?: number | false } })[] = []
  const f = ((input: RequestInfo | URL, init?: RequestInit) => {
    inits.push(init ?? {})
    return fetch(input, init)
  }) as typeof fetch
  return { f, inits }
}

const page = (docs: unknown[]) => ({
  status: 200,
  body: { docs, totalDocs: docs.length, page: 1, totalPages: 1, limit: 10 },
})

describe('the content client', () => {
  it('reads an article by slug over REST, published only, tagged for revalidation', async () => {
    answer = (u) =>
      u.pathname === '/api/articles' ? page([{ id: 1, slug: 'hope', title: 'Hope' }]) : { status: 404, body: {} }
    const { f, inits } = recordingFetch()
    const client = createContentClient({ baseUrl, fetch: f, revalidate: 120 })
    const article = await client.article('hope')
    expect(article?.title).toBe('Hope')
    const url = new URL(seen[0].url, 'http://x')
    expect(url.pathname).toBe('/api/articles')
    expect(url.searchParams.get('where[and][0][slug][equals]')).toBe('hope')
    expect(url.searchParams.get('where[and][1][_status][equals]')).toBe('published')
    expect(url.searchParams.get('draft')).toBe('false')
    expect(seen[0].authorization).toBeUndefined()
    expect(inits[0].next?.tags).toEqual(expect.arrayContaining(['articles:hope', 'authors', 'topics', 'media']))
    expect(inits[0].next?.revalidate).toBe(120)
  })

  it('reads drafts with the editor token and bypasses the cache', async () => {
    answer = () => page([{ id: 1, slug: 'hope', title: 'Draft title', _status: 'draft' }])
    const { f, inits } = recordingFetch()
    const client = createContentClient({ baseUrl, fetch: f, draftToken: 'tok123' })
    expect(client.isDraft).toBe(true)
    expect((await client.article('hope'))?.title).toBe('Draft title')
    const url = new URL(seen[0].url, 'http://x')
    expect(url.searchParams.get('draft')).toBe('true')
    expect(url.searchParams.get('where[slug][equals]')).toBe('hope')
    expect(seen[0].authorization).toBe('JWT tok123')
    expect(inits[0].cache).toBe('no-store')
    expect(inits[0].next).toBeUndefined()
  })

  it('returns null for a slug the CMS does not have', async () => {
    answer = () => page([])
    expect(await createContentClient({ baseUrl }).article('missing')).toBeNull()
  })

  it('lists articles newest first, filtered by topic', async () => {
    answer = () => page([])
    await createContentClient({ baseUrl }).articles({ page: 2, topicId: 5 })
    const url = new URL(seen[0].url, 'http://x')
    expect(url.searchParams.get('sort')).toBe('-publishedAt')
    expect(url.searchParams.get('page')).toBe('2')
    expect(url.searchParams.get('where[and][1][topics][in][0]')).toBe('5')
  })

  it('asks lists for the fields a card shows, never the bodies, and only the author’s name', async () => {
    answer = () => page([])
    const client = createContentClient({ baseUrl })
    await client.articles()
    await client.relatedArticles({ id: 1, relatedArticles: [], topics: [3] } as never)
    for (const { url } of seen) {
      const selected = [...new URL(url, 'http://x').searchParams.keys()].filter((k) => k.startsWith('select[')).sort()
      expect(selected).toEqual([
        'select[author]',
        'select[excerpt]',
        'select[publishedAt]',
        'select[readingTime]',
        'select[slug]',
        'select[title]',
      ])
      // …and of the author only the name, not credentials, states and formats.
      const populated = [...new URL(url, 'http://x').searchParams.keys()].filter((k) => k.startsWith('populate['))
      expect(populated).toEqual(['populate[authors][name]'])
    }
    expect(seen).toHaveLength(2)
  })

  it('prefers related articles chosen by hand, else asks for ones sharing a topic', async () => {
    const client = createContentClient({ baseUrl })
    const manual = await client.relatedArticles({
      id: 1,
      relatedArticles: [{ id: 2, title: 'Chosen', _status: 'published' }],
      topics: [3],
    } as never)
    expect(manual.map((a) => a.title)).toEqual(['Chosen'])
    expect(seen).toHaveLength(0)
    answer = () => page([{ id: 4, title: 'Shares a topic' }])
    const byTopic = await client.relatedArticles({ id: 1, relatedArticles: [], topics: [{ id: 3 }] } as never)
    expect(byTopic.map((a) => a.title)).toEqual(['Shares a topic'])
    const url = new URL(seen[0].url, 'http://x')
    expect(url.searchParams.get('where[and][1][topics][in][0]')).toBe('3')
    expect(url.searchParams.get('where[and][2][id][not_equals]')).toBe('1')
  })

  it('passes search parameters to the search endpoint', async () => {
    answer = (u) => ({
      status: 200,
      body: { query: u.searchParams.get('q'), docs: [], totalDocs: 0, page: 1, totalPages: 0, limit: 10, topic: null },
    })
    const res = await createContentClient({ baseUrl }).search({ q: 'trust', topic: 'couples-therapy', page: 2 })
    expect(res.query).toBe('trust')
    const url = new URL(seen[0].url, 'http://x')
    expect(url.pathname).toBe('/api/search')
    expect(url.searchParams.get('topic')).toBe('couples-therapy')
    expect(url.searchParams.get('page')).toBe('2')
  })
})

describe('error mapping', () => {
  it.each([
    [500, 'unavailable'],
    [503, 'unavailable'],
    [404, 'not-found'],
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [400, 'bad-request'],
  ])('an answer %p from the CMS becomes a CmsError of kind %p', async (status, kind) => {
    answer = () => ({ status, body: { errors: [{ message: 'told by the CMS' }] } })
    const err = await createContentClient({ baseUrl })
      .services()
      .catch((e) => e)
    expect(err).toBeInstanceOf(CmsError)
    expect(err.kind).toBe(kind)
    expect(err.status).toBe(status)
    expect(err.message).toContain('the services')
    expect(err.message).toContain('told by the CMS')
  })

  it('the search endpoint maps errors the same way', async () => {
    answer = () => ({ status: 400, body: { errors: [{ message: 'Type at most 200 characters' }] } })
    const err = await createContentClient({ baseUrl })
      .search({ q: 'x' })
      .catch((e) => e)
    expect(err.kind).toBe('bad-request')
    expect(err.message).toContain('Type at most 200 characters')
  })

  it('never puts the words searched for in an error message (it is logged)', async () => {
    answer = () => ({ status: 503, body: { errors: [{ message: 'Search is unavailable' }] } })
    const err = await createContentClient({ baseUrl })
      .search({ q: 'my husband affair secret' })
      .catch((e) => e)
    expect(err.kind).toBe('unavailable')
    expect(err.message).toContain('search results')
    expect(err.message).not.toMatch(/husband|affair|secret/)
  })

  it('a CMS that cannot be reached is "unavailable"', async () => {
    const closed = http.createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise((r) => closed.close(r))
    const err = await createContentClient({ baseUrl: `http://127.0.0.1:${port}` })
      .practice()
      .catch((e) => e)
    expect(err).toBeInstanceOf(CmsError)
    expect(err.kind).toBe('unavailable')
    expect(err.message).toContain('could not be reached')
  })

  it('a CMS that accepts the connection but never answers is "unavailable" after the timeout', async () => {
    const hung = http.createServer(() => {}) // takes each request and never responds
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r))
    const hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`
    const calls = [
      () => createContentClient({ baseUrl: hungUrl, timeoutMs: 300 }).practice(),
      () => createContentClient({ baseUrl: hungUrl, timeoutMs: 300 }).search({ q: 'trust' }),
      () => submitInquiry({ baseUrl: hungUrl, apiKey: 'k', inquiry: {} as NewInquiry, timeoutMs: 300 }),
    ]
    try {
      for (const call of calls) {
        const started = Date.now()
        const err = await call().catch((e) => e)
        const waited = Date.now() - started
        expect(err).toBeInstanceOf(CmsError)
        expect(err.kind).toBe('unavailable')
        expect(waited).toBeGreaterThanOrEqual(250)
        expect(waited).toBeLessThan(5_000)
      }
    } finally {
      hung.closeAllConnections()
      await new Promise((r) => hung.close(r))
    }
  })

  it('keeps a CmsError as it is and names anything else unexpected', () => {
    const e = new CmsError('not-found', 'x', 404)
    expect(toCmsError(e, 'y')).toBe(e)
    expect(toCmsError(new Error('boom'), 'the thing').kind).toBe('unexpected')
    expect(kindForStatus(302)).toBe('unexpected')
  })
})

describe('currentUser', () => {
  it('asks the CMS who the token belongs to', async () => {
    answer = (u) =>
      u.pathname === '/api/users/me'
        ? { status: 200, body: { user: { id: 1, email: 'e@x.dev', role: 'editor' } } }
        : { status: 404, body: {} }
    const user = await currentUser(baseUrl, 'tok')
    expect(user?.role).toBe('editor')
    expect(seen[0].authorization).toBe('JWT tok')
  })

  it('is null without a token or with one the CMS rejects', async () => {
    expect(await currentUser(baseUrl, undefined)).toBeNull()
    expect(seen).toHaveLength(0)
    answer = () => ({ status: 200, body: { user: null } })
    expect(await currentUser(baseUrl, 'expired')).toBeNull()
    answer = () => ({ status: 401, body: {} })
    expect(await currentUser(baseUrl, 'bad')).toBeNull()
  })
})
