import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startNginx } from './helpers/nginx'
import { portIsFree, type Started } from './helpers/processes'

/**
 * The production nginx template's guards, in front of a small upstream that answers every
 * request with what it received (so the test sees what the website and the CMS would see):
 * the client address the apps are told, the flood guards and their 429 pages, the access log
 * and the Server header. The micro-cache test runs the same template in front of the real apps.
 */
const PORTS = { nginx: 3550, hop: 3551 }
const NGINX = `http://127.0.0.1:${PORTS.nginx}`
/** nginx believes X-Forwarded-For only from this address: the TLS terminator in front. */
const TERMINATOR = '127.0.0.2'

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-nginx-guards-'))
let upstream: http.Server
let nginx: Started
const seen: Seen[] = []

/** A request to nginx from a chosen local address (127.0.0.1 is a visitor, TERMINATOR the TLS proxy). */
function send(
  p: string,
  o: { host?: string; method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: PORTS.nginx,
        path: p,
        method: o.method ?? 'GET',
        localAddress: o.from,
        agent: false,
        headers: { host: o.host ?? 'localhost', ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', reject)
    req.end(o.body)
  })
}

/** What the upstream was told for the last request to a path. */
const lastSeen = (url: string) => [...seen].reverse().find((s) => s.url === url)

beforeAll(async () => {
  for (const port of Object.values(PORTS)) {
    if (!(await portIsFree(port)))
      throw new Error(`Port ${port} is taken: stop whatever runs there and run the test again.`)
  }
  upstream = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    req.resume()
    req.on('end', () => {
      res.setHeader('content-type', 'text/plain')
      res.end('upstream')
    })
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  const address = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
  nginx = await startNginx(
    {
      dir: path.join(tmp, 'nginx'),
      port: PORTS.nginx,
      hopPort: PORTS.hop,
      webUpstream: address,
      cmsUpstream: address,
      realIpFrom: TERMINATOR,
      cmsAllowFrom: '127.0.0.0/8',
    },
    `${NGINX}/nginx-health`,
  )
})

