import nextConfig from '../../next.config.mjs'

/** Anonymous API reads (the website's server) skip gzip; the admin, signed in, keeps it. */
it('marks anonymous /api responses no-transform so Next does not gzip them', async () => {
  const rules = await nextConfig.headers!()
  const api = rules.find((r) => r.source === '/api/:path*')
  expect(api?.headers).toEqual([{ key: 'Cache-Control', value: 'no-transform' }])
  expect(api?.missing).toEqual([{ type: 'cookie', key: 'payload-token' }])
})

/** Issue 15, point 3: what every CMS response says about framing, sniffing and referrers. */
it('sends the security headers on every response, and a no-content policy on the API', async () => {
  const rules = await nextConfig.headers!()
  const all = rules.find((r) => r.source === '/:path*')
  const headers = Object.fromEntries((all?.headers ?? []).map((h) => [h.key, h.value]))
  expect(headers).toMatchObject({
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  })
  expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/)
  const api = rules.find(
    (r) => r.source.startsWith('/api/:path(') && r.headers.some((h) => h.key === 'Content-Security-Policy'),
  )
  const csp = api?.headers.find((h) => h.key === 'Content-Security-Policy')?.value
  expect(csp).toMatch(/default-src 'none'/)
  expect(csp).toMatch(/frame-ancestors 'none'/)
})
