/** @jest-environment node */
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'

import type { NewInquiry } from '@resilient-mind/content'

import { BODY_MESSAGES, MAX_INQUIRY_BODY_BYTES } from '@/inquiry/body'
import { clientAddress } from '@/inquiry/clientAddress'
import { receiveInquiry } from '@/inquiry/receive'
import { CROSS_SITE_MESSAGE, isCrossSite } from '@/inquiry/sameOrigin'
import { loadSettings } from '@/lib/settings'

/**
 * An appointment request as it arrives over HTTP (receiveInquiry, which the contact page and
 * POST /api/inquiries call): who sent it, from where, and what its body is.
 */
const SITE = 'https://counselling.example'
const settingsWith = (trusted?: string) => ({
  ...loadSettings({
    WEB_PUBLIC_URL: SITE,
    ...(trusted ? { TRUSTED_PROXY: trusted } : {}),
  } as unknown as NodeJS.ProcessEnv),
})

type FakeRequest = { body?: string | Buffer | Iterable<Buffer>; headers?: Record<string, string>; peer?: string }
function request({
  body = '',
  headers = {},
  peer = '198.51.100.10',
}: FakeRequest): IncomingMessage & { bytesRead: () => number } {
  let read = 0
  const source = typeof body === 'string' || Buffer.isBuffer(body) ? [Buffer.from(body)] : body
  const stream = Readable.from(
    (function* () {
      for (const chunk of source) {
        read += chunk.length
        yield chunk
      }
    })(),
    { objectMode: false },
  )
  const lowered = Object.fromEntries(
    Object.entries({ host: 'counselling.example', ...headers }).map(([k, v]) => [k.toLowerCase(), v]),
  )
  return Object.assign(stream, {
    headers: lowered,
    socket: { remoteAddress: peer },
    bytesRead: () => read,
  }) as unknown as IncomingMessage & { bytesRead: () => number }
}

const good = {
  name: 'Sam Rivera',
  email: 'sam@example.org',
  preferredContact: 'email',
  sessionFormat: 'virtual',
  consent: true,
}
const json = (body: unknown, rest: FakeRequest = {}) =>
  request({ ...rest, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...rest.headers } })

function services() {
  const stored: NewInquiry[] = []
  return {
    stored,
    deps: { findServiceId: async () => null, store: async (inquiry: NewInquiry) => void stored.push(inquiry) },
  }
}

// The limiter is one per process (globalThis): each test uses addresses of its own.
let n = 0
const freshPeer = () => `192.0.2.${++n}`

describe('the client address the rate limit keys on', () => {
  const peer = (remoteAddress: string | undefined, headers: Record<string, string> = {}) => ({
    headers,
    socket: { remoteAddress },
  })

  it('is the socket peer, whatever X-Forwarded-For or X-Real-IP say, when no proxy is trusted', () => {
    const s = settingsWith()
    expect(
      clientAddress(peer('198.51.100.7', { 'x-forwarded-for': '203.0.113.1', 'x-real-ip': '203.0.113.2' }), s),
    ).toBe('198.51.100.7')
    expect(clientAddress(peer('::ffff:198.51.100.7'), s)).toBe('198.51.100.7')
  })

  it('is the forwarded address only when the peer is a trusted proxy', () => {
    const s = settingsWith('10.0.0.0/8, ::1')
    expect(clientAddress(peer('10.1.2.3', { 'x-forwarded-for': '203.0.113.1' }), s)).toBe('203.0.113.1')
    expect(clientAddress(peer('::1', { 'x-real-ip': '203.0.113.2' }), s)).toBe('203.0.113.2')
    expect(clientAddress(peer('198.51.100.7', { 'x-forwarded-for': '203.0.113.1' }), s)).toBe('198.51.100.7')
  })

  it('reads X-Forwarded-For from the right, so a value the client wrote first proves nothing', () => {
    const s = settingsWith('10.0.0.0/8')
    expect(clientAddress(peer('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.1' }), s)).toBe(
      '203.0.113.9',
    )
  })

  it('is unknown (null), never a shared value, when it cannot be told', () => {
    const s = settingsWith('10.0.0.0/8')
    expect(clientAddress(peer('10.0.0.2'), s)).toBeNull()
    expect(clientAddress(peer('10.0.0.2', { 'x-forwarded-for': 'not-an-address' }), s)).toBeNull()
    expect(clientAddress(peer(undefined, { 'x-forwarded-for': '203.0.113.1' }), s)).toBeNull()
  })
})

describe('cross-site requests', () => {
  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }, true],
    ['Origin "null"', { origin: 'null' }, true],
    ['a sibling host', { origin: 'https://www.counselling.example.evil' }, true],
    ['no Origin but Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, true],
    ['no Origin but Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }, true],
    ['this site, by WEB_PUBLIC_URL', { origin: SITE }, false],
    ['this site, by the Host it was sent to', { origin: 'http://counselling.example' }, false],
    ['a same-origin fetch', { 'sec-fetch-site': 'same-origin' }, false],
    ['no browser headers at all (curl)', {}, false],
  ])('%s', (_what, headers, crossSite) => {
    expect(isCrossSite({ host: 'counselling.example', ...headers }, SITE)).toBe(crossSite)
  })

  it('answers 403 with a readable message and stores nothing', async () => {
    const { stored, deps } = services()
    const result = await receiveInquiry(
      json(good, { headers: { origin: 'https://evil.example' } }),
      deps,
      settingsWith(),
    )
    expect(result).toMatchObject({ ok: false, status: 403, message: CROSS_SITE_MESSAGE })
    expect(CROSS_SITE_MESSAGE).toMatch(/988[\s\S]*911/)
    expect(stored).toEqual([])
  })
})

