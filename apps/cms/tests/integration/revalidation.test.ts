import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { lexical, startPayload } from '../helpers/payload'

/**
 * Every change to published content tells the website which cache tags went stale:
 * a real HTTP server stands in for the web's /api/revalidate and records each call.
 */
type Call = { authorization?: string; tags: string[] }
const calls: Call[] = []
let server: http.Server
let payload: Payload
let authorId: number

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      calls.push({ authorization: req.headers.authorization, tags: JSON.parse(body).tags })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  process.env.REVALIDATE_SECRET = 'test-revalidate-secret-0123456789'
  payload = await startPayload()
  authorId = (await payload.create({ collection: 'authors', data: { name: 'Ada Author' }, context: { disableRevalidate: true } })).id
})
afterAll(async () => {
  delete process.env.WEB_REVALIDATE_URL
  await payload.destroy()
  await new Promise((r) => server.close(r))
})
beforeEach(() => (calls.length = 0))

const allTags = () => calls.flatMap((c) => c.tags).sort()

describe('revalidation announcements', () => {
  it('publishing an article sends its collection and slug tags with the shared secret', async () => {
    await payload.create({
      collection: 'articles',
      data: { title: 'Finding calm', author: authorId, body: lexical('Breathe slowly.'), _status: 'published' },
    })
    expect(calls).toHaveLength(1)
    expect(calls[0].authorization).toBe('Bearer test-revalidate-secret-0123456789')
    expect(calls[0].tags.sort()).toEqual(['articles', 'articles:finding-calm'])
  })

  it('renaming a published article also sends the old slug, so the old address stops resolving', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Old name', author: authorId, body: lexical('Text.'), _status: 'published' },
    })
    calls.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { slug: 'new-name', _status: 'published' } })
    expect(allTags()).toEqual(['articles', 'articles:new-name', 'articles:old-name'])
  })

  it('unpublishing sends the tags of the article that disappears', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Soon hidden', author: authorId, body: lexical('Text.'), _status: 'published' },
    })
    calls.length = 0
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' } })
    expect(allTags()).toEqual(['articles', 'articles:soon-hidden'])
  })

  it('a draft nobody can see sends nothing', async () => {
    await payload.create({ collection: 'articles', data: { title: 'Private draft', author: authorId, body: lexical('Text.') }, draft: true })
    expect(calls).toHaveLength(0)
  })

  it('deleting an article, and changing an author, a topic or the practice, send their tags', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'To delete', author: authorId, body: lexical('Text.'), _status: 'published' },
    })
    calls.length = 0
    await payload.delete({ collection: 'articles', id: doc.id })
    expect(allTags()).toEqual(['articles', 'articles:to-delete'])

    calls.length = 0
    await payload.update({ collection: 'authors', id: authorId, data: { role: 'Therapist' } })
    expect(allTags()).toEqual(['authors', 'authors:ada-author'])

    calls.length = 0
    await payload.create({ collection: 'topics', data: { title: 'Grief' } })
    expect(allTags()).toEqual(['topics', 'topics:grief'])

    calls.length = 0
    await payload.updateGlobal({ slug: 'practice', data: { name: 'A practice' } })
    expect(allTags()).toEqual(['practice'])
  })
})
