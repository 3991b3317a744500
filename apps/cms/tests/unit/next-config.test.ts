import nextConfig from '../../next.config.mjs'

/** Anonymous API reads (the website's server) skip gzip; the admin, signed in, keeps it. */
it('marks anonymous /api responses no-transform so Next does not gzip them', async () => {
  const rules = await nextConfig.headers!()
  const api = rules.find((r) => r.source === '/api/:path*')
  expect(api?.headers).toEqual([{ key: 'Cache-Control', value: 'no-transform' }])
  expect(api?.missing).toEqual([{ type: 'cookie', key: 'payload-token' }])
})
