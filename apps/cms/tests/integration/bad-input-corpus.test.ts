import type { Payload } from 'payload'

import { gql, gqlRaw, rest } from '../helpers/http'
import { createStaff, lexical, startPayload } from '../helpers/payload'

/**
 * The audit's list of hostile inputs, fired at the real REST and GraphQL route handlers, as an
 * anonymous visitor and signed in as an admin. Each must answer a 4xx (or a harmless 2xx) with a
 * readable message, never a 5xx. The website's part of the corpus lives in apps/web.
 */
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await startPayload()
  await createStaff(payload)
  token = (await rest('POST', 'users/login', { body: { email: 'admin@test.dev', password: 'correct-horse-battery' } }))
    .body.token
  const author = await payload.create({ collection: 'authors', data: { name: 'Corpus Author' } })
  await payload.create({
    collection: 'articles',
    data: { title: 'Corpus article', author: author.id, body: lexical('x'), _status: 'published' },
  })
})
afterAll(async () => {
  await payload.destroy()
})

const REST_QUERIES = [
  'articles/abc',
  'users/abc',
  'inquiries/abc',
  'authors/1.5',
  'articles/abc?draft=true',
  'articles?where=%5B',
  'articles?where=[',
  'articles?where[id][in]=a,b',
  'articles?where[id][equals]=abc',
  'articles?where[author][equals]=abc',
  'articles?where[author][in]=abc,1',
  'articles?where[topics][in]=abc',
  'articles?where[topics][equals]=abc',
  'articles?where[createdBy][equals]=abc',
  'articles?where[slug][near]=1,2',
  'articles?where[slug][within]=abc',
  'articles?where[slug][intersects]=abc',
  'articles?where[slug][all]=abc',
  'articles?where[title][near]=1,2,3,4',
  'articles?where[publishedAt][within]=x',
  'articles?where[slug][equals][x]=1',
  'articles?where[slug][in][x]=1',
  'articles?where[or][0][slug][equals][x]=1',
  'articles?where[and]=x',
  'articles?where[or][x]=1',
  'articles?page=99999999999999999999',
  'articles?page=-1',
  'articles?page=abc',
  'articles?limit=abc',
  'articles?limit=99999999999999999999',
  'articles?depth=999999',
  'articles?depth=abc',
  'articles?sort=-',
  'articles?sort[x]=1',
  'articles?select[title][x]=1',
  'articles/%00',
  'articles/a%00b',
  'articles?where[slug][equals]=%00',
  'articles?where[readingTime][equals]=abc',
  'articles?where[readingTime][in]=1,abc',
  'globals/practice/versions',
  'globals/practice/versions/abc',
  'articles/versions/abc',
  'services/versions/abc',
  'media/file/does-not-exist.png',
  'media/file/..%2F..%2Fetc%2Fpasswd',
]

function readable(body: unknown): boolean {
  const message = (body as { errors?: { message?: string }[] })?.errors?.[0]?.message
  return typeof message === 'string' && message.length > 0 && !/\bat .*\(.*:\d+:\d+\)/.test(message)
}

describe.each([
  ['anonymous', () => undefined],
  ['an admin', () => token],
])('REST as %s', (_who, tokenOf) => {
  it.each(REST_QUERIES)('GET %s answers below 500 with a readable message', async (query) => {
    const res = await rest('GET', query, { token: tokenOf() })
    expect({ query, status: res.status < 500 }).toEqual({ query, status: true })
    if (res.status >= 400 && res.headers.get('content-type')?.includes('json')) expect(readable(res.body)).toBe(true)
  })
})

describe('REST writes', () => {
  it.each(['articles', 'users/login', 'users', 'inquiries', 'media', 'users/forgot-password'])(
    'malformed multipart on POST %s answers 4xx',
    async (path) => {
      for (const rawBody of ['--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1', 'not multipart at all', '']) {
        const res = await rest('POST', path, {
          token,
          rawBody,
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
        })
        expect({ path, rawBody, status: res.status >= 400 && res.status < 500 }).toEqual({
          path,
          rawBody,
          status: true,
        })
        expect(readable(res.body)).toBe(true)
      }
    },
  )

  it.each(['articles/abc', 'users/abc', 'inquiries/abc'])('PATCH and DELETE %s answer 4xx', async (path) => {
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await rest(method, path, { token, body: { title: 'x' } })
      expect({ method, path, status: res.status >= 400 && res.status < 500 }).toEqual({ method, path, status: true })
    }
  })
})

describe('GraphQL', () => {
  it.each([
    ['a body that is not JSON', 'query { Articles { docs { id } } }'],
    ['truncated JSON', '{"query": '],
    ['a JSON array', '[1,2]'],
    ['an empty body', ''],
  ])('%s answers 400', async (_what, body) => {
    const res = await gqlRaw(body)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it.each([
    '{ Articles(where: { author: { equals: "abc" } }) { docs { id } } }',
    '{ Articles(where: { topics: { in: ["abc"] } }) { docs { id } } }',
    '{ Articles(where: { id: { in: ["a", "b"] } }) { docs { id } } }',
    '{ Article(id: "abc") { id } }',
    '{ Articles(page: 2147483647, limit: 2147483647) { docs { id } } }',
  ])('%s answers without a server error', async (query) => {
    for (const t of [undefined, token]) {
      const res = await gql(query, t)
      expect(res.status).toBeLessThan(500)
      const text = JSON.stringify(res.body.errors ?? [])
      expect(text).not.toMatch(/SQLITE|SQL|Internal Server Error|Something went wrong/i)
    }
  })
})
