import { createHash } from 'node:crypto'
import http from 'node:http'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { signIn } from './helpers/admin'
import { launch } from './helpers/browser'
import { CMS, SEED_ARTICLE, WEB } from './helpers/env'

/**
 * The website against an attacker (and against a browser's own rules): the
 * Content-Security-Policy in a real Chromium, redirects that stay on the site, appointment
 * requests from other sites or too large to be one, and addresses and bodies built to break
 * the server. Everything is asked for by ADDRESS, whichever router serves it.
 */
const NEUTRAL = 'https://www.weather.gov/'
let browser: Browser
beforeAll(async () => (browser = await launch()))
afterAll(async () => browser?.close())

const policyOf = (res: Response) => {
  const directives = new Map<string, string[]>()
  for (const part of (res.headers.get('content-security-policy') ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name, values)
  }
  return directives
}

/** A browser context whose pages record every CSP violation Chromium reports, and which answers for the neutral site. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Forecast</h1>' }),
  )
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`.trim()),
    )
  })
  return context
}

function recordConsole(page: Page): string[] {
  const messages: string[] = []
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) messages.push(m.text())
  })
  return messages
}

async function violations(page: Page, consoleMessages: string[]) {
  // Let late scripts (hydration, live preview) run and be reported: until the page is loaded and the browser is idle.
  await page.waitForLoadState('load')
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 3000 })))
  const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  return [...events, ...consoleMessages]
}

describe('Content-Security-Policy', () => {
  const pages = ['/', `/resources/${SEED_ARTICLE.slug}`, '/contact', '/resources', '/search?q=trust']

  it.each(pages)('%s: scripts only from this site and the quick-exit hash, framed only by this site', async (path) => {
    const res = await fetch(`${WEB}${path}`)
    expect(res.status).toBe(200)
    const csp = policyOf(res)
    const html = await res.text()
    // The inline quick-exit script, exactly as the page carries it, is allowed by its hash.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .filter((s) => s.startsWith('(function () {') && s.includes('__quickExit'))
    expect(inline).toHaveLength(1)
    const hash = `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`
    expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'self'", hash]))
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(res.headers.get('x-frame-options')).toBeNull()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
  })

  it.each(['/', `/resources/${SEED_ARTICLE.slug}`, '/contact'])(
    '%s runs in Chromium with no violation, and quick exit still leaves',
    async (path) => {
      const context = await watchedContext()
      const page = await context.newPage()
      const consoleMessages = recordConsole(page)
      await page.goto(`${WEB}${path}`)
      expect(await violations(page, consoleMessages)).toEqual([])
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
      await page.waitForURL(NEUTRAL)
      await context.close()
    },
  )

  // Every kind of visitor page, under the policy it is actually served with: nothing is blocked,
  // and styles come from the site's stylesheet alone (no 'unsafe-inline'). A page that gains an
  // inline <style> or style attribute, or an inline script without the hash, fails here.
  const visitorPages: [string, string, number][] = [
    ['home', '/', 200],
    ['library', '/resources', 200],
    ['topic', '/topics/rebuilding-trust', 200],
    ['search', '/search?q=trust', 200],
    ['article', `/resources/${SEED_ARTICLE.slug}`, 200],
    ['author', '/authors/kathryn-fayle', 200],
    ['services', '/services', 200],
    ['service', '/services/coaching', 200],
    ['legal notice', '/legal/privacy', 200],
    ['contact', '/contact', 200],
    ['thanks', '/contact/thanks', 200],
    ['server error', '/500', 500],
    ['garbled address', '/resources/%E0%A4', 400],
  ]

  async function visit(path: string, submitEmptyForm = false) {
    const context = await watchedContext()
    const page = await context.newPage()
    const consoleMessages = recordConsole(page)
    let res = await page.goto(`${WEB}${path}`)
    if (submitEmptyForm) {
      ;[res] = await Promise.all([
        page.waitForResponse((r) => r.request().resourceType() === 'document'),
        page.locator('form.inquiry-form [type=submit]').click(),
      ])
      await page.getByRole('alert').first().waitFor()
    }
    const found = await violations(page, consoleMessages)
    const styled = await page.evaluate(
      () =>
        [...document.styleSheets].filter(
          (sheet) => sheet.href?.startsWith(location.origin) && sheet.cssRules.length > 0,
        ).length,
    )
    const inline = await page.evaluate(() => document.querySelectorAll('style, [style]').length)
    await context.close()
    return {
      status: res?.status(),
      policy: policyOf(new Response(null, { headers: res?.headers() ?? {} })),
      found,
      styled,
      inline,
    }
  }

  it.each(visitorPages)(
    '%s (%s) runs in Chromium with nothing blocked under its own policy, styled by the site stylesheet only',
    async (_name, path, status) => {
      const seen = await visit(path)
      expect(seen.status).toBe(status)
      expect(seen.policy.get('style-src')).toEqual(["'self'"])
      expect(seen.found).toEqual([])
      expect(seen.inline).toBe(0)
      // The garbled-address page (from proxy.ts) stands alone, with the browser's own styles.
      if (path !== '/resources/%E0%A4') expect(seen.styled).toBeGreaterThan(0)
    },
  )

  it('the contact form with validation errors runs with nothing blocked, styled by the site stylesheet only', async () => {
    const seen = await visit('/contact', true)
    expect(seen.status).toBe(400)
    expect(seen.policy.get('style-src')).toEqual(["'self'"])
    expect(seen.found).toEqual([])
    expect(seen.inline).toBe(0)
    expect(seen.styled).toBeGreaterThan(0)
  })

  // The 404 is the App Router's not-found, prerendered once for everyone: its stylesheet is a
  // link like every page's, but Next's inline scripts in it (the page's data for hydration) can
  // carry no per-request nonce, so the fixed policy blocks them and the page works without
  // them (plain links and a GET search form).
  it('the 404 page has no style blocked and is styled by the site stylesheet', async () => {
    const seen = await visit('/no/such/page')
    expect(seen.status).toBe(404)
    expect(seen.policy.get('style-src')).toEqual(["'self'"])
    expect(seen.found.filter((v) => /style/i.test(v))).toEqual([])
    expect(seen.inline).toBe(0)
    expect(seen.styled).toBeGreaterThan(0)
  })

  it('an inline style on a visitor page is blocked and reported, so the checks above can fail', async () => {
    const context = await watchedContext()
    const page = await context.newPage()
    const consoleMessages = recordConsole(page)
    await page.goto(`${WEB}/`)
    await page.evaluate(() => {
      const style = document.createElement('style')
      style.textContent = 'body { background: red }'
      document.head.append(style)
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">injected</p>')
    })
    const found = await violations(page, consoleMessages)
    expect(found.some((v) => v.startsWith('style-src-elem blocked inline'))).toBe(true)
    expect(found.some((v) => v.startsWith('style-src-attr blocked inline'))).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)')
    await context.close()
  })

  it('the editors preview page (live preview, Next client code) runs with no violation, its scripts allowed by a nonce, framed by the CMS', async () => {
    const context = await watchedContext()
    const admin = await context.newPage()
    await signIn(admin)
    const page = await context.newPage()
    const consoleMessages = recordConsole(page)
    const documents: { url: string; csp: string | null }[] = []
    page.on('response', (res) => {
      if (res.request().resourceType() === 'document')
        documents.push({ url: res.url(), csp: res.headers()['content-security-policy'] ?? null })
    })
    await page.goto(`${WEB}/api/preview?path=/resources/${SEED_ARTICLE.slug}`)
    expect(new URL(page.url()).pathname).toBe(`/preview/resources/${SEED_ARTICLE.slug}`)
    await page.getByRole('region', { name: 'Preview' }).waitFor()
    expect(await violations(page, consoleMessages)).toEqual([])
    const csp = documents.at(-1)?.csp ?? ''
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+' 'nonce-[^']+'/)
    expect(csp).not.toContain("'unsafe-inline'")
    expect(csp).toContain("style-src 'self';")
    expect(csp).toContain(`frame-ancestors 'self' ${new URL(CMS).origin}`)
    // Next's own inline scripts carry the nonce (they ran: no violation above).
    const nonces = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((s) => s.nonce).filter(Boolean),
    )
    expect(nonces.length).toBeGreaterThan(0)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.waitForURL(NEUTRAL)
    // A new nonce for each request.
    const again = await fetch(`${WEB}/preview/resources/${SEED_ARTICLE.slug}`, { redirect: 'manual' })
    expect(again.headers.get('content-security-policy')?.match(/'nonce-[^']+'/)?.[0]).not.toBe(
      csp.match(/'nonce-[^']+'/)?.[0],
    )
    await context.close()
  })
})

describe('redirects stay on this site', () => {
  const attempts = [
    '/%09/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/%0d%0a/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/..//evil.example',
    '/resources/%E0%A4',
  ]
  it.each(attempts)('/api/exit-preview?path=%s goes to a page of this site', async (path) => {
    const res = await fetch(`${WEB}/api/exit-preview?path=${encodeURIComponent(path)}`, { redirect: 'manual' })
    expect(res.status).toBeGreaterThanOrEqual(300)
    expect(res.status).toBeLessThan(400)
    const target = new URL(res.headers.get('location')!, WEB)
    expect(target.origin).toBe(new URL(WEB).origin)
    expect(res.headers.get('location')).toMatch(/^\/(?!\/)[\x21-\x7e]*$|^http:\/\/localhost:\d+\/(?!\/)/)
  })

  it.each(attempts)('/api/preview?path=%s is refused with a readable 400', async (path) => {
    const res = await fetch(`${WEB}/api/preview?path=${encodeURIComponent(path)}`, { redirect: 'manual' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('must name a page on this site')
  })

  it('a path with characters outside Latin-1 is a redirect that works, not a 500', async () => {
    const res = await fetch(`${WEB}/api/exit-preview?path=${encodeURIComponent('/\u{1F600}')}`, { redirect: 'manual' })
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe('/%F0%9F%98%80')
    const raw = await fetch(`${WEB}/api/exit-preview?path=/%F0%9F%98%80`, { redirect: 'manual' })
    expect(raw.headers.get('location')).toBe('/%F0%9F%98%80')
  })
})

describe('appointment requests from elsewhere', () => {
  const good = {
    name: 'Cross Site',
    email: 'cross@example.org',
    preferredContact: 'email',
    sessionFormat: 'either',
    consent: true,
  }
  const postJson = (headers: Record<string, string>, body: unknown = good) =>
    fetch(`${WEB}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.150', ...headers },
      body: JSON.stringify(body),
    })

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['no Origin and Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('POST /api/inquiries with %s answers 403 with a readable message', async (_what, headers) => {
    const res = await postJson(headers)
    expect(res.status).toBe(403)
    expect(((await res.json()) as { message: string }).message).toMatch(/another website[\s\S]*988[\s\S]*911/)
  })

  it('POST /api/inquiries from this site is accepted', async () => {
    expect((await postJson({ origin: WEB, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })

  it('POST /contact from another site answers 403 with a readable page', async () => {
    const form = new URLSearchParams({ ...good, consent: 'on' })
    const res = await fetch(`${WEB}/contact`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(await res.text()).toMatch(/another website/)
  })
})

/** Streams `bytes` of body without a Content-Length; resolves with the status and how much was sent before the answer. */
function streamBody(path: string, bytes: number, contentType: string): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, WEB)
    let sent = 0
    let answered = false
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' } },
      (res) => {
        answered = true
        res.resume()
        resolve({ status: res.statusCode ?? 0, sent })
        req.destroy()
      },
    )
    req.on('error', (err) => (answered ? undefined : reject(err)))
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!answered) req.end()
    }
    pump()
  })
}