afterAll(async () => {
  await nginx?.stop()
  await new Promise((resolve) => upstream?.close(resolve))
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('the client address the apps are told', () => {
  it.each([
    ['website', 'localhost', '/contact'],
    ['CMS', 'cms.localhost', '/api/users/me'],
  ])(
    'the %s gets the connection address, whatever X-Forwarded-For and X-Real-IP a visitor sends',
    async (_app, host, p) => {
      const url = `${p}?spoof=${Date.now()}`
      await send(url, { host, headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.1', 'x-real-ip': '203.0.113.9' } })
      expect(lastSeen(url)?.headers).toEqual(
        expect.objectContaining({ 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' }),
      )
    },
  )

  it('behind the configured TLS terminator, the client it names (and only one address) and its scheme', async () => {
    const url = `/api/inquiries?behind=${Date.now()}`
    await send(url, {
      from: TERMINATOR,
      headers: { 'x-forwarded-for': '203.0.113.50, 198.51.100.23', 'x-forwarded-proto': 'https' },
    })
    expect(lastSeen(url)?.headers).toEqual(
      expect.objectContaining({
        'x-forwarded-for': '198.51.100.23',
        'x-real-ip': '198.51.100.23',
        'x-forwarded-proto': 'https',
      }),
    )
  })

  it('a visitor cannot claim https either', async () => {
    const url = `/api/users/me?proto=${Date.now()}`
    await send(url, { host: 'cms.localhost', headers: { 'x-forwarded-proto': 'https' } })
    expect(lastSeen(url)?.headers['x-forwarded-proto']).toBe('http')
  })
})

it("CMS_ALLOW_FROM keeps the CMS host name to the practice's network; the website stays public", async () => {
  // This test allows 127.0.0.0/8; a visitor from outside arrives through the TLS terminator.
  const outside = { from: TERMINATOR, headers: { 'x-forwarded-for': '198.51.100.23' } }
  expect((await send('/admin', { host: 'cms.localhost', ...outside })).status).toBe(403)
  expect((await send('/api/users/login', { host: 'cms.localhost', method: 'POST', ...outside })).status).toBe(403)
  expect((await send('/admin', { host: 'cms.localhost' })).status).toBe(200)
  expect((await send(`/resources?public=${Date.now()}`, outside)).status).toBe(200)
})

describe('flood guards', () => {
  it('POST /contact: a burst of ten passes, then a readable 429 page that names 988 and 911', async () => {
    const statuses: number[] = []
    let refused: Awaited<ReturnType<typeof send>> | undefined
    for (let i = 0; i < 14; i++) {
      const answer = await send('/contact', {
        method: 'POST',
        from: '127.0.0.3',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=A',
      })
      statuses.push(answer.status)
      if (answer.status === 429) refused ??= answer
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    expect(refused!.headers['content-type']).toMatch(/^text\/html/)
    expect(refused!.headers['retry-after']).toBe('60')
    expect(refused!.body).toMatch(/wait a minute/)
    expect(refused!.body).toContain('href="tel:988"')
    expect(refused!.body).toContain('href="tel:911"')
    // Reading pages is never limited, from the same address.
    expect((await send('/contact', { from: '127.0.0.3' })).status).toBe(200)
    // Another visitor is not affected.
    expect((await send('/contact', { method: 'POST', from: '127.0.0.4', body: 'name=B' })).status).toBe(200)
  })

  it('POST /api/inquiries shares that guard and answers 429 as JSON with 988 and 911', async () => {
    // 127.0.0.3 used its burst on the form just now.
    const answer = await send('/api/inquiries', {
      method: 'POST',
      from: '127.0.0.3',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(answer.status).toBe(429)
    expect(answer.headers['content-type']).toBe('application/json')
    expect(JSON.parse(answer.body).message).toMatch(/988.*911/)
  })

  it.each(['/api/users/login', '/api/users/forgot-password'])(
    "CMS %s: a burst of five passes, then 429 in Payload's error shape",
    async (p) => {
      const from = p.endsWith('login') ? '127.0.0.5' : '127.0.0.6'
      const statuses: number[] = []
      let last = ''
      for (let i = 0; i < 8; i++) {
        const answer = await send(p, {
          host: 'cms.localhost',
          method: 'POST',
          from,
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
        statuses.push(answer.status)
        last = answer.body
      }
      expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true)
      expect(statuses.at(-1)).toBe(429)
      expect(JSON.parse(last).errors[0].message).toMatch(/wait a minute/)
    },
  )

  it('CMS POST /api/inquiries from outside is guarded too, with 988 and 911', async () => {
    let answer: Awaited<ReturnType<typeof send>> | undefined
    for (let i = 0; i < 12; i++)
      answer = await send('/api/inquiries', { host: 'cms.localhost', method: 'POST', from: '127.0.0.7', body: '{}' })
    expect(answer!.status).toBe(429)
    expect(JSON.parse(answer!.body).errors[0].message).toMatch(/988.*911/)
  })
})

it('does not show its version, in the Server header or on its own error pages', async () => {
  expect((await send('/nginx-health')).headers.server).toBe('nginx')
  // A header too large for nginx's buffers: nginx answers by itself.
  const refused = await send('/', { headers: { 'x-large': 'a'.repeat(20_000) } })
  expect(refused.status).toBe(400)
  expect(refused.body).toContain('<center>nginx</center>')
  expect(refused.body).not.toMatch(/nginx\/\d/)
})

it('logs paths without query strings or referrers', async () => {
  await send('/search?q=my+husband+cheated', { headers: { referer: 'http://localhost/search?q=private+words' } })
  await send('/api/users/me?where[email][like]=someone', { host: 'cms.localhost' })
  // nginx writes each line as the request ends; give it a moment.
  await new Promise((r) => setTimeout(r, 200))
  const log = fs.readFileSync(path.join(tmp, 'nginx/logs/access.log'), 'utf8')
  expect(log).toMatch(/"GET \/search HTTP\/1\.1" 200/)
  expect(log).toMatch(/"GET \/api\/users\/me HTTP\/1\.1" 200/)
  expect(log).not.toMatch(/cheated|private|someone|\?/)
})
