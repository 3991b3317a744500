import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

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
  experimental: { multiZoneDraftMode: true },
  // The CMS has no public pages of its own: its root opens the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // Anonymous API reads are the website's server asking over the internal network, where
  // gzip only costs CPU on both sides: ~3 ms of a ~10 ms list request (a zlib stream per
  // response, flushed per chunk, then inflated by the website). `no-transform` makes Next's
  // compression skip them; signed-in requests (the admin, with its cookie) stay compressed.
  headers: async () => [
    {
      source: '/api/:path*',
      missing: [{ type: 'cookie', key: 'payload-token' }],
      headers: [{ key: 'Cache-Control', value: 'no-transform' }],
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