describe('bodies too large to be an appointment request', () => {
  it('a 20 MB JSON body with its Content-Length is refused with 413 at once', async () => {
    const res = await fetch(`${WEB}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(20 * 1024 * 1024, 0x20),
    }).catch((err: Error) => err)
    // Either the 413 is read, or the server closed the connection after answering before the upload ended.
    if (res instanceof Error) throw res
    expect(res.status).toBe(413)
  })

  it('a 20 MB JSON body streamed without a length is refused with 413 long before its end', async () => {
    const { status, sent } = await streamBody('/api/inquiries', 20 * 1024 * 1024, 'application/json')
    expect(status).toBe(413)
    expect(sent).toBeLessThan(20 * 1024 * 1024)
  })
})

describe('bad input answers 4xx, never 5xx', () => {
  const addresses = [
    '/%00',
    '/resources/%00',
    '/resources/%C0%AF',
    '/resources/%E0%A4',
    '/resources/%FF%FE',
    '/topics/%00',
    '/topics/%E0%A4/page/2',
    '/services/%00',
    '/authors/%C0%80',
    '/legal/%00',
    '/search?q=%00',
    '/search?q=%E0%A4',
    `/search?q=${'a'.repeat(5000)}`,
    '/search?q[]=x',
    '/search?q=x&q=y',
    '/search?q=x&page=abc',
    '/search?q=x&page=-1',
    '/search?q=x&page=99999999999999999999',
    '/search?q=x&topic=%00',
    '/search?q=x&topic[$ne]=1',
    '/resources?page=abc',
    '/resources?q=%00',
    '/resources/page/abc',
    '/resources/page/0',
    '/resources/page/-1',
    '/resources/page/1e9',
    '/resources/page/99999999999999999999',
    '/topics/x/page/abc',
    '/topics/x/page/99999999999999999999',
    '/contact?service=%00',
    '/contact?service[]=x',
    '/media/%00',
    '/media/..%2F..%2Fetc%2Fpasswd',
    '/media/missing-file.png',
    '/api/preview?path=%00',
    '/api/exit-preview?path=%E0%A4',
    '/resources/feed.xml?page=abc',
  ]
  it.each(addresses)('GET %s', async (path) => {
    const res = await fetch(`${WEB}${path}`, { redirect: 'manual' })
    expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) })
    expect(res.status).toBeLessThan(500)
  })

  it('a missing image is a 404', async () => {
    expect((await fetch(`${WEB}/media/no-such-image-${Date.now()}.webp`)).status).toBe(404)
  })

  const bodies: [string, string, string, string | Buffer][] = [
    ['/api/inquiries', 'not JSON', 'application/json', '{"name": '],
    ['/api/inquiries', 'a JSON string', 'application/json', '"hello"'],
    [
      '/api/inquiries',
      'invalid UTF-8',
      'application/json',
      Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]),
    ],
    [
      '/api/inquiries',
      'malformed multipart',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nno closing boundary',
    ],
    ['/api/inquiries', 'an unknown type', 'text/plain', 'hello'],
    [
      '/contact',
      'malformed multipart',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nno closing boundary',
    ],
    ['/contact', 'multipart without a boundary', 'multipart/form-data', 'name=x'],
    ['/contact', 'a urlencoded body with broken escapes', 'application/x-www-form-urlencoded', 'name=%E0%A4&email=%'],
  ]
  it.each(bodies)('POST %s with %s', async (path, _what, type, body) => {
    const res = await fetch(`${WEB}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, origin: WEB, 'x-forwarded-for': '203.0.113.160' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
      redirect: 'manual',
    })
    expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})
