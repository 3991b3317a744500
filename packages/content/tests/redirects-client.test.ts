import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createContentClient } from '../src/client/client'
import { redirectDestination } from '../src/paths'

/** How the website learns where an old address leads: one REST read, by the path and its trailing-slash twin. */
let server: http.Server
let baseUrl: string
const seen: URL[] = []
let docs: unknown[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(new URL(req.url ?? '/', 'http://x'))
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ docs, totalDocs: docs.length, page: 1, totalPages: 1, limit: 1 }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise((r) => server.close(r)))
beforeEach(() => {
  seen.length = 0
  docs = []
})

describe('redirectFor', () => {
  it('asks for the old address with and without its trailing slash, and answers a permanent redirect to the document', async () => {
    docs = [
      {
        from: '/2025/03/18/when-a-grandparent-dies/',
        type: '308',
        to: {
          type: 'reference',
          reference: { relationTo: 'articles', value: { slug: 'when-a-grandparent-dies', _status: 'published' } },
        },
      },
    ]
    const client = createContentClient({ baseUrl })
    expect(await client.redirectFor('/2025/03/18/when-a-grandparent-dies')).toEqual({
      destination: '/resources/when-a-grandparent-dies',
      permanent: true,
      statusCode: 308,
    })
    expect(seen[0].pathname).toBe('/api/redirects')
    expect([seen[0].searchParams.get('where[from][in][0]'), seen[0].searchParams.get('where[from][in][1]')]).toEqual([
      '/2025/03/18/when-a-grandparent-dies',
      '/2025/03/18/when-a-grandparent-dies/',
    ])
  })

  it('answers null without a redirect, for a path that is not on this site (without asking), and for a redirect to itself', async () => {
    const client = createContentClient({ baseUrl })
    expect(await client.redirectFor('/nothing-here')).toBeNull()
    expect(await client.redirectFor('//evil.example')).toBeNull()
    expect(seen).toHaveLength(1)
    docs = [{ from: '/a', to: { type: 'custom', url: '/a/' } }]
    expect(await client.redirectFor('/a')).toBeNull()
  })

  it('keeps 301 when staff chose it', async () => {
    docs = [{ from: '/old', type: '301', to: { type: 'custom', url: '/resources' } }]
    expect(await createContentClient({ baseUrl }).redirectFor('/old')).toMatchObject({
      destination: '/resources',
      statusCode: 301,
    })
  })
})

describe('redirectDestination', () => {
  it('leads to a published document, a site path or a web address; nowhere for anything else', () => {
    const ref = (relationTo: string, value: unknown) => ({
      to: { type: 'reference' as const, reference: { relationTo, value } },
    })
    expect(redirectDestination(ref('pages', { slug: 'about', _status: 'published' }))).toBe('/about')
    expect(redirectDestination(ref('topics', { slug: 'grief' }))).toBe('/topics/grief')
    expect(redirectDestination(ref('pages', { slug: 'about', _status: 'draft' }))).toBeUndefined()
    expect(redirectDestination(ref('pages', 12))).toBeUndefined() // not populated
    expect(redirectDestination(ref('users', { slug: 'x' }))).toBeUndefined()
    expect(redirectDestination({ to: { type: 'custom', url: 'https://booking.example/x' } })).toBe(
      'https://booking.example/x',
    )
    expect(redirectDestination({ to: { type: 'custom', url: 'javascript:alert(1)' } })).toBeUndefined()
    expect(redirectDestination({ to: { type: 'custom', url: '//evil.example' } })).toBeUndefined()
    expect(redirectDestination({ to: { type: 'custom', url: '/\tevil.example' } })).toBeUndefined()
    expect(redirectDestination({ to: { type: 'custom', url: '/für-paare' } })).toBe('/f%C3%BCr-paare')
  })
})
