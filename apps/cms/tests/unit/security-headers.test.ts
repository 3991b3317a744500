import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'

import { smtpTransportOptions } from '../../src/email/adapter'
import { config, proxy } from '../../src/proxy'
import { adminContentSecurityPolicy } from '../../src/security/headers'
import { loadSettings } from '../../src/settings'

/** The admin's Content-Security-Policy (issue 15, point 3) and SMTP's TLS requirement (point 8). */
describe('the admin’s Content-Security-Policy', () => {
  it('gives each page a fresh nonce, in the response and in the request Next renders from', () => {
    const a = proxy(new NextRequest('http://localhost:3000/admin'))
    const b = proxy(new NextRequest('http://localhost:3000/admin/collections/articles'))
    const policyA = a.headers.get('content-security-policy')!
    const policyB = b.headers.get('content-security-policy')!
    const nonceA = /'nonce-([^']+)'/.exec(policyA)?.[1]
    expect(nonceA).toBeTruthy()
    expect(policyB).not.toContain(nonceA)
    // NextResponse.next({ request: { headers } }) forwards these to the page render.
    expect(a.headers.get('x-middleware-request-x-nonce')).toBe(nonceA)
  })

  it('allows only what the admin was measured to need', () => {
    const policy = adminContentSecurityPolicy({ nonce: 'abc', websiteOrigin: 'https://www.example.org' })
    const directives = Object.fromEntries(
      policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    )
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'nonce-abc' 'strict-dynamic'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'frame-src': "'self' https://www.example.org",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    })
    expect(policy).not.toMatch(/gravatar|unsafe-eval/)
    expect(adminContentSecurityPolicy({ nonce: 'n', websiteOrigin: 'https://w.example', https: true })).toMatch(
      /upgrade-insecure-requests/,
    )
  })
})

describe('SMTP', () => {
  const base = { SMTP_HOST: 'mail.example.org', EMAIL_FROM: 'a@example.org', PAYLOAD_SECRET: 'x'.repeat(40) }
  it('requires TLS by default (STARTTLS on 587)', () => {
    expect(smtpTransportOptions(loadSettings(base))).toMatchObject({ requireTLS: true, secure: false })
  })
  it('uses implicit TLS with SMTP_SECURE, and plain SMTP only when SMTP_REQUIRE_TLS=false says so', () => {
    expect(smtpTransportOptions(loadSettings({ ...base, SMTP_SECURE: 'true', SMTP_PORT: '465' }))).toMatchObject({
      secure: true,
    })
    expect(smtpTransportOptions(loadSettings({ ...base, SMTP_REQUIRE_TLS: 'false' }))).toMatchObject({
      requireTLS: false,
    })
  })
})

describe('paths Next cannot decode', () => {
  it.each(['/api/articles/%FF', '/admin/%C0%AF', '/admin/collections/articles/%00'])(
    '%s: 400 before routing',
    async (path) => {
      const res = proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(res.status).toBe(400)
      expect((await res.json()).errors[0].message).toMatch(/not valid text|control characters/)
    },
  )
  it('a good API path passes untouched, without a page policy', () => {
    const res = proxy(new NextRequest('http://localhost:3000/api/articles/1'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBeNull()
  })

  // Next runs the proxy only where its matcher says: the escaped API paths must reach it.
  const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url })
  it.each(['/api/articles/%FF', '/api/%C0%AF', '/api/articles/%00', '/api/media/file/a%20b.jpg'])(
    'runs for an API path with an escape: %s',
    (path) => expect(runsFor(path)).toBe(true),
  )
  it('runs for every admin page, and not for plain API requests or static files', () => {
    expect(runsFor('/admin')).toBe(true)
    expect(runsFor('/admin/collections/articles/%C0%AF')).toBe(true)
    expect(runsFor('/api/articles?limit=12&where[_status][equals]=published')).toBe(false)
    expect(runsFor('/api/search?q=trust%20issues')).toBe(false)
    expect(runsFor('/_next/static/chunks/main.js')).toBe(false)
  })
})