describe('request bodies', () => {
  it('stores a JSON, a urlencoded and a multipart request', async () => {
    const { stored, deps } = services()
    const s = settingsWith()
    expect(await receiveInquiry(json(good, { peer: freshPeer() }), deps, s)).toEqual({ ok: true, stored: true })
    const urlencoded = new URLSearchParams({ ...good, consent: 'on' }).toString()
    expect(
      await receiveInquiry(
        request({
          body: urlencoded,
          peer: freshPeer(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        deps,
        s,
      ),
    ).toEqual({ ok: true, stored: true })
    const fd = new FormData()
    for (const [k, v] of Object.entries({ ...good, consent: 'on' })) fd.append(k, v)
    const encoded = new Request('http://x/', { method: 'POST', body: fd })
    const body = Buffer.from(await encoded.arrayBuffer())
    expect(
      await receiveInquiry(
        request({ body, peer: freshPeer(), headers: { 'content-type': encoded.headers.get('content-type')! } }),
        deps,
        s,
      ),
    ).toEqual({ ok: true, stored: true })
    expect(stored).toHaveLength(3)
  })

  it.each([
    ['JSON that is not JSON', 'application/json', '{"name": ', 400],
    ['a JSON array', 'application/json', '[1,2]', 400],
    ['JSON that is not UTF-8', 'application/json', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 400],
    [
      'malformed multipart',
      'multipart/form-data; boundary=abc',
      '--abc\r\nContent-Disposition: form-data\r\n\r\nno end',
      400,
    ],
    ['multipart without a boundary', 'multipart/form-data', 'name=x', 400],
    ['plain text', 'text/plain', 'hello', 415],
  ])('answers %s (%s) with a clear 4xx', async (_what, type, body, status) => {
    const { stored, deps } = services()
    const result = await receiveInquiry(
      request({ body, peer: freshPeer(), headers: { 'content-type': type } }),
      deps,
      settingsWith(),
    )
    expect(result).toMatchObject({ ok: false, status })
    expect(result.ok === false && result.message).toMatch(/Send|form/)
    expect(stored).toEqual([])
  })

  it('refuses a 20 MB body by its Content-Length without reading it', async () => {
    const { deps } = services()
    const req = request({
      body: Buffer.alloc(20 * 1024 * 1024, 0x61),
      headers: { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) },
    })
    expect(await receiveInquiry(req, deps, settingsWith())).toMatchObject({
      status: 413,
      message: BODY_MESSAGES.tooLarge,
    })
    expect(req.bytesRead()).toBe(0)
  })

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const { deps } = services()
    const chunk = Buffer.alloc(16 * 1024, 0x61)
    const req = request({
      body: Array.from({ length: 1280 }, () => chunk),
      headers: { 'content-type': 'application/json' },
    }) // 20 MB
    expect(await receiveInquiry(req, deps, settingsWith())).toMatchObject({ status: 413 })
    expect(req.bytesRead()).toBeLessThan(MAX_INQUIRY_BODY_BYTES + 4 * chunk.length)
  })
})

describe('the shared limit', () => {
  it('ignores a forged X-Forwarded-For: one sender, new values each time, still gets a 429', async () => {
    const { stored, deps } = services()
    const peer = freshPeer()
    const results = []
    for (let i = 0; i < 7; i++)
      results.push(
        (await receiveInquiry(
          json(good, { peer, headers: { 'x-forwarded-for': `203.0.113.${i}` } }),
          deps,
          settingsWith(),
        )) as { status?: number; ok: boolean },
      )
    expect(results.map((r) => (r.ok ? 201 : r.status))).toEqual([201, 201, 201, 201, 201, 429, 429])
    expect(stored).toHaveLength(5)
  })

  it('does not lock out others when a sender has no address', async () => {
    const { deps } = services()
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    for (let i = 0; i < 7; i++)
      expect(await receiveInquiry(json(good, { peer: '' }), deps, settingsWith())).toEqual({ ok: true, stored: true })
    expect(await receiveInquiry(json(good, { peer: freshPeer() }), deps, settingsWith())).toEqual({
      ok: true,
      stored: true,
    })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0])).toMatch(/TRUSTED_PROXY/)
    warn.mockRestore()
  })

  it('is one count per process, even when the module is loaded once per route bundle', async () => {
    let first: typeof import('@/inquiry/rateLimit') | undefined
    let second: typeof import('@/inquiry/rateLimit') | undefined
    // Two separate module instances, as two route bundles would load it: only require() can.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => void (first = require('@/inquiry/rateLimit')))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => void (second = require('@/inquiry/rateLimit')))
    expect(first).not.toBe(second)
    const key = first!.clientKey('192.0.2.250')
    expect(second!.clientKey('192.0.2.250')).toBe(key)
    for (let i = 0; i < 5; i++) expect(first!.inquiryRateLimiter.take(key).allowed).toBe(true)
    expect(second!.inquiryRateLimiter.take(key).allowed).toBe(false)
  })
})
