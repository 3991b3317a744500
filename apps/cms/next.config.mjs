import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Kept here (plain JS) because next.config cannot import the TypeScript sources; the proxy's
// admin policy is in src/security/headers.ts, and tests/unit/next-config.test.ts checks both.
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
]
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image's self-contained server (.next/standalone): only when the Dockerfile asks
  // (NEXT_OUTPUT=standalone), since `next start` (npm start, the tests) warns on that output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.join(dirname, '../..'),
  poweredByHeader: false,
  transpilePackages: ['@resilient-mind/content'],
  // The website's draft-mode cookie reaches the CMS too when both share a host (localhost:3000
  // and :3001); without this the CMS would clear it as "not mine" and end an editor's preview.
  experimental: {
    multiZoneDraftMode: true,
    // Turbopack's build cache (.next/cache) only pays off on the next build in the same folder;
    // a CI run builds once in a fresh clone, so writing it there is work thrown away.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // `next build` would type-check the project again: turbo runs this workspace's `typecheck`
  // (next typegen, then tsc over the same tsconfig, tests included) before every build, and in
  // CI that result is the one `npm run typecheck` cached (turbo.json: build dependsOn typecheck).
  typescript: { ignoreBuildErrors: true },
  // The CMS has no public pages of its own: its root opens the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // Anonymous API reads are the website's server asking over the internal network, where
  // gzip only costs CPU on both sides: ~3 ms of a ~10 ms list request (a zlib stream per
  // response, flushed per chunk, then inflated by the website). `no-transform` makes Next's
  // compression skip them; signed-in requests (the admin, with its cookie) stay compressed.
  headers: async () => [
    // Every response: no framing, no MIME sniffing, no referrer to other sites, no powerful
    // browser features. The admin's Content-Security-Policy carries a nonce: src/proxy.ts.
    { source: '/:path*', headers: SECURITY_HEADERS },
    // API answers (JSON, media files) are never a page: nothing in them may run or be framed.
    // The GraphQL playground (development only) is a page and keeps the admin's rules.
    {
      source: '/api/:path((?!graphql-playground).*)',
      headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
    },
    {
      source: '/api/:path*',
      missing: [{ type: 'cookie', key: 'payload-token' }],
      headers: [{ key: 'Cache-Control', value: 'no-transform' }],
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
